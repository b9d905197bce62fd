package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.export.PackageFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code export}: writes OVF packages of the datacenter the launcher would start (same model options), then
 * exits. Option values are checked in {@link ExportRun}, so that every usage error exits 2 with one message.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Exports virtual systems of the reference's datacenter as an OVF package and exits. A --state file"
                        + " is only read, never written.",
                "Prints one line 'package <path>' per package written. Exit codes: 0 ok; 2 bad usage, unknown"
                        + " system or bad inventory/state file; 1 unexpected failure."})
final class ExportCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** Exactly one of --system and --all. */
    static final class Selection {
        @Option(names = "--system", paramLabel = "NAME",
                description = "Exports this virtual system (by name, or by id) as a package <NAME>.ova or"
                        + " <NAME>.ovf/.mf with one VirtualSystem.", required = true)
        String system;

        @Option(names = "--all", description = "Exports every virtual system as one package '"
                + org.vcmtck.simulator.ovf.export.OvfExporter.ALL_SYSTEMS_NAME
                + "' holding a VirtualSystemCollection.", required = true)
        boolean all;
    }

    @Option(names = "--format", paramLabel = "ova|dir", defaultValue = "ova",
            description = "ova: one USTAR archive <name>.ova (descriptor, manifest, then certificate when"
                    + " signed); dir: loose files <name>.ovf, <name>.mf (and <name>.cert) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--ovf-version", paramLabel = "1.1|2.0", defaultValue = "2.0",
            description = "OVF version: 1.1 (envelope namespace .../ovf/envelope/1, SHA1 manifest) or 2.0"
                    + " (.../ovf/envelope/2, SHA256 manifest) (default: ${DEFAULT-VALUE}).")
    String ovfVersion;

    @Option(names = "--out", paramLabel = "FOLDER", required = true,
            description = "Folder the package is written into (created if missing); existing files of the same"
                    + " name are replaced.")
    Path out;

    @Option(names = "--sign", paramLabel = "KEY",
            description = "Signs the manifest with this PEM private key (PKCS#8 'BEGIN PRIVATE KEY', or"
                    + " 'BEGIN RSA/EC PRIVATE KEY'; unencrypted) into <name>.cert: the line ALGO(<name>.mf)= <hex"
                    + " signature> (SHA1withRSA for 1.1, SHA256withRSA for 2.0; ECDSA for EC keys) and the PEM"
                    + " certificate(s) of --cert. Needs --cert.")
    Path signKey;

    @Option(names = "--cert", paramLabel = "CERT",
            description = "PEM X.509 certificate of the --sign key, optionally followed by its chain (signer"
                    + " first). Needs --sign.")
    Path certificate;

    @Option(names = "--compress",
            description = "Writes the package's files (the disk images and other files kept from a deployed"
                    + " package) gzip-compressed, each marked ovf:compression=\"gzip\" in References. The"
                    + " descriptor, manifest and certificate are never compressed.")
    boolean compress;

    @Option(names = "--chunk-size", paramLabel = "BYTES",
            description = "Splits each of the package's files into chunks of at most BYTES bytes (at least 1),"
                    + " written as <href>.000000000, <href>.000000001, ... and marked ovf:chunkSize in References"
                    + " (after compression with --compress). Default: not split.")
    Long chunkSize;

    @Mixin
    ModelOptions model = new ModelOptions();

    PackageFormat packageFormat() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "ova" -> PackageFormat.OVA;
            case "dir", "directory" -> PackageFormat.DIRECTORY;
            default -> throw new IllegalArgumentException("--format must be ova or dir, was '" + format + "'");
        };
    }

    OvfVersion version() {
        if (!ovfVersion.equals("1.1") && !ovfVersion.equals("2.0")) {
            throw new IllegalArgumentException("--ovf-version must be 1.1 or 2.0, was '" + ovfVersion + "'");
        }
        return OvfVersion.ofLabel(ovfVersion);
    }

    /** The serving command's options carrying the same model choices, so the datacenter is built identically. */
    LaunchOptions modelOptions() {
        LaunchOptions o = new LaunchOptions();
        o.model = model;
        return o;
    }
}
