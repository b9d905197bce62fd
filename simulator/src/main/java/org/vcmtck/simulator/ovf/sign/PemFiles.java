package org.vcmtck.simulator.ovf.sign;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.io.pem.PemObjectGenerator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes PEM key material: private keys as PKCS#8 ({@code BEGIN PRIVATE KEY}) or the traditional
 * OpenSSL forms ({@code BEGIN RSA PRIVATE KEY}, {@code BEGIN EC PRIVATE KEY}); certificates as any number of
 * {@code BEGIN CERTIFICATE} blocks. Encrypted keys are refused (there is no way to ask for a pass phrase).
 */
public final class PemFiles {
    private static final long MAX_BYTES = 1024 * 1024;

    private PemFiles() {
    }

    public static PrivateKey readPrivateKey(Path file) throws KeyMaterialException {
        String text = read(file, "private key");
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    // only the private part: traditional EC keys may omit the public key
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (o.getClass().getSimpleName().contains("Encrypted")) {
                    throw new KeyMaterialException(file, "the private key is encrypted; give an unencrypted"
                            + " PEM key", null);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new KeyMaterialException(file, "not a readable PEM private key: " + e.getMessage(), e);
        }
        throw new KeyMaterialException(file, "holds no PEM private key (BEGIN PRIVATE KEY or BEGIN RSA/EC"
                + " PRIVATE KEY)", null);
    }

    /** Every certificate in the file, in file order (the signer's first); at least one. */
    public static List<X509Certificate> readCertificates(Path file) throws KeyMaterialException {
        List<X509Certificate> certificates;
        try {
            certificates = parseCertificates(new StringReader(read(file, "certificate")));
        } catch (IOException | CertificateException | RuntimeException e) {
            throw new KeyMaterialException(file, "not a readable PEM certificate: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new KeyMaterialException(file, "holds no PEM certificate (BEGIN CERTIFICATE)", null);
        }
        return certificates;
    }

    /** The X.509 certificates among the PEM objects of {@code in}; other PEM objects are skipped. */
    static List<X509Certificate> parseCertificates(Reader in) throws IOException, CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(in)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    out.add(converter.getCertificate(holder));
                }
            }
        }
        return out;
    }

    /** PEM text of one object (key, certificate or PEM generator), LF line ends. */
    static String pem(Object keyOrCertificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            if (keyOrCertificate instanceof PemObjectGenerator generator) {
                w.writeObject(generator);
            } else {
                w.writeObject(keyOrCertificate);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replace("\r\n", "\n");
    }

    private static String read(Path file, String what) throws KeyMaterialException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new KeyMaterialException(file, "no such " + what + " file", null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new KeyMaterialException(file, "larger than " + MAX_BYTES + " bytes; not a PEM " + what, null);
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyMaterialException(file, "cannot read the " + what + ": " + e.getMessage(), e);
        }
    }
}
