package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.sign.PackageSigner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to export: {@code system} names one system (by name or id), null means every system of the datacenter
 * as one VirtualSystemCollection; the package goes into the folder {@code outputFolder} (created if needed).
 * {@code signer} null writes no certificate file; otherwise the manifest is signed into {@code <name>.cert}.
 */
public record ExportRequest(String system, OvfVersion version, PackageFormat format, Path outputFolder,
                            PackageSigner signer) {
    public ExportRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outputFolder, "outputFolder");
    }

    public static ExportRequest one(String system, OvfVersion version, PackageFormat format, Path outputFolder) {
        return new ExportRequest(Objects.requireNonNull(system, "system"), version, format, outputFolder, null);
    }

    public static ExportRequest all(OvfVersion version, PackageFormat format, Path outputFolder) {
        return new ExportRequest(null, version, format, outputFolder, null);
    }

    /** The same request, signed by {@code signer} (null: unsigned). */
    public ExportRequest signedBy(PackageSigner signer) {
        return new ExportRequest(system, version, format, outputFolder, signer);
    }
}
