package org.vcmtck.simulator.ovf.pkg;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.descriptor.DescriptorReading;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptorReader;
import org.vcmtck.simulator.ovf.sign.SignatureCheck;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an OVA in one forward pass over the tar stream. Nothing is extracted and no member is held in memory
 * except the descriptor, manifest and certificate file (all capped). Digests are computed while the bytes stream by: all three
 * algorithms until a manifest has been seen, then only the manifest's algorithm. A chunked File is read as one
 * logical stream spanning its chunk members, so a gzip File split into chunks is still validated as gzip.
 */
final class OvaReader {
    static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    private final OvfDescriptorReader descriptorReader;
    private final String source;
    private final List<OvfFinding> findings = new ArrayList<>();
    private final List<PackageMember> members = new ArrayList<>();
    /** One letter per member in archive order: D descriptor, M manifest, C certificate, F anything else. */
    private final StringBuilder layout = new StringBuilder();
    private final List<Integer> referenceOrder = new ArrayList<>();
    private TarArchiveInputStream tar;
    private TarArchiveEntry pending;
    private DescriptorReading descriptor;
    private String descriptorName;
    private Manifest manifest;
    private String manifestName;
    private String certificateName;
    private byte[] manifestBytes;
    private byte[] certificateBytes;
    private boolean truncated;
    private final SignatureCheck signatureCheck;

    OvaReader(OvfDescriptorReader descriptorReader, String source, SignatureCheck signatureCheck) {
        this.descriptorReader = descriptorReader;
        this.source = source;
        this.signatureCheck = signatureCheck;
    }

