package org.vcmtck.reports.integrity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs a report's canonical content as a JWS (RFC 7515) with a detached payload: the compact serialization with
 * an empty payload part, because the payload is the report itself. When a certificate chain is given it travels
 * in the protected header ({@code x5c}), so a reader can see who signed and pin that certificate.
 *
 * <p>Made by {@link SigningKeys#load}.
 */
public final class ReportSigner {

    private final JWSSigner signer;
    private final JWSAlgorithm algorithm;
    private final List<X509Certificate> chain;
    private final String description;

    ReportSigner(JWSSigner signer, JWSAlgorithm algorithm, List<X509Certificate> chain, String description) {
        this.signer = signer;
        this.algorithm = algorithm;
        this.chain = List.copyOf(chain);
        this.description = description;
    }

    /** The JWS algorithm name, e.g. RS256 or ES384. */
    public String algorithm() {
        return algorithm.getName();
    }

    /** The embedded certificates, signer first (empty when none was given). */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** Says which key signs, for the command's output. */
    public String describe() {
        return description;
    }

    /** The detached compact JWS ({@code header..signature}) over the content. */
    public String sign(byte[] content) {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
        if (!chain.isEmpty()) {
            List<Base64> x5c = new ArrayList<>();
            for (X509Certificate certificate : chain) {
                try {
                    x5c.add(Base64.encode(certificate.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new IllegalStateException("a parsed certificate cannot be encoded again", e);
                }
            }
            header.x509CertChain(x5c);
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(content));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing the report failed: " + e.getMessage(), e);
        }
        return jws.serialize(true);
    }
}
