package org.vcmtck.reports.integrity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.Optional;

/** Loads the signing key (PKCS#8 PEM, RSA or EC) and the optional certificate given on the command line. */
public final class SigningKeys {

    /** RSA keys below this size are refused, as RFC 7518 section 3.3 requires for RS256. */
    static final int MIN_RSA_BITS = 2048;

    private SigningKeys() {
    }

    /**
     * @param keyFile  an unencrypted PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}), RSA or EC
     *                 (P-256, P-384, P-521)
     * @param certFile an X.509 PEM file whose first certificate belongs to the key (more may follow: the chain)
     * @throws KeyFileException naming the file that cannot be used and why
     */
    public static ReportSigner load(Path keyFile, Optional<Path> certFile) throws KeyFileException {
        PrivateKey key = privateKey(PemFile.read(keyFile));
        List<java.security.cert.X509Certificate> chain = certFile.isPresent()
                ? PemFile.read(certFile.get()).certificates() : List.of();
        ReportSigner signer = signer(keyFile, key, chain);
        if (!chain.isEmpty()) {
            checkCertificateMatches(certFile.get(), signer);
        }
        return signer;
    }

    private static PrivateKey privateKey(PemFile pem) throws KeyFileException {
        Path file = pem.file();
        PemFile.Block block = pem.blocks().stream().filter(b -> b.label().endsWith("PRIVATE KEY")).findFirst()
                .orElseThrow(() -> new KeyFileException(file, "holds no PRIVATE KEY block (found: " + pem.labels()
                        + ")"));
        switch (block.label()) {
            case "PRIVATE KEY" -> {
                // PKCS#8 names its algorithm inside; try the two the report can be signed with
            }
            case "ENCRYPTED PRIVATE KEY" -> throw new KeyFileException(file,
                    "is an encrypted PKCS#8 key; give an unencrypted one (openssl pkcs8 -in KEY -nocrypt)");
            case "RSA PRIVATE KEY", "EC PRIVATE KEY" -> throw new KeyFileException(file, "is a '" + block.label()
                    + "' (traditional OpenSSL format), not PKCS#8; convert it with"
                    + " openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
            default -> throw new KeyFileException(file, "holds a '" + block.label() + "' block, not a PKCS#8 key");
        }
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(block.der()));
            } catch (InvalidKeySpecException e) {
                // not this algorithm; try the next
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the Java platform lacks " + algorithm, e);
            }
        }
        throw new KeyFileException(file, "is neither an RSA nor an EC PKCS#8 private key");
    }

    private static ReportSigner signer(Path file, PrivateKey key, List<java.security.cert.X509Certificate> chain)
            throws KeyFileException {
        if (key instanceof RSAPrivateKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                throw new KeyFileException(file, "is a " + bits + "-bit RSA key; at least " + MIN_RSA_BITS
                        + " bits are required");
            }
            JWSSigner signer = new RSASSASigner(rsa);
            return new ReportSigner(signer, JWSAlgorithm.RS256, chain, "RSA " + bits + "-bit key (RS256) from "
                    + file);
        }
        if (key instanceof ECPrivateKey ec) {
            Curve curve = Curve.forECParameterSpec(ec.getParams());
            if (curve == null) {
                throw new KeyFileException(file, "is an EC key on a curve JWS does not define; use P-256, P-384"
                        + " or P-521");
            }
            try {
                JWSAlgorithm algorithm = ECDSA.resolveAlgorithm(curve);
                return new ReportSigner(new ECDSASigner(ec), algorithm, chain, "EC " + curve.getName() + " key ("
                        + algorithm.getName() + ") from " + file);
            } catch (JOSEException e) {
                throw new KeyFileException(file, "is an EC key that cannot sign a JWS: " + e.getMessage(), e);
            }
        }
        throw new KeyFileException(file, "holds a " + key.getAlgorithm() + " key; only RSA and EC keys can sign");
    }

    /** A certificate for another key would make every signature look forged to whoever pins it. */
    private static void checkCertificateMatches(Path certFile, ReportSigner signer) throws KeyFileException {
        byte[] probe = "vcmtck certificate probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String jws = signer.sign(probe);
        VerificationKey key = VerificationKey.of(signer.chain().get(0), "certificate " + certFile);
        if (!SignatureCheck.verifies(jws, probe, key)) {
            throw new KeyFileException(certFile, "its certificate (" + signer.chain().get(0)
                    .getSubjectX500Principal().getName() + ") does not belong to the signing key");
        }
    }
}
