package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.descriptor.DescriptorReading;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptorReader;
import org.vcmtck.simulator.ovf.sign.SignatureCheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a directory package published over http(s) from its descriptor URL: the descriptor, then
 * {@code <base>.mf} and {@code <base>.cert} beside it (absent on 404/410), then each referenced File resolved
 * relative to the descriptor URL (OVF-REF-004, RFC 3986). Each body is digested as it streams in; nothing is kept
 * but the descriptor, manifest and certificate. Hrefs with a URI scheme or a '..' segment are refused as in a
 * folder, so a package cannot make the reader fetch from elsewhere, unless the reader was asked to fetch absolute
 * http(s) hrefs (OVF-REF-006).
 */
final class UrlDirectoryReader {
    private final OvfDescriptorReader descriptorReader;
    private final SignatureCheck signatureCheck;
    private final HttpSource http;
    private final List<OvfFinding> findings = new ArrayList<>();
    private final List<PackageMember> members = new ArrayList<>();
    private final boolean remoteHrefs;

    UrlDirectoryReader(OvfDescriptorReader descriptorReader, SignatureCheck signatureCheck, HttpSource http,
                       boolean remoteHrefs) {
        this.descriptorReader = descriptorReader;
        this.signatureCheck = signatureCheck;
        this.http = http;
        this.remoteHrefs = remoteHrefs;
    }

    OvfPackage read(URI source) throws OvfPackageException {
        URI descriptorUri = source;
        String descriptorName = lastSegment(descriptorUri);
        String base = descriptorName.substring(0, descriptorName.length() - ".ovf".length());
        URI[] answered = {descriptorUri};
        DescriptorReading descriptor = descriptor(descriptorUri, descriptorName, answered);
        descriptorUri = answered[0];

        String manifestName = base + ".mf";
        byte[] manifestBytes = small(descriptorUri, manifestName, MemberRole.MANIFEST, "OVF-MF-001");
        boolean manifestPresent = members.stream().anyMatch(m -> m.role() == MemberRole.MANIFEST);
        Manifest manifest = !manifestPresent ? null : manifestBytes == null ? new Manifest(List.of())
                : Manifest.parse(new String(manifestBytes, StandardCharsets.UTF_8), manifestName, findings);
        String certificateName = base + ".cert";
        byte[] certificateBytes = small(descriptorUri, certificateName, MemberRole.CERTIFICATE, "OVF-CERT-002");
        boolean hasCertificate = members.stream().anyMatch(m -> m.role() == MemberRole.CERTIFICATE);

        Set<DigestAlgorithm> algorithms = ReaderSupport.algorithms(manifest);
        for (FileReference f : descriptor.descriptor().files()) {
            if (!f.href().isEmpty()) {
                file(descriptorUri, f, algorithms);
            }
        }
        new PackageChecks(descriptor.descriptor(), descriptorName, manifest, manifest == null ? null : manifestName,
                hasCertificate ? certificateName : null, members, findings).run();
        if (manifestBytes != null && certificateBytes != null) {
            signatureCheck.check(descriptor.descriptor().version(), certificateName, certificateBytes, manifestName,
                    manifestBytes, findings);
        }
        List<OvfFinding> all = new ArrayList<>(descriptor.findings());
        all.addAll(findings);
        return new OvfPackage(source.toString(), PackageForm.DIRECTORY, descriptorName,
                descriptor.descriptor(), manifest, hasCertificate, members, all);
    }

