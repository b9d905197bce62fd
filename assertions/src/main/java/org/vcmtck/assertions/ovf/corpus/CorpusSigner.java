package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The corpus's throw-away signer: an EC P-256 key pair derived from a fixed seed and a self-signed X.509
 * certificate for it, built with the JDK alone (a few DER structures), valid 2024-01-01 to 2124-01-01. Its only
 * purpose is a certificate file whose signature can be made not to match; it proves nothing about anyone.
 */
final class CorpusSigner {

    static final CorpusSigner INSTANCE = new CorpusSigner();

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";

    private final KeyPair keys;
    private final String certificatePem;

    private CorpusSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SeededRandom("vcmtck-corpus-key", new byte[0]));
            keys = generator.generateKeyPair();
            certificatePem = pem(selfSignedCertificate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the corpus signing key: " + e.getMessage(), e);
        }
    }

    /** The certificate file (OVF-CERT-002): {@code TOKEN(manifest)= hex signature}, then the certificate in PEM. */
    byte[] certificateFile(String token, String manifestName, byte[] manifest) {
        String signature = HexFormat.of().formatHex(sign(token + "withECDSA", manifest));
        return (token + "(" + manifestName + ")= " + signature + "\n" + certificatePem)
                .getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] sign(String scheme, byte[] data) {
        try {
            Signature signer = Signature.getInstance(scheme);
            // a nonce stream derived from the data keeps the signature reproducible and distinct per manifest
            signer.initSign(keys.getPrivate(), new SeededRandom("vcmtck-corpus-nonce", data));
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + scheme + ": " + e.getMessage(), e);
        }
    }

    private byte[] selfSignedCertificate() {
        byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME),
                Der.utf8("VCM-TCK corpus signer (throw-away)"))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(2)),
                Der.integer(20240101),
                algorithm,
                name,
                Der.sequence(Der.utcTime("240101000000Z"), Der.generalizedTime("21240101000000Z")),
                name,
                keys.getPublic().getEncoded());
        return Der.sequence(tbs, algorithm, Der.bitString(sign("SHA256withECDSA", tbs)));
    }

    private static String pem(byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }
}
