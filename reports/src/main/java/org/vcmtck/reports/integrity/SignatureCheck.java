package org.vcmtck.reports.integrity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/** Checks a detached compact JWS over given content. */
final class SignatureCheck {

    private SignatureCheck() {
    }

    /** Why the signature does not verify, or empty when it does. */
    static Optional<String> problem(String jws, byte[] content, VerificationKey key) {
        Optional<String> encoding = nonCanonicalPart(jws);
        if (encoding.isPresent()) {
            return encoding;
        }
        JWSObject object;
        try {
            object = JWSObject.parse(jws, new Payload(content));
        } catch (ParseException e) {
            return Optional.of("the signature is not a compact JWS (" + e.getMessage() + ")");
        }
        JWSVerifier verifier;
        try {
            if (key.key() instanceof RSAPublicKey rsa) {
                verifier = new RSASSAVerifier(rsa);
            } else if (key.key() instanceof ECPublicKey ec) {
                verifier = new ECDSAVerifier(ec);
            } else {
                return Optional.of("the key is " + key.key().getAlgorithm() + ", neither RSA nor EC");
            }
        } catch (JOSEException e) {
            return Optional.of("the key cannot check signatures (" + e.getMessage() + ")");
        }
        if (!verifier.supportedJWSAlgorithms().contains(object.getHeader().getAlgorithm())) {
            return Optional.of("the signature's algorithm " + object.getHeader().getAlgorithm()
                    + " does not fit the " + key.key().getAlgorithm() + " key");
        }
        try {
            return object.verify(verifier) ? Optional.empty()
                    : Optional.of("the signature does not match the content for " + key.description());
        } catch (JOSEException e) {
            return Optional.of("the signature cannot be checked (" + e.getMessage() + ")");
        }
    }

    /**
     * Base64url leaves a few bits of a part's last character unused, and decoders ignore them; an edit there would
     * change the file but not the signature, so only the one encoding the writer produces is accepted.
     */
    private static Optional<String> nonCanonicalPart(String jws) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3 || !parts[1].isEmpty()) {
            return Optional.of("the signature is not a detached compact JWS (header..signature)");
        }
        for (int i : new int[] {0, 2}) {
            Base64URL part = new Base64URL(parts[i]);
            if (!Base64URL.encode(part.decode()).toString().equals(parts[i])) {
                return Optional.of("the signature's " + (i == 0 ? "header" : "signature") + " part is not in the"
                        + " base64url encoding the writer produces");
            }
        }
        return Optional.empty();
    }

    static boolean verifies(String jws, byte[] content, VerificationKey key) {
        return problem(jws, content, key).isEmpty();
    }

    /** The JWS header's algorithm name, or empty when the JWS cannot be parsed. */
    static Optional<String> algorithm(String jws) {
        try {
            return Optional.of(JWSObject.parse(jws).getHeader().getAlgorithm().getName());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** The signer's certificate from the protected header's {@code x5c}, when there is one. */
    static Optional<X509Certificate> embeddedCertificate(String jws) throws ParseException {
        List<Base64> chain = JWSObject.parse(jws).getHeader().getX509CertChain();
        if (chain == null || chain.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PemFile.certificate(java.nio.file.Path.of("x5c"), chain.get(0).decode()));
        } catch (KeyFileException e) {
            throw new ParseException("the embedded certificate cannot be parsed: " + e.problem(), 0);
        }
    }
}