    static String lastSegment(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Reads the descriptor; {@code base[0]} becomes the URI that answered, against which hrefs resolve. */
    private DescriptorReading descriptor(URI uri, String name, URI[] base) throws OvfPackageException {
        try (HttpSource.Response response = http.get(uri)) {
            base[0] = response.uri();
            if (!response.ok()) {
                throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", uri.toString(), "cannot fetch the"
                        + " descriptor " + uri + ": HTTP status " + response.status()));
            }
            DigestingInputStream in = new DigestingInputStream(response.body(), EnumSet.allOf(DigestAlgorithm.class));
            DescriptorReading reading = descriptorReader.read(in, name);
            in.drain();
            members.add(new PackageMember(name, MemberRole.DESCRIPTOR, in.count(), in.hex(), null, -1));
            return reading;
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", uri.toString(), "cannot fetch the"
                    + " descriptor " + uri + ": " + e.getMessage()), e);
        }
    }

    /**
     * The manifest or certificate beside the descriptor, capped like in an OVA; null when the server says it is
     * not there or it is too large (then it is still recorded as a member). Any other failure throws: without knowing whether the package is signed, reading on would hide it.
     */
    private byte[] small(URI descriptorUri, String name, MemberRole role, String requirementId)
            throws OvfPackageException {
        URI uri = HttpSource.resolve(descriptorUri, name);
        try (HttpSource.Response response = http.get(uri)) {
            if (response.absent()) {
                return null;
            }
            if (!response.ok()) {
                throw new OvfPackageException(OvfFinding.error(requirementId, uri.toString(), "cannot fetch " + uri
                        + ": HTTP status " + response.status()));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            InputStream capped = response.body();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n = capped.read(buf); n >= 0; n = capped.read(buf)) {
                total += n;
                if (total > OvaReader.MAX_MANIFEST_BYTES) {
                    members.add(new PackageMember(name, role, total, Map.of(), null, -1));
                    findings.add(OvfFinding.error(requirementId, name, name + " is larger than the limit of "
                            + OvaReader.MAX_MANIFEST_BYTES + " bytes; it was not read"));
                    return null;
                }
                bytes.write(buf, 0, n);
            }
            members.add(new PackageMember(name, role, total, Map.of(), null, -1));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error(requirementId, uri.toString(), "cannot fetch " + uri
                    + ": " + e.getMessage()), e);
        }
    }

    /**
     * Fetches one File whose href is an absolute http(s) URL (OVF-REF-006) for a folder package read from disk,
     * adding what arrived to {@code members} and any problem to {@code findings}, as for a package read over http.
     */
    static void fetchRemoteFile(HttpSource http, FileReference f, Set<DigestAlgorithm> algorithms,
                                List<PackageMember> members, List<OvfFinding> findings) {
        UrlDirectoryReader fetcher = new UrlDirectoryReader(null, null, http, true);
        fetcher.file(URI.create(f.href()), f, algorithms);
        members.addAll(fetcher.members);
        findings.addAll(fetcher.findings);
    }

    private void file(URI descriptorUri, FileReference f, Set<DigestAlgorithm> algorithms) {
        if (ReaderSupport.hrefRefused(f, "the package", findings, remoteHrefs)) {
            return;
        }
        List<String> names;
        try {
            names = PackageChecks.expectedNames(f, name -> chunkPresent(descriptorUri, name));
        } catch (ProbeFailed e) {
            findings.add(OvfFinding.error("OVF-REF-005", f.href(), "File " + f.id() + ": " + e.getMessage()));
            return;
        }
        List<DigestingInputStream> received = new ArrayList<>();
        try (InputStream all = new ChunkSequence(descriptorUri, names, algorithms, received)) {
            String notGzip = f.gzip() ? ReaderSupport.gzipProblem(all, NotFetched.class) : null;
            if (notGzip != null) {
                findings.add(ReaderSupport.notGzip(f.href(), f, notGzip));
            }
            all.transferTo(OutputStream.nullOutputStream());
        } catch (NotFetched e) {
            findings.add(OvfFinding.error("OVF-REF-005", e.name, "File " + f.id() + ": " + e.getMessage()));
        } catch (IOException e) {
            findings.add(OvfFinding.error("OVF-REF-005", f.href(), "File " + f.id() + ": cannot fetch: "
                    + e.getMessage()));
        }
        // what arrived completely is recorded, so PackageChecks can still judge the chunks that were read
        for (int i = 0; i < received.size(); i++) {
            members.add(new PackageMember(names.get(i), f.chunked() ? MemberRole.CHUNK : MemberRole.FILE,
                    received.get(i).count(), received.get(i).hex(), f.id(), f.chunked() ? i : -1));
        }
    }

    /**
     * The bodies of one File's members (one, or each chunk) as one stream, fetched one after the other when the
     * previous one is exhausted. A member is added to {@code received} only once its body has been read to the end.
     */
    private final class ChunkSequence extends InputStream {
        private final URI descriptorUri;
        private final List<String> names;
        private final Set<DigestAlgorithm> algorithms;
        private final List<DigestingInputStream> received;
        private int next;
        private HttpSource.Response response;
        private DigestingInputStream current;

        ChunkSequence(URI descriptorUri, List<String> names, Set<DigestAlgorithm> algorithms,
                      List<DigestingInputStream> received) {
            this.descriptorUri = descriptorUri;
            this.names = names;
            this.algorithms = algorithms;
            this.received = received;
        }

        @Override
        public int read() throws IOException {
            return ReaderSupport.readOne(this);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (true) {
                if (current == null && !open()) {
                    return -1;
                }
                int n = current.read(b, off, len);
                if (n >= 0) {
                    return n;
                }
                received.add(current);
                response.close();
                current = null;
            }
        }

        private boolean open() throws IOException {
            if (next >= names.size()) {
                return false;
            }
            String name = names.get(next++);
            URI uri = HttpSource.resolve(descriptorUri, name);
            response = http.get(uri);
            if (!response.ok()) {
                throw new NotFetched(name, "cannot fetch " + uri + ": HTTP status " + response.status());
            }
            current = new DigestingInputStream(response.body(), algorithms);
            return true;
        }

        @Override
        public void close() throws IOException {
            if (response != null) {
                response.close();
            }
        }
    }

    /** A member the server would not give. */
    private static final class NotFetched extends IOException {
        private static final long serialVersionUID = 1L;
        final String name;

        NotFetched(String name, String message) {
            super(message);
            this.name = name;
        }
    }

    /** A chunk probe that could not be answered; reading the File is given up. */
    private static final class ProbeFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProbeFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Answers "is this chunk there?" with HEAD, only asked when a chunked File declares no size. */
    private boolean chunkPresent(URI descriptorUri, String name) {
        URI uri = HttpSource.resolve(descriptorUri, name);
        try {
            return http.exists(uri);
        } catch (IOException e) {
            throw new ProbeFailed("cannot probe " + uri + ": " + e.getMessage(), e);
        }
    }
}
