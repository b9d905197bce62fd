package org.vcmtck.simulator.ovf.sign;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.Severity;
import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a package's certificate file against its manifest: well-formed (OVF-CERT-002), names the manifest
 * and uses an algorithm the OVF version allows, signature valid over the manifest bytes as stored
 * (OVF-CERT-003, an error), and the chain trusted, current and not self-signed (OVF-CERT-004). With no trust
 * anchors a self-signed certificate is expected, not wrong, so chain problems are warnings. With anchors the chain
 * is validated by PKIX (revocation off); {@link #requiring} makes an untrusted, expired or broken chain an error,
 * so a consumer that was told whom to trust refuses everything else.
 */
public final class SignatureCheck {
    private final TrustAnchors anchors;
    private final Clock clock;
    private final boolean trustRequired;

    private SignatureCheck(TrustAnchors anchors, Clock clock, boolean trustRequired) {
        this.anchors = anchors;
        this.clock = clock;
        this.trustRequired = trustRequired;
    }

    /** Chain problems are warnings (OVF-CERT-004 is a SHOULD); with anchors the chain is PKIX-validated. */
    public SignatureCheck(Set<X509Certificate> trustAnchors, Clock clock) {
        this(TrustAnchors.of(trustAnchors), clock, false);
    }

    /** No trust anchors, the system clock. */
    public static SignatureCheck untrusting() {
        return new SignatureCheck(Set.of(), Clock.systemUTC());
    }

    /**
     * A signed package is accepted only when its chain leads to one of {@code anchors} and is current: anything
     * else is an OVF-CERT-004 error (so a deployer refuses it). Unsigned packages are not affected.
     */
    public static SignatureCheck requiring(TrustAnchors anchors, Clock clock) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("requiring a trusted signer needs at least one trust anchor");
        }
        return new SignatureCheck(anchors, clock, true);
    }

    /** {@link #requiring(TrustAnchors, Clock)} with the system clock. */
    public static SignatureCheck requiring(TrustAnchors anchors) {
        return requiring(anchors, Clock.systemUTC());
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    public boolean trustRequired() {
        return trustRequired;
    }

    /** PKIX verdict for a chain (signer first) at this check's clock; empty when there are no anchors. */
    public Optional<ChainVerdict> validateChain(List<X509Certificate> chain) {
        if (anchors.isEmpty() || chain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChainValidator(anchors).validate(chain, clock.instant()));
    }

    public void check(OvfVersion version, String certificateName, byte[] certificateBytes, String manifestName,
                      byte[] manifestBytes, List<OvfFinding> findings) {
        CertificateFile file;
        try {
            file = CertificateFile.parse(new String(certificateBytes, StandardCharsets.UTF_8));
        } catch (MalformedCertificateFileException e) {
            findings.add(OvfFinding.error("OVF-CERT-002", certificateName, e.getMessage()));
            return;
        }
        if (!file.manifestName().equals(manifestName)) {
            findings.add(OvfFinding.error("OVF-CERT-002", certificateName, "the signature line names "
                    + file.manifestName() + ", the package manifest is " + manifestName));
        }
        // as for manifests (OVF-MF-002), a 1.x package with a stronger digest is reported, not refused
        if (version == OvfVersion.V1_1 && file.algorithm() != DigestAlgorithm.SHA1) {
            findings.add(OvfFinding.warning("OVF-CERT-003", certificateName, "OVF 1.x signatures use SHA1, this"
                    + " one uses " + file.algorithm().token()));
        }
        verify(file, certificateName, manifestName, manifestBytes, findings);
        chain(file, certificateName, findings);
    }

    private static void verify(CertificateFile file, String certificateName, String manifestName,
                               byte[] manifestBytes, List<OvfFinding> findings) {
        X509Certificate signer = file.signer();
        try {
            Signature s = Signature.getInstance(SignatureAlgorithms.jcaName(file.algorithm(), signer.getPublicKey()));
            s.initVerify(signer.getPublicKey());
            s.update(manifestBytes);
            if (!s.verify(file.signature())) {
                findings.add(OvfFinding.error("OVF-CERT-003", manifestName, "the " + file.algorithm().token()
                        + " signature in " + certificateName + " does not verify against the manifest bytes with"
                        + " the signer's public key (" + signer.getSubjectX500Principal().getName() + ")"));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            findings.add(OvfFinding.error("OVF-CERT-003", manifestName, "the signature in " + certificateName
                    + " cannot be verified: " + e.getMessage()));
        }
    }

    private void chain(CertificateFile file, String certificateName, List<OvfFinding> findings) {
        Optional<ChainVerdict> verdict = validateChain(file.certificates());
        if (verdict.isPresent()) {
            if (!verdict.get().trusted()) {
                findings.add(new OvfFinding("OVF-CERT-004", trustRequired ? Severity.ERROR : Severity.WARNING,
                        certificateName, verdict.get().describe()));
            }
            return;
        }
        Date now = Date.from(clock.instant());
        List<X509Certificate> chain = file.certificates();
        for (X509Certificate c : chain) {
            String subject = c.getSubjectX500Principal().getName();
            try {
                c.checkValidity(now);
            } catch (CertificateExpiredException e) {
                findings.add(OvfFinding.warning("OVF-CERT-004", certificateName, "certificate " + subject
                        + " expired on " + c.getNotAfter().toInstant()));
            } catch (CertificateNotYetValidException e) {
                findings.add(OvfFinding.warning("OVF-CERT-004", certificateName, "certificate " + subject
                        + " is not valid before " + c.getNotBefore().toInstant()));
            }
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!issuedBy(chain.get(i), chain.get(i + 1))) {
                findings.add(OvfFinding.warning("OVF-CERT-004", certificateName, "certificate "
                        + chain.get(i).getSubjectX500Principal().getName() + " is not signed by the next one in"
                        + " the file"));
                return;
            }
        }
        X509Certificate last = chain.get(chain.size() - 1);
        if (chain.size() == 1 && issuedBy(last, last)) {
            findings.add(OvfFinding.warning("OVF-CERT-004", certificateName, "SELF_SIGNED_CERTIFICATE: "
                    + last.getSubjectX500Principal().getName() + " is self-signed and not a trusted anchor"));
        } else {
            findings.add(OvfFinding.warning("OVF-CERT-004", certificateName, "UNTRUSTED_CERTIFICATE: the chain"
                    + " ends at " + last.getSubjectX500Principal().getName() + ", which is not a trusted anchor"));
        }
    }

    private static boolean issuedBy(X509Certificate subject, X509Certificate issuer) {
        if (!subject.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            subject.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
