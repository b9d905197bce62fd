package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.descriptor.DescriptorReading;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptorReader;
import org.vcmtck.simulator.ovf.sign.SignatureCheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a package stored as loose files (OVF-PKG-004): the descriptor, {@code <base>.mf} and {@code <base>.cert}
 * beside it (OVF-PKG-003), and each referenced file resolved relative to the descriptor's folder. Hrefs with a
 * URI scheme or escaping the folder (also through symbolic links) are refused; an absolute http(s) href
 * (OVF-REF-006) is fetched from its server when the reader was asked to.
 */
final class DirectoryReader {
    private final OvfDescriptorReader descriptorReader;
    private final List<OvfFinding> findings = new ArrayList<>();
    private final List<PackageMember> members = new ArrayList<>();

    private final SignatureCheck signatureCheck;
    private final HttpSource http;
    private final boolean remoteHrefs;
    private byte[] manifestBytes;

    DirectoryReader(OvfDescriptorReader descriptorReader, SignatureCheck signatureCheck, HttpSource http,
                    boolean remoteHrefs) {
        this.descriptorReader = descriptorReader;
        this.signatureCheck = signatureCheck;
        this.http = http;
        this.remoteHrefs = remoteHrefs;
    }

    OvfPackage read(Path path) throws OvfPackageException {
        Path descriptorFile = locateDescriptor(path);
        Path folder = descriptorFile.toAbsolutePath().getParent();
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-004", String.valueOf(folder),
                    "cannot open the package folder: " + e.getMessage()), e);
        }
        String descriptorName = descriptorFile.getFileName().toString();
        String base = descriptorName.substring(0, descriptorName.length() - ".ovf".length());
        DescriptorReading descriptor = descriptor(descriptorFile, descriptorName);

        Manifest manifest = null;
        String manifestName = base + ".mf";
        Path mf = folder.resolve(manifestName);
        if (Files.isRegularFile(mf) && insideFolder(realFolder, mf, manifestName)) {
            manifest = manifest(mf, manifestName);
        }
        Path cert = folder.resolve(base + ".cert");
        String certificateName = Files.isRegularFile(cert) && insideFolder(realFolder, cert, base + ".cert")
                ? base + ".cert" : null;
        byte[] certificateBytes = certificateName == null ? null
                : certificate(folder.resolve(certificateName), certificateName);
        Set<DigestAlgorithm> algorithms = ReaderSupport.algorithms(manifest);
        for (FileReference f : descriptor.descriptor().files()) {
            if (!f.href().isEmpty()) {
                file(realFolder, f, algorithms);
            }
        }
        new PackageChecks(descriptor.descriptor(), descriptorName, manifest, manifestName, certificateName, members,
                findings).run();
        if (manifest != null && manifestBytes != null && certificateBytes != null) {
            signatureCheck.check(descriptor.descriptor().version(), certificateName, certificateBytes, manifestName,
                    manifestBytes, findings);
        }
        List<OvfFinding> all = new ArrayList<>(descriptor.findings());
        all.addAll(findings);
        return new OvfPackage(String.valueOf(descriptorFile), PackageForm.DIRECTORY, descriptorName,
                descriptor.descriptor(), manifest, certificateName != null, members, all);
    }

    /**
     * The manifest and certificate are found by name beside the descriptor, so a symbolic link there could make
     * the reader sign-check or trust bytes from anywhere; like hrefs, they must resolve inside the folder.
     */
    private boolean insideFolder(Path realFolder, Path file, String name) {
        try {
            if (file.toRealPath().startsWith(realFolder)) {
                return true;
            }
            findings.add(OvfFinding.error("OVF-PKG-012", name, "resolves outside the package folder (through a"
                    + " symbolic link); it was not read"));
        } catch (IOException e) {
            findings.add(OvfFinding.error("OVF-PKG-012", name, "cannot resolve: " + e.getMessage()));
        }
        return false;
    }

    private static Path locateDescriptor(Path path) throws OvfPackageException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", String.valueOf(path),
                        "no such file or folder"));
            }
            return path;
        }
        List<Path> descriptors;
        try (Stream<Path> files = Files.list(path)) {
            descriptors = files.filter(p -> p.getFileName().toString().endsWith(".ovf") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-004", String.valueOf(path),
                    "cannot list the package folder: " + e.getMessage()), e);
        }
        if (descriptors.size() != 1) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", String.valueOf(path),
                    "a package folder holds exactly one .ovf descriptor, this one holds " + descriptors.size()));
        }
        return descriptors.get(0);
    }

    private DescriptorReading descriptor(Path file, String name) throws OvfPackageException {
        try {
            descriptorReader.checkDeclaredSize(Files.size(file), name);
            try (InputStream raw = Files.newInputStream(file)) {
                DigestingInputStream in = new DigestingInputStream(raw, EnumSet.allOf(DigestAlgorithm.class));
                DescriptorReading reading = descriptorReader.read(in, name);
                in.drain();
                members.add(new PackageMember(name, MemberRole.DESCRIPTOR, in.count(), in.hex(), null, -1));
                return reading;
            }
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", name,
                    "cannot read the descriptor: " + e.getMessage()), e);
        }
    }

    private Manifest manifest(Path file, String name) {
        try {
            long size = Files.size(file);
            members.add(new PackageMember(name, MemberRole.MANIFEST, size, java.util.Map.of(), null, -1));
            if (size > OvaReader.MAX_MANIFEST_BYTES) {
                findings.add(OvfFinding.error("OVF-MF-001", name, "manifest of " + size
                        + " bytes is larger than the limit of " + OvaReader.MAX_MANIFEST_BYTES));
                return new Manifest(List.of());
            }
            manifestBytes = Files.readAllBytes(file);
            return Manifest.parse(new String(manifestBytes, StandardCharsets.UTF_8), name, findings);
        } catch (IOException e) {
            findings.add(OvfFinding.error("OVF-MF-001", name, "cannot read the manifest: " + e.getMessage()));
            return new Manifest(List.of());
        }
    }

    /** The certificate file's bytes, or null (with a finding) when it is too large or unreadable. */
    private byte[] certificate(Path file, String name) {
        try {
            long size = Files.size(file);
            members.add(new PackageMember(name, MemberRole.CERTIFICATE, size, java.util.Map.of(), null, -1));
            if (size > OvaReader.MAX_MANIFEST_BYTES) {
                findings.add(OvfFinding.error("OVF-CERT-002", name, "certificate file of " + size
                        + " bytes is larger than the limit of " + OvaReader.MAX_MANIFEST_BYTES));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            findings.add(OvfFinding.error("OVF-CERT-002", name, "cannot read the certificate file: "
                    + e.getMessage()));
            return null;
        }
    }

    private void file(Path folder, FileReference f, Set<DigestAlgorithm> algorithms) {
        if (ReaderSupport.hrefRefused(f, "the package folder", findings, remoteHrefs)) {
            return;
        }
        if (ReaderSupport.isRemote(f.href())) {
            UrlDirectoryReader.fetchRemoteFile(http, f, algorithms, members, findings);
            return;
        }
        List<String> names = PackageChecks.expectedNames(f, name -> Files.isRegularFile(folder.resolve(name)));
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            Path p = folder.resolve(name).normalize();
            if (!Files.isRegularFile(p)) {
                return; // reported by PackageChecks as a missing file
            }
            try {
                if (!p.toRealPath().startsWith(folder) || !p.startsWith(folder)) {
                    findings.add(OvfFinding.error("OVF-REF-004", name, "resolves outside the package folder"));
                    return;
                }
            } catch (IOException e) {
                findings.add(OvfFinding.error("OVF-REF-005", name, "cannot open: " + e.getMessage()));
                return;
            }
            paths.add(p);
        }
        stream(f, names, paths, algorithms);
    }

    private void stream(FileReference f, List<String> names, List<Path> paths, Set<DigestAlgorithm> algorithms) {
        List<DigestingInputStream> opened = new ArrayList<>();
        Enumeration<InputStream> chunks = new Enumeration<>() {
            int i;

            @Override
            public boolean hasMoreElements() {
                return i < paths.size();
            }

            @Override
            public InputStream nextElement() {
                if (i >= paths.size()) {
                    throw new NoSuchElementException();
                }
                try {
                    DigestingInputStream d = new DigestingInputStream(Files.newInputStream(paths.get(i++),
                            LinkOption.NOFOLLOW_LINKS), algorithms);
                    opened.add(d);
                    return new ClosingStream(d);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        try (InputStream all = new SequenceInputStream(chunks)) {
            String notGzip = f.gzip() ? ReaderSupport.gzipProblem(all) : null;
            if (notGzip != null) {
                findings.add(ReaderSupport.notGzip(f.href(), f, notGzip));
            }
            all.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | java.io.UncheckedIOException e) {
            findings.add(OvfFinding.error("OVF-REF-005", f.href(), "cannot read: " + e.getMessage()));
            return;
        }
        for (int i = 0; i < opened.size(); i++) {
            members.add(new PackageMember(names.get(i), f.chunked() ? MemberRole.CHUNK : MemberRole.FILE,
                    opened.get(i).count(), opened.get(i).hex(), f.id(), f.chunked() ? i : -1));
        }
    }

    /** Closes the underlying file when the digesting view ends (DigestingInputStream does not). */
    private static final class ClosingStream extends java.io.FilterInputStream {
        private final DigestingInputStream digesting;

        ClosingStream(DigestingInputStream in) {
            super(in);
            this.digesting = in;
        }

        @Override
        public void close() throws IOException {
            digesting.closeUnderlying();
        }
    }
}