    OvfPackage read(InputStream in) throws OvfPackageException {
        tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name());
        int index = 0;
        TarArchiveEntry entry;
        while ((entry = next(index == 0 ? source : lastName())) != null) {
            String name = entry.getName();
            if (entry.isDirectory() && MemberTypes.linkOrDevice(entry) == null && !expectedAsFile(entry)) {
                findings.add(OvfFinding.warning("OVF-PKG-001", name, "directory member ignored"));
                continue;
            }
            String problem = MemberNames.problem(name);
            if (problem != null) {
                findings.add(OvfFinding.error("OVF-PKG-012", name, "member name refused (" + problem
                        + "); members must be simple relative names"));
                layout.append('F');
                index++;
                continue;
            }
            String typeProblem = MemberTypes.notRegularFile(entry);
            if (typeProblem != null) {
                refuseType(name, typeProblem);
                index++;
                continue;
            }
            try {
                member(entry, index);
            } catch (TruncatedMember e) {
                truncated = true;
                findings.add(OvfFinding.error("OVF-PKG-005", e.member, "archive is truncated or corrupt inside"
                        + " member " + e.member + ": " + e.getMessage()));
                break;
            }
            index++;
        }
        if (descriptor == null) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", source,
                    index == 0 && !truncated ? "no members: not an OVA (tar) archive or an empty one"
                            : "the archive holds no .ovf descriptor"));
        }
        checkLayout();
        new PackageChecks(descriptor.descriptor(), descriptorName, manifest, manifestName, certificateName, members,
                findings).run();
        if (manifestBytes != null && certificateBytes != null) {
            signatureCheck.check(descriptor.descriptor().version(), certificateName, certificateBytes, manifestName,
                    manifestBytes, findings);
        }
        List<OvfFinding> all = new ArrayList<>(descriptor.findings());
        all.addAll(findings);
        return new OvfPackage(source, PackageForm.OVA, descriptorName, descriptor.descriptor(), manifest,
                certificateName != null, members, all);
    }

    /** A directory member named like a descriptor-referenced File (or one of its chunks) stands where data must be. */
    private boolean expectedAsFile(TarArchiveEntry entry) {
        String bare = MemberTypes.bareName(entry);
        return descriptor != null && (reference(bare) != null || chunkOfSomeFile(bare));
    }

    private void refuseType(String name, String problem) {
        findings.add(OvfFinding.error("OVF-PKG-012", name, "member is not a regular file (" + problem
                + "); links, devices and directories in place of files are refused and not read"));
        layout.append('F');
    }

    private String lastName() {
        return members.isEmpty() ? source : members.get(members.size() - 1).name();
    }

    private TarArchiveEntry next(String after) throws OvfPackageException {
        if (pending != null) {
            TarArchiveEntry e = pending;
            pending = null;
            return e;
        }
        try {
            return tar.getNextEntry();
        } catch (IOException e) {
            if (members.isEmpty() && descriptor == null) {
                throw new OvfPackageException(OvfFinding.error("OVF-PKG-005", source,
                        "not a readable tar archive: " + e.getMessage()), e);
            }
            truncated = true;
            findings.add(OvfFinding.error("OVF-PKG-005", after, "archive is truncated or corrupt after member "
                    + after + ": " + e.getMessage()));
            return null;
        }
    }

    private Set<DigestAlgorithm> algorithms() {
        return ReaderSupport.algorithms(manifest);
    }

    private void member(TarArchiveEntry entry, int index) throws OvfPackageException, TruncatedMember {
        String name = entry.getName();
        if (name.endsWith(".ovf") && descriptor == null) {
            if (index != 0) {
                findings.add(OvfFinding.error("OVF-PKG-007", name, "the descriptor is member " + (index + 1)
                        + " of the archive; it must be the first"));
            }
            descriptorReader.checkDeclaredSize(entry.getSize(), name);
            DigestingInputStream in = new DigestingInputStream(tar, EnumSet.allOf(DigestAlgorithm.class));
            try {
                descriptor = descriptorReader.read(in, name);
                in.drain();
            } catch (OvfPackageException e) {
                if (isTruncation(e.getCause())) {
                    throw new TruncatedMember(name, e.getCause());
                }
                throw e;
            } catch (IOException e) {
                throw new TruncatedMember(name, e);
            }
            descriptorName = name;
            checkShortRead(entry, in.count(), name);
            record(name, MemberRole.DESCRIPTOR, in, null, -1);
            layout.append('D');
            return;
        }
        if (name.endsWith(".ovf")) {
            findings.add(OvfFinding.error("OVF-PKG-001", name, "a second descriptor; a package has exactly one"));
        } else if (name.endsWith(".mf") && manifest == null) {
            manifest(entry);
            layout.append('M');
            return;
        } else if (name.endsWith(".cert") && certificateName == null) {
            certificateName = name;
            certificate(entry);
            layout.append('C');
            return;
        }
        layout.append('F');
        FileReference ref = descriptor == null ? null : reference(name);
        if (ref == null) {
            DigestingInputStream in = new DigestingInputStream(tar, algorithms());
            drain(in, name, entry);
            record(name, chunkOfSomeFile(name) ? MemberRole.CHUNK : MemberRole.OTHER, in, null, -1);
            if (descriptor != null && !chunkOfSomeFile(name)) {
                findings.add(OvfFinding.warning("OVF-PKG-001", name, "member is not referenced by the descriptor"));
            }
            return;
        }
        int refIndex = descriptor.descriptor().files().indexOf(ref);
        referenceOrder.add(refIndex);
        if (ref.chunked() && !name.equals(ref.chunkName(0))) {
            findings.add(OvfFinding.error("OVF-REF-013", name, "chunk out of sequence: " + ref.chunkName(0)
                    + " must come first"));
            DigestingInputStream in = new DigestingInputStream(tar, algorithms());
            drain(in, name, entry);
            record(name, MemberRole.CHUNK, in, ref.id(), chunkIndex(ref, name));
            return;
        }
        logicalFile(ref, entry);
    }

    /** Streams one File (all its chunks) through digests and, for gzip, through a decompressor. */
    private void logicalFile(FileReference ref, TarArchiveEntry first) throws TruncatedMember {
        SpanningStream span = new SpanningStream(ref, first);
        try {
            String notGzip = ref.gzip() ? ReaderSupport.gzipProblem(span, TruncatedMember.class) : null;
            if (notGzip != null) {
                findings.add(ReaderSupport.notGzip(span.currentName(), ref, notGzip));
            }
            span.drainAll();
        } catch (TruncatedMember e) {
            throw e;
        } catch (IOException e) {
            throw new TruncatedMember(span.currentName(), e);
        }
    }

    private void manifest(TarArchiveEntry entry) throws TruncatedMember {
        String name = entry.getName();
        manifestName = name;
        if (entry.getSize() > MAX_MANIFEST_BYTES) {
            findings.add(OvfFinding.error("OVF-MF-001", name, "manifest of " + entry.getSize()
                    + " bytes is larger than the limit of " + MAX_MANIFEST_BYTES));
            DigestingInputStream in = new DigestingInputStream(tar, Set.of());
            drain(in, name, entry);
            record(name, MemberRole.MANIFEST, in, null, -1);
            manifest = new Manifest(List.of());
            return;
        }
        DigestingInputStream in = new DigestingInputStream(tar, Set.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (IOException e) {
            throw new TruncatedMember(name, e);
        }
        checkShortRead(entry, in.count(), name);
        record(name, MemberRole.MANIFEST, in, null, -1);
        manifestBytes = bytes.toByteArray();
        manifest = Manifest.parse(bytes.toString(StandardCharsets.UTF_8), name, findings);
    }

    /** Keeps the certificate file's bytes (capped like the manifest) for the signature check at the end. */
    private void certificate(TarArchiveEntry entry) throws TruncatedMember {
        String name = entry.getName();
        DigestingInputStream in = new DigestingInputStream(tar, Set.of());
        if (entry.getSize() > MAX_MANIFEST_BYTES) {
            findings.add(OvfFinding.error("OVF-CERT-002", name, "certificate file of " + entry.getSize()
                    + " bytes is larger than the limit of " + MAX_MANIFEST_BYTES));
            drain(in, name, entry);
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                in.transferTo(bytes);
            } catch (IOException e) {
                throw new TruncatedMember(name, e);
            }
            checkShortRead(entry, in.count(), name);
            certificateBytes = bytes.toByteArray();
        }
        record(name, MemberRole.CERTIFICATE, in, null, -1);
    }

    private void drain(DigestingInputStream in, String name, TarArchiveEntry entry) throws TruncatedMember {
        try {
            in.drain();
        } catch (IOException e) {
            throw new TruncatedMember(name, e);
        }
        checkShortRead(entry, in.count(), name);
    }

    private static void checkShortRead(TarArchiveEntry entry, long count, String name) throws TruncatedMember {
        if (count < entry.getSize()) {
            throw new TruncatedMember(name, new EOFException("member header says " + entry.getSize()
                    + " bytes, only " + count + " could be read"));
        }
    }

    private static boolean isTruncation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EOFException || String.valueOf(c.getMessage()).toLowerCase().contains("truncated")) {
                return true;
            }
        }
        return false;
    }

    private void record(String name, MemberRole role, DigestingInputStream in, String fileId, int chunk) {
        members.add(new PackageMember(name, role, in.count(), in.hex(), fileId, chunk));
    }

    private FileReference reference(String name) {
        for (FileReference f : descriptor.descriptor().files()) {
            if (!f.chunked() && f.href().equals(name)) {
                return f;
            }
            if (f.chunked() && chunkIndex(f, name) >= 0) {
                return f;
            }
        }
        return null;
    }

    private boolean chunkOfSomeFile(String name) {
        return descriptor != null && descriptor.descriptor().files().stream()
                .anyMatch(f -> f.chunked() && chunkIndex(f, name) >= 0);
    }

    private static int chunkIndex(FileReference f, String name) {
        String prefix = f.href() + ".";
        if (!name.startsWith(prefix)) {
            return -1;
        }
        String digits = name.substring(prefix.length());
        return digits.matches("\\d{9}") ? Integer.parseInt(digits) : -1;
    }

    /** Descriptor first; manifest (+certificate) right after it or both at the very end; Files in References order. */
    private void checkLayout() {
        String rest = layout.toString().replaceFirst("D", "");
        if (!rest.matches("(MC?)?F*") && !rest.matches("F*MC?") && !rest.matches("C?F*")) {
            findings.add(OvfFinding.error("OVF-PKG-009", manifestName != null ? manifestName : certificateName,
                    "manifest and certificate must follow the descriptor directly, or both be the last members"
                            + " (archive layout " + layout + ")"));
        }
        for (int i = 1; i < referenceOrder.size(); i++) {
            if (referenceOrder.get(i) < referenceOrder.get(i - 1)) {
                findings.add(OvfFinding.error("OVF-PKG-008", descriptor.descriptor().files()
                        .get(referenceOrder.get(i)).href(), "files are not in the order of the References"
                        + " element"));
                break;
            }
        }
    }

    /** A tar read failed inside a member: the archive ends early or is corrupt. */
    private static final class TruncatedMember extends IOException {
        private static final long serialVersionUID = 1L;
        final String member;

        TruncatedMember(String member, Throwable cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
            this.member = member;
        }
    }

    /**
     * The bytes of one File: the current tar member, and for a chunked File each following chunk member in
     * sequence. Every member gets its own digests and size. A member that is not the next chunk ends the stream
     * and is handed back to the main loop.
     */
    private final class SpanningStream extends InputStream {
        private final FileReference ref;
        private DigestingInputStream current;
        private TarArchiveEntry currentEntry;
        private int chunk;
        private boolean done;

        SpanningStream(FileReference ref, TarArchiveEntry first) {
            this.ref = ref;
            this.currentEntry = first;
            this.current = new DigestingInputStream(tar, algorithms());
        }

        String currentName() {
            return currentEntry.getName();
        }

        @Override
        public int read() throws IOException {
            return ReaderSupport.readOne(this);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (!done) {
                int n;
                try {
                    n = current.read(b, off, len);
                } catch (IOException e) {
                    throw new TruncatedMember(currentName(), e);
                }
                if (n >= 0) {
                    return n;
                }
                finishMember();
            }
            return -1;
        }

        private void finishMember() throws IOException {
            checkShortRead(currentEntry, current.count(), currentName());
            record(currentName(), ref.chunked() ? MemberRole.CHUNK : MemberRole.FILE, current, ref.id(),
                    ref.chunked() ? chunk : -1);
            if (!ref.chunked()) {
                done = true;
                return;
            }
            TarArchiveEntry next;
            try {
                next = tar.getNextEntry();
            } catch (IOException e) {
                throw new TruncatedMember(currentName(), e);
            }
            if (next != null && MemberTypes.bareName(next).equals(ref.chunkName(chunk + 1))) {
                // the same name and type rules as the main loop: a link or device posing as a chunk is not read
                String problem = MemberNames.problem(next.getName());
                if (problem != null) {
                    findings.add(OvfFinding.error("OVF-PKG-012", next.getName(), "member name refused (" + problem
                            + "); members must be simple relative names"));
                    layout.append('F');
                    done = true;
                    return;
                }
                String typeProblem = MemberTypes.notRegularFile(next);
                if (typeProblem != null) {
                    refuseType(next.getName(), typeProblem);
                    done = true;
                    return;
                }
                chunk++;
                currentEntry = next;
                current = new DigestingInputStream(tar, algorithms());
                layout.append('F');
            } else {
                pending = next;
                done = true;
            }
        }

        void drainAll() throws IOException {
            byte[] buf = new byte[64 * 1024];
            while (read(buf, 0, buf.length) >= 0) {
                // digests and sizes are recorded per member on the way
            }
        }

        @Override
        public void close() {
            // the tar stream stays open for the next members
        }
    }
}
