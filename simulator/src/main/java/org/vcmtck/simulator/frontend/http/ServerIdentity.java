package org.vcmtck.simulator.frontend.http;

import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.vcmtck.simulator.ovf.sign.SelfSignedCertificates;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;

/**
 * The key pair and certificate a TLS front end presents: either generated at start (self-signed, in memory,
 * naming the bound address and "localhost" so clients can verify the host) or read from a PKCS12 keystore.
 */
public record ServerIdentity(KeyStore keyStore, char[] password, X509Certificate certificate) {
    public static final String ALIAS = "cimi";
    private static final Duration VALIDITY = Duration.ofDays(365);

    /** A fresh self-signed identity valid from {@code notBefore} for one year. */
    public static ServerIdentity selfSigned(InetAddress host, Instant notBefore) {
        // HTTPS clients check the address they dialled against the alternative names
        SelfSignedCertificates.Issued issued = SelfSignedCertificates.issue("vcmtck-cimi",
                notBefore.minus(Duration.ofMinutes(5)), VALIDITY.plus(Duration.ofMinutes(5)),
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment, new GeneralNames(new GeneralName[]{
                        new GeneralName(GeneralName.iPAddress, host.getHostAddress()),
                        new GeneralName(GeneralName.dNSName, "localhost")}));
        try {
            char[] password = Long.toHexString(issued.certificate().getSerialNumber().longValue()
                    ^ System.nanoTime()).toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), password,
                    new Certificate[]{issued.certificate()});
            return new ServerIdentity(store, password, issued.certificate());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot create a self-signed TLS identity: " + e.getMessage(), e);
        }
    }

    /** Reads a PKCS12 keystore; its first key entry is the server's identity. */
    public static ServerIdentity pkcs12(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            Enumeration<String> aliases = store.aliases();
            while (aliases.hasMoreElements()) {
                String alias = aliases.nextElement();
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
                    return new ServerIdentity(store, password, c);
                }
            }
            throw new GeneralSecurityException("it holds no private key with an X.509 certificate");
        } catch (NoSuchFileException e) {
            throw new IOException("keystore " + file + " does not exist", e);
        } catch (IOException | GeneralSecurityException e) {
            // KeyStore.load reports a wrong password as a bare IOException; name the file and the likely cause
            throw new IOException("cannot read keystore " + file + " (PKCS12; is the password right?): "
                    + e.getMessage(), e);
        }
    }
}
