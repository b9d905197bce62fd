package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.sign.PackageSigner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to export: {@code system} names one system (by name or id), null means every system of the datacenter
 * as one VirtualSystemCollection; the package goes into the folder {@code outputFolder} (created if needed).
 * {@code signer} null writes no certificate file; otherwise the manifest is signed into {@code <name>.cert}.
 * {@code gzip}: the package's files (disk images, ISOs, ...) are written gzip-compressed (ovf:compression);
 * {@code chunkSize} not null: they are split into chunks of that many bytes (ovf:chunkSize, OVF-REF-012).
 */
public record ExportRequest(String system, OvfVersion version, PackageFormat format, Path outputFolder,
                            PackageSigner signer, boolean gzip, Long chunkSize) {
    public ExportRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outputFolder, "outputFolder");
        if (chunkSize != null && chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1 byte, was " + chunkSize);
        }
    }

    public ExportRequest(String system, OvfVersion version, PackageFormat format, Path outputFolder,
                         PackageSigner signer) {
        this(system, version, format, outputFolder, signer, false, null);
    }

    public static ExportRequest one(String system, OvfVersion version, PackageFormat format, Path outputFolder) {
        return new ExportRequest(Objects.requireNonNull(system, "system"), version, format, outputFolder, null);
    }

    public static ExportRequest all(OvfVersion version, PackageFormat format, Path outputFolder) {
        return new ExportRequest(null, version, format, outputFolder, null);
    }

    /** The same request, signed by {@code signer} (null: unsigned). */
    public ExportRequest signedBy(PackageSigner signer) {
        return new ExportRequest(system, version, format, outputFolder, signer, gzip, chunkSize);
    }

    /** The same request, its files gzip-compressed or not. */
    public ExportRequest compressed(boolean compress) {
        return new ExportRequest(system, version, format, outputFolder, signer, compress, chunkSize);
    }

    /** The same request, its files split into chunks of {@code bytes} (null: not chunked). */
    public ExportRequest chunked(Long bytes) {
        return new ExportRequest(system, version, format, outputFolder, signer, gzip, bytes);
    }
}
