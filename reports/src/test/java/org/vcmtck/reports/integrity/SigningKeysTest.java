package org.vcmtck.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class SigningKeysTest {

    private Path dir;

    @BeforeClass
    public void folder() throws Exception {
        dir = Files.createTempDirectory("vcmtck-keys");
    }

    @org.testng.annotations.AfterClass(alwaysRun = true)
    public void cleanUp() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private static KeyFileException refusal(Path key, Optional<Path> cert) {
        try {
            SigningKeys.load(key, cert);
        } catch (KeyFileException e) {
            return e;
        }
        throw new AssertionError("the key file " + key + " was accepted");
    }

    @Test
    public void p384KeySignsWithEs384() throws Exception {
        ReportSigner signer = SigningKeys.load(TestKeys.writePrivateKey(dir, "p384.key", TestKeys.ec("secp384r1")),
                Optional.empty());
        assertThat(signer.algorithm()).isEqualTo("ES384");
        assertThat(signer.describe()).contains("P-384");
    }

    @Test
    public void missingFileIsNamed() {
        Path missing = dir.resolve("absent.key");
        KeyFileException e = refusal(missing, Optional.empty());
        assertThat(e.file()).isEqualTo(missing);
        assertThat(e.getMessage()).startsWith(missing.toString()).contains("cannot be read");
    }

    @Test
    public void textThatIsNotPemIsRefused() throws Exception {
        Path file = TestKeys.write(dir.resolve("notes.txt"), "just some text\n");
        assertThat(refusal(file, Optional.empty()).problem()).contains("not a PEM file");
    }

    @Test
    public void traditionalOpenSslKeyIsRefusedWithTheConversionCommand() throws Exception {
        Path file = TestKeys.write(dir.resolve("pkcs1.key"), TestKeys.pem("RSA PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThat(refusal(file, Optional.empty()).problem()).contains("not PKCS#8").contains("openssl pkcs8");
    }

    @Test
    public void publicKeyGivenAsSigningKeyIsRefused() throws Exception {
        Path file = TestKeys.writePublicKey(dir, "wrong.pub", TestKeys.rsa(2048));
        assertThat(refusal(file, Optional.empty()).problem()).contains("no PRIVATE KEY block").contains("PUBLIC KEY");
    }

    @Test
    public void garbledPkcs8IsRefused() throws Exception {
        Path file = TestKeys.write(dir.resolve("garbled.key"), TestKeys.pem("PRIVATE KEY", new byte[] {48, 3, 2, 1, 0}));
        assertThat(refusal(file, Optional.empty()).problem()).contains("neither an RSA nor an EC");
    }

    @Test
    public void shortRsaKeyIsRefused() throws Exception {
        Path file = TestKeys.writePrivateKey(dir, "short.key", TestKeys.rsa(1024));
        assertThat(refusal(file, Optional.empty()).problem()).contains("1024-bit").contains("2048");
    }

    @Test
    public void certificateOfAnotherKeyIsRefused() throws Exception {
        KeyPair mine = TestKeys.ec("secp256r1");
        Path key = TestKeys.writePrivateKey(dir, "mine.key", mine);
        Path cert = TestKeys.writeCertificate(dir, "theirs.crt", TestKeys.selfSigned(TestKeys.ec("secp256r1"),
                "Theirs"));
        KeyFileException e = refusal(key, Optional.of(cert));
        assertThat(e.file()).isEqualTo(cert);
        assertThat(e.problem()).contains("does not belong to the signing key");
    }

    @Test
    public void certificateFileWithoutCertificateIsRefused() throws Exception {
        Path key = TestKeys.writePrivateKey(dir, "k.key", TestKeys.ec("secp256r1"));
        assertThatThrownBy(() -> SigningKeys.load(key, Optional.of(key)))
                .isInstanceOf(KeyFileException.class).hasMessageContaining("no CERTIFICATE block");
    }
}
