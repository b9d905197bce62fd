package org.vcmtck.simulator.ovf.sign;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificates a consumer trusts to vouch for package signers (OVF-CERT-004), read from PEM files that each
 * hold one or more {@code BEGIN CERTIFICATE} blocks. Any certificate may be an anchor, a CA or a signer's own.
 */
public final class TrustAnchors {
    private final Set<X509Certificate> certificates;
    private final List<Path> sources;

    private TrustAnchors(Collection<X509Certificate> certificates, List<Path> sources) {
        this.certificates = Set.copyOf(new LinkedHashSet<>(certificates));
        this.sources = List.copyOf(sources);
    }

    /** Trusts nothing: signed packages are judged without a chain check (the behaviour without anchors). */
    public static TrustAnchors none() {
        return new TrustAnchors(List.of(), List.of());
    }

    public static TrustAnchors of(Collection<X509Certificate> certificates) {
        return new TrustAnchors(certificates, List.of());
    }

    /** Every certificate of every file; a file that is unreadable or holds no certificate is refused by name. */
    public static TrustAnchors load(List<Path> pemFiles) throws KeyMaterialException {
        List<X509Certificate> all = new ArrayList<>();
        for (Path file : pemFiles) {
            all.addAll(PemFiles.readCertificates(file));
        }
        return new TrustAnchors(all, pemFiles);
    }

    public Set<X509Certificate> certificates() {
        return certificates;
    }

    /** The files the anchors were loaded from (empty when built from certificates). */
    public List<Path> sources() {
        return sources;
    }

    public boolean isEmpty() {
        return certificates.isEmpty();
    }

    public boolean contains(X509Certificate certificate) {
        return certificates.contains(certificate);
    }
}
