package org.vcmtck.reports.integrity;

import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * The public key a signature is checked against, and where it came from (shown in the verifier's output).
 *
 * @param description e.g. "public key /path/key.pub" or "certificate CN=Vendor (embedded in the report)"
 */
public record VerificationKey(PublicKey key, String description) {

    static VerificationKey of(X509Certificate certificate, String origin) {
        return new VerificationKey(certificate.getPublicKey(),
                origin + " (" + certificate.getSubjectX500Principal().getName() + ")");
    }

    /** The first certificate of an X.509 PEM file. */
    public static VerificationKey fromCertificateFile(Path file) throws KeyFileException {
        return of(PemFile.read(file).certificates().get(0), "certificate " + file);
    }

    /** A {@code -----BEGIN PUBLIC KEY-----} (X.509 SubjectPublicKeyInfo) PEM file, RSA or EC. */
    public static VerificationKey fromPublicKeyFile(Path file) throws KeyFileException {
        PemFile pem = PemFile.read(file);
        PemFile.Block block = pem.blocks().stream().filter(b -> b.label().equals("PUBLIC KEY")).findFirst()
                .orElseThrow(() -> new KeyFileException(file, "holds no PUBLIC KEY block (found: " + pem.labels()
                        + ")"));
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(block.der()));
                return new VerificationKey(key, algorithm + " public key " + file);
            } catch (InvalidKeySpecException e) {
                // not this algorithm; try the next
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the Java platform lacks " + algorithm, e);
            }
        }
        throw new KeyFileException(file, "is neither an RSA nor an EC public key");
    }
}
