package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptorReader;
import org.vcmtck.simulator.ovf.sign.SignatureCheck;
import org.vcmtck.simulator.ovf.xml.SecureXmlReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an OVF package in one streaming pass: a folder (or its {@code .ovf} file) or an OVA from a file or any
 * stream (standard input included). Problems come back as {@link OvfFinding}s on the {@link OvfPackage}; only
 * input that cannot be read as a package at all throws {@link OvfPackageException}, which carries the finding.
 */
public final class OvfPackageReader {
    private final OvfDescriptorReader descriptorReader;
    private final SignatureCheck signatureCheck;

    /** No trust anchors: a signed package's certificate is at best reported as untrusted (a warning). */
    public OvfPackageReader() {
        this(SecureXmlReader.DEFAULT_MAX_BYTES);
    }

    /** @param maxDescriptorBytes larger descriptors are refused without being read */
    public OvfPackageReader(long maxDescriptorBytes) {
        this(maxDescriptorBytes, SignatureCheck.untrusting());
    }

    /** @param signatureCheck how certificate files are judged (trust anchors, clock) */
    public OvfPackageReader(long maxDescriptorBytes, SignatureCheck signatureCheck) {
        this.descriptorReader = new OvfDescriptorReader(maxDescriptorBytes);
        this.signatureCheck = signatureCheck;
    }

    /** A folder or {@code .ovf} file is read as a directory package, any other file as an OVA. */
    public OvfPackage read(Path path) throws OvfPackageException {
        if (Files.isDirectory(path) || path.getFileName().toString().endsWith(".ovf")) {
            return readDirectory(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", String.valueOf(path),
                    "no such file or folder"));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
            OvfPackage pkg = readOva(in, path.getFileName().toString());
            if (!path.getFileName().toString().endsWith(".ova")) {
                return withWarning(pkg, OvfFinding.warning("OVF-PKG-006", pkg.source(),
                        "a single-file package should have the extension .ova"));
            }
            return pkg;
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-005", String.valueOf(path),
                    "cannot read: " + e.getMessage()), e);
        }
    }

    /** Reads a directory package from its folder or its {@code .ovf} file. */
    public OvfPackage readDirectory(Path folderOrDescriptor) throws OvfPackageException {
        return new DirectoryReader(descriptorReader, signatureCheck).read(folderOrDescriptor);
    }

    /** Reads an OVA from {@code in} (not closed); {@code sourceName} names it in findings. */
    public OvfPackage readOva(InputStream in, String sourceName) throws OvfPackageException {
        return new OvaReader(descriptorReader, sourceName, signatureCheck).read(in);
    }

    private static OvfPackage withWarning(OvfPackage p, OvfFinding warning) {
        java.util.List<OvfFinding> all = new java.util.ArrayList<>(p.findings());
        all.add(warning);
        return new OvfPackage(p.source(), p.form(), p.descriptorName(), p.descriptor(), p.manifest(),
                p.hasCertificate(), p.members(), all);
    }
}
