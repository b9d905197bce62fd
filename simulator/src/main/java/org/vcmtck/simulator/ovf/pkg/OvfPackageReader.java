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
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads an OVF package in one streaming pass: a folder (or its {@code .ovf} file) or an OVA from a file or any
 * stream (standard input included), or either form from an http(s) URL ({@link #read(URI)}). Problems come back as {@link OvfFinding}s on the {@link OvfPackage}; only
 * input that cannot be read as a package at all throws {@link OvfPackageException}, which carries the finding.
 */
public final class OvfPackageReader {
    private final OvfDescriptorReader descriptorReader;
    private final SignatureCheck signatureCheck;
    private final HttpSource http;
    /** Whether a folder package's absolute http(s) hrefs are fetched (OVF-REF-006) instead of refused. */
    private final boolean remoteHrefs;

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
        this(new OvfDescriptorReader(maxDescriptorBytes), signatureCheck,
                new HttpSource(HttpSource.DEFAULT_REQUEST_TIMEOUT));
    }

    /** The default descriptor limit; {@code signatureCheck} e.g. {@link SignatureCheck#requiring}. */
    public OvfPackageReader(SignatureCheck signatureCheck) {
        this(SecureXmlReader.DEFAULT_MAX_BYTES, signatureCheck);
    }

    private OvfPackageReader(OvfDescriptorReader descriptorReader, SignatureCheck signatureCheck, HttpSource http) {
        this(descriptorReader, signatureCheck, http, false);
    }

    private OvfPackageReader(OvfDescriptorReader descriptorReader, SignatureCheck signatureCheck, HttpSource http,
                             boolean remoteHrefs) {
        this.descriptorReader = descriptorReader;
        this.signatureCheck = signatureCheck;
        this.http = http;
        this.remoteHrefs = remoteHrefs;
    }

    /**
     * The same reader, but a folder package (on disk or over http) may name Files by absolute http(s) URLs
     * (OVF-REF-006, a MAY): they are fetched like the members of a package read over http, a body sent with
     * {@code Content-Encoding: gzip} decoded (OVF-REF-009). Off by default, since such an href makes the reader
     * connect wherever the package says; an OVA's Files are always its members.
     */
    public OvfPackageReader fetchingRemoteHrefs() {
        return new OvfPackageReader(descriptorReader, signatureCheck, http, true);
    }

    /**
     * The same reader with another limit for each http(s) request to answer with its headers (default 60 s);
     * connecting must always succeed within 10 s. Bodies may take as long as they stream.
     */
    public OvfPackageReader withRequestTimeout(Duration requestTimeout) {
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive, not " + requestTimeout);
        }
        return new OvfPackageReader(descriptorReader, signatureCheck, new HttpSource(requestTimeout), remoteHrefs);
    }

    /** An http(s) URL is read with {@link #read(URI)}, anything else as a path with {@link #read(Path)}. */
    public OvfPackage readLocation(String location) throws OvfPackageException {
        if (location.matches("(?i)^https?://.*")) {
            URI uri;
            try {
                uri = new URI(location);
            } catch (URISyntaxException e) {
                throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", location, "not a valid URL: "
                        + e.getMessage()), e);
            }
            return read(uri);
        }
        return read(Path.of(location));
    }

    /**
     * Reads a package from a URL. {@code file:} URLs are read like paths. For http(s), a URL whose path ends in
     * {@code .ovf} is a directory package: the descriptor, then its manifest, certificate and Files fetched
     * relative to it; any other URL is an OVA streamed in one pass without a local copy. A descriptor or OVA the
     * server does not give (non-2xx after redirects) throws, naming the URL and status; a referenced File the
     * server does not give is an OVF-REF-005 finding naming its URL and status.
     */
    public OvfPackage read(URI uri) throws OvfPackageException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("file")) {
            return read(Path.of(uri));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", uri.toString(), "only file, http and"
                    + " https package URLs can be read"));
        }
        String name = UrlDirectoryReader.lastSegment(uri);
        if (name.endsWith(".ovf")) {
            return new UrlDirectoryReader(descriptorReader, signatureCheck, http, remoteHrefs).read(uri);
        }
        try (HttpSource.Response response = http.get(uri)) {
            if (!response.ok()) {
                throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", uri.toString(), "cannot fetch the"
                        + " package " + uri + ": HTTP status " + response.status()));
            }
            OvfPackage pkg = readOva(new BufferedInputStream(response.body(), 64 * 1024), uri.toString());
            if (!name.endsWith(".ova")) {
                return withWarning(pkg, OvfFinding.warning("OVF-PKG-006", pkg.source(),
                        "a single-file package should have the extension .ova"));
            }
            return pkg;
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-005", uri.toString(), "cannot fetch the package "
                    + uri + ": " + e.getMessage()), e);
        }
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
        return new DirectoryReader(descriptorReader, signatureCheck, http, remoteHrefs).read(folderOrDescriptor);
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
