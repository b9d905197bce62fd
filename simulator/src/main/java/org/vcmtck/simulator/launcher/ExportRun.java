package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.ovf.deploy.PackageFileStore;
import org.vcmtck.simulator.ovf.export.ExportException;
import org.vcmtck.simulator.ovf.export.ExportRequest;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.export.PackageFormat;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.sign.KeyMaterialException;
import org.vcmtck.simulator.ovf.sign.PackageSigner;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs a parsed {@link ExportCommand}: builds the datacenter, exports, prints {@code package <path>}. */
final class ExportRun {
    private ExportRun() {
    }

    /** Returns the exit code; messages go to {@code err} prefixed with {@code name}. */
    static int run(ExportCommand command, PrintWriter out, PrintWriter err, String name) {
        PackageFormat format;
        OvfVersion version;
        try {
            format = command.packageFormat();
            version = command.version();
        } catch (IllegalArgumentException e) {
            err.println(name + " export: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        if (command.chunkSize != null && command.chunkSize < 1) {
            err.println(name + " export: --chunk-size must be at least 1 byte, was " + command.chunkSize);
            return LaunchException.BAD_INPUT;
        }
        PackageSigner signer;
        try {
            signer = signer(command);
        } catch (IllegalArgumentException | KeyMaterialException e) {
            err.println(name + " export: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        Datacenter dc;
        try {
            dc = new Startup(command.modelOptions(), out, err).datacenterOnly();
        } catch (LaunchException e) {
            err.println(name + " export: " + e.getMessage());
            return e.exitCode();
        }
        ExportRequest request = command.selection.all ? ExportRequest.all(version, format, command.out)
                : ExportRequest.one(command.selection.system, version, format, command.out);
        request = request.signedBy(signer).compressed(command.compress).chunked(command.chunkSize);
        try {
            PackageFileStore store = command.model.state == null ? null
                    : PackageFileStore.besideStateFile(command.model.state);
            Path written = new OvfExporter(dc, store).export(request);
            out.println("package " + written);
            return 0;
        } catch (ExportException e) {
            err.println(name + " export: " + e.getMessage());
            return e.kind() == ExportException.Kind.IO ? LaunchException.FAILURE : LaunchException.BAD_INPUT;
        }
    }

    /** The signer of --sign/--cert, or null when neither is given; both or neither. */
    private static PackageSigner signer(ExportCommand command) throws KeyMaterialException {
        if (command.signKey == null && command.certificate == null) {
            return null;
        }
        if (command.certificate == null) {
            throw new IllegalArgumentException("--sign needs --cert CERT (the certificate of the signing key)");
        }
        if (command.signKey == null) {
            throw new IllegalArgumentException("--cert needs --sign KEY (the private key to sign with)");
        }
        return PackageSigner.fromPem(command.signKey, command.certificate);
    }
}
