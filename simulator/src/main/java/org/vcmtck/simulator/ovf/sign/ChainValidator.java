package org.vcmtck.simulator.ovf.sign;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PKIX validation (java.security.cert) of a certificate file's chain, signer first, against trust anchors.
 * Revocation checking is off: a consumer here has no network, and CRL/OCSP answers are not part of a package.
 */
final class ChainValidator {
    private final TrustAnchors anchors;

    ChainValidator(TrustAnchors anchors) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("PKIX validation needs at least one trust anchor");
        }
        this.anchors = anchors;
    }

    ChainVerdict validate(List<X509Certificate> chain, Instant at) {
        Date now = Date.from(at);
        List<X509Certificate> path = new ArrayList<>(chain);
        // an anchor included at the end of the file is where the path ends, not part of it
        while (!path.isEmpty() && anchors.contains(path.get(path.size() - 1))) {
            path.remove(path.size() - 1);
        }
        if (path.isEmpty()) {
            return currentAnchor(chain.get(0), now);
        }
        try {
            PKIXParameters parameters = new PKIXParameters(anchors.certificates().stream()
                    .map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet()));
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return new ChainVerdict(ChainVerdict.Status.TRUSTED, subject(chain.get(0)), "");
        } catch (CertPathValidatorException e) {
            return failure(e, path, now);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("trust anchors were checked to be non-empty", e);
        } catch (GeneralSecurityException e) {
            return new ChainVerdict(ChainVerdict.Status.INVALID, subject(path.get(0)), e.getMessage());
        }
    }

    private static ChainVerdict currentAnchor(X509Certificate signer, Date now) {
        try {
            signer.checkValidity(now);
            return new ChainVerdict(ChainVerdict.Status.TRUSTED, subject(signer), "");
        } catch (CertificateExpiredException e) {
            return expired(signer);
        } catch (CertificateNotYetValidException e) {
            return notYetValid(signer);
        }
    }

    private static ChainVerdict failure(CertPathValidatorException e, List<X509Certificate> path, Date now) {
        int index = e.getIndex();
        X509Certificate at = index >= 0 && index < path.size() ? path.get(index) : path.get(path.size() - 1);
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
            return expired(at);
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return notYetValid(at);
        }
        if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR) {
            X509Certificate last = path.get(path.size() - 1);
            // an expired certificate is the clearer reason when there is one
            for (X509Certificate c : path) {
                if (now.after(c.getNotAfter())) {
                    return expired(c);
                }
            }
            return new ChainVerdict(ChainVerdict.Status.UNTRUSTED, subject(last), "its issuer "
                    + last.getIssuerX500Principal().getName() + " is not among the trust anchors");
        }
        return new ChainVerdict(ChainVerdict.Status.INVALID, subject(at), e.getMessage());
    }

    private static ChainVerdict expired(X509Certificate c) {
        return new ChainVerdict(ChainVerdict.Status.EXPIRED, subject(c), "expired on " + c.getNotAfter().toInstant());
    }

    private static ChainVerdict notYetValid(X509Certificate c) {
        return new ChainVerdict(ChainVerdict.Status.NOT_YET_VALID, subject(c), "is not valid before "
                + c.getNotBefore().toInstant());
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }
}
