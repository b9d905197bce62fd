package org.vcmtck.reports.integrity;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Fresh key pairs and certificates for the tests, written as PEM files the way openssl writes them. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    public static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    public static Path writePrivateKey(Path dir, String name, KeyPair pair) throws IOException {
        return write(dir.resolve(name), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    }

    public static Path writePublicKey(Path dir, String name, KeyPair pair) throws IOException {
        return write(dir.resolve(name), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    public static Path writeCertificate(Path dir, String name, X509Certificate certificate)
            throws IOException, GeneralSecurityException {
        return write(dir.resolve(name), pem("CERTIFICATE", certificate.getEncoded()));
    }

    public static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    public static X509Certificate selfSigned(KeyPair pair, String commonName) throws Exception {
        X500Name name = new X500Name("CN=" + commonName);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now
                .toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30, ChronoUnit.DAYS)),
                name, pair.getPublic());
        String algorithm = pair.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(pair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }
}
