package org.vcmtck.simulator.ovf.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Makes a throw-away signing identity: an RSA 2048 key and a self-signed SHA256withRSA certificate, written as
 * {@code signer.key} (PKCS#8 PEM) and {@code signer.crt} (PEM). For tests and for giving the built-in reference
 * something to sign with; a real signer brings its own key and CA-issued certificate.
 */
public final class SelfSignedCertificates {
    public static final String KEY_FILE = "signer.key";
    public static final String CERTIFICATE_FILE = "signer.crt";
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(2 * 365);

    /** Where the files went, and the certificate itself. */
    public record Generated(Path keyFile, Path certificateFile, X509Certificate certificate) {
    }

    private SelfSignedCertificates() {
    }

    /** A fresh RSA key pair and the self-signed certificate over its public key. */
    public record Issued(KeyPair keyPair, X509Certificate certificate) {
    }

    /**
     * Issues a self-signed end-entity certificate (RSA 2048, SHA256withRSA) for {@code commonName}, valid from
     * {@code notBefore} for {@code validity}, with the given key usage bits ({@link KeyUsage}) and, when not null,
     * subject alternative names. The one place the reference makes certificates: package signers and TLS servers.
     */
    public static Issued issue(String commonName, Instant notBefore, Duration validity, int keyUsage,
                               GeneralNames alternativeNames) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
            // the serial only has to be unique per issuer; the start time does that for a self-signed identity
            BigInteger serial = BigInteger.valueOf(Math.max(1, notBefore.toEpochMilli()));
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
                    Date.from(notBefore), Date.from(notBefore.plus(validity)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA")
                    .build(pair.getPrivate()));
            return new Issued(pair, new JcaX509CertificateConverter().getCertificate(holder));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot issue a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /** Valid from {@code notBefore} for {@code validity}; files in {@code dir} (created if needed) are replaced. */
    public static Generated generate(Path dir, String commonName, Instant notBefore, Duration validity)
            throws IOException {
        Issued issued = issue(commonName, notBefore, validity, KeyUsage.digitalSignature, null);
        Files.createDirectories(dir);
        Path key = dir.resolve(KEY_FILE);
        Path crt = dir.resolve(CERTIFICATE_FILE);
        Files.writeString(key, PemFiles.pem(new JcaPKCS8Generator(issued.keyPair().getPrivate(), null)),
                StandardCharsets.US_ASCII);
        Files.writeString(crt, PemFiles.pem(issued.certificate()), StandardCharsets.US_ASCII);
        return new Generated(key, crt, issued.certificate());
    }

    /** Valid for {@link #DEFAULT_VALIDITY} from {@code notBefore}. */
    public static Generated generate(Path dir, String commonName, Instant notBefore) throws IOException {
        return generate(dir, commonName, notBefore, DEFAULT_VALIDITY);
    }
}
