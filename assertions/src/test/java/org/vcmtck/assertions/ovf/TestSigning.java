package org.vcmtck.assertions.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs manifests for the certificate tests with the throw-away keys under {@code src/test/resources/signing}
 * (see the README there for how they were made). Only the JDK is used, like the checks themselves.
 */
final class TestSigning {

    /** A key and its certificate as PEM, named after the resource pair. */
    record Signer(PrivateKey key, String certificatePem) {

        /** The hex signature of the bytes with the digest token (SHA1, SHA256) and this key's algorithm. */
        String sign(String token, byte[] data) {
            return signWith(key, token, data);
        }

        /** A certificate file in the producer form: the signature line, then the certificate. */
        String certificateFile(String token, String manifestName, byte[] manifest) {
            return token + "(" + manifestName + ")= " + sign(token, manifest) + "\n" + certificatePem;
        }
    }

    static final Signer RSA = load("rsa", "RSA");
    static final Signer EC = load("ec", "EC");
    static final Signer EXPIRED = load("expired", "RSA");

    private TestSigning() {
    }

    static String signWith(PrivateKey key, String token, byte[] data) {
        String scheme = token + "with" + (key.getAlgorithm().equals("EC") ? "ECDSA" : key.getAlgorithm());
        try {
            Signature signature = Signature.getInstance(scheme);
            signature.initSign(key);
            signature.update(data);
            return HexFormat.of().formatHex(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + scheme, e);
        }
    }

    private static Signer load(String name, String keyAlgorithm) {
        String keyPem = resource("/signing/" + name + "-key.pem");
        String body = keyPem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            PrivateKey key = KeyFactory.getInstance(keyAlgorithm)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new Signer(key, resource("/signing/" + name + "-cert.pem"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test key " + name, e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = TestSigning.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read test resource " + path, e);
        }
    }
}
