package org.vcmtck.reports.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class ReportSignatureTest {

    private Path dir;
    private KeyPair rsa;
    private KeyPair ec;

    @BeforeClass
    public void keys() throws Exception {
        dir = Files.createTempDirectory("vcmtck-sign");
        rsa = TestKeys.rsa(2048);
        ec = TestKeys.ec("secp256r1");
    }

    @AfterClass(alwaysRun = true)
    public void cleanUp() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @DataProvider
    public Object[][] keyKinds() {
        return new Object[][] {{"rsa", "RS256"}, {"ec", "ES256"}};
    }

    private KeyPair pair(String kind) {
        return kind.equals("rsa") ? rsa : ec;
    }

    private ReportSigner signer(String kind) throws Exception {
        return SigningKeys.load(TestKeys.writePrivateKey(dir, kind + ".key", pair(kind)), Optional.empty());
    }

    private VerificationKey publicKey(KeyPair pair, String name) throws Exception {
        return VerificationKey.fromPublicKeyFile(TestKeys.writePublicKey(dir, name, pair));
    }

    @Test(dataProvider = "keyKinds")
    public void signedReportVerifiesWithTheMatchingPublicKey(String kind, String algorithm) throws Exception {
        byte[] file = SealedReports.signed(signer(kind));
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(file);
        assertThat(tree.at("/integrity/signature/algorithm").asText()).isEqualTo(algorithm);
        assertThat(tree.at("/integrity/signature/value").asText()).contains("..");

        Verification result = ReportVerifier.verify(file, Optional.of(publicKey(pair(kind), kind + ".pub")));
        assertThat(result).isInstanceOf(Verification.Valid.class);
        assertThat(result.checked()).anyMatch(line -> line.startsWith("signature: valid " + algorithm));
    }

    @Test(dataProvider = "keyKinds")
    public void anotherKeyFindsABadSignature(String kind, String algorithm) throws Exception {
        byte[] file = SealedReports.signed(signer(kind));
        KeyPair other = kind.equals("rsa") ? TestKeys.rsa(2048) : TestKeys.ec("secp256r1");
        Verification result = ReportVerifier.verify(file, Optional.of(publicKey(other, kind + "-other.pub")));
        assertThat(result).isInstanceOfSatisfying(Verification.Tampered.class,
                t -> assertThat(t.how()).isEqualTo(Tampering.BAD_SIGNATURE));
    }

    @Test
    public void keyOfTheOtherKindFindsABadSignature() throws Exception {
        byte[] file = SealedReports.signed(signer("rsa"));
        Verification result = ReportVerifier.verify(file, Optional.of(publicKey(ec, "ec-for-rsa.pub")));
        assertThat(result).isInstanceOfSatisfying(Verification.Tampered.class,
                t -> assertThat(t.how()).isEqualTo(Tampering.BAD_SIGNATURE));
    }

    @Test
    public void contentChangedAndDigestRecomputedStillFailsTheSignature() throws Exception {
        byte[] file = SealedReports.signed(signer("ec"));
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(file);
        tree.put("verdict", "CONFORMANT");
        ((ObjectNode) tree.at("/integrity/digest")).put("value",
                IntegrityMember.sha256Hex(IntegrityMember.protectedContent(tree)));
        byte[] forged = CanonicalJson.pretty(tree);

        assertThat(ReportVerifier.verify(forged, Optional.empty())).isInstanceOf(Verification.Valid.class)
                .satisfies(v -> assertThat(v.checked()).anyMatch(line -> line.contains("NOT CHECKED")));
        assertThat(ReportVerifier.verify(forged, Optional.of(publicKey(ec, "ec.pub"))))
                .isInstanceOfSatisfying(Verification.Tampered.class,
                        t -> assertThat(t.how()).isEqualTo(Tampering.BAD_SIGNATURE));
    }

    @Test
    public void everyCharacterOfTheSignatureValueIsProtected() throws Exception {
        byte[] file = SealedReports.signed(signer("ec"));
        String text = new String(file, StandardCharsets.UTF_8);
        String jws = new ObjectMapper().readTree(file).at("/integrity/signature/value").asText();
        int start = text.indexOf(jws);
        VerificationKey key = publicKey(ec, "ec.pub");
        for (int i = start; i < start + jws.length(); i++) {
            byte[] tampered = file.clone();
            tampered[i] = (byte) (file[i] == 'A' ? 'B' : 'A');
            assertThat(ReportVerifier.verify(tampered, Optional.of(key))).as("signature character %d", i - start)
                    .isNotInstanceOf(Verification.Valid.class);
        }
    }

    @Test
    public void removedSignatureIsFoundWhenAKeyIsGiven() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(SealedReports.signed(signer("rsa")));
        ((ObjectNode) tree.get("integrity")).remove("signature");
        byte[] stripped = CanonicalJson.pretty(tree);

        assertThat(ReportVerifier.verify(stripped, Optional.empty())).isInstanceOf(Verification.Valid.class);
        assertThat(ReportVerifier.verify(stripped, Optional.of(publicKey(rsa, "rsa.pub"))))
                .isInstanceOfSatisfying(Verification.Tampered.class,
                        t -> assertThat(t.how()).isEqualTo(Tampering.SIGNATURE_MISSING));
    }

    @Test
    public void embeddedCertificateChecksTheSignatureWhenNoKeyIsGiven() throws Exception {
        Path key = TestKeys.writePrivateKey(dir, "vendor.key", ec);
        Path cert = TestKeys.writeCertificate(dir, "vendor.crt", TestKeys.selfSigned(ec, "Vendor QA"));
        byte[] file = SealedReports.signed(SigningKeys.load(key, Optional.of(cert)));

        Verification embedded = ReportVerifier.verify(file, Optional.empty());
        assertThat(embedded).isInstanceOf(Verification.Valid.class);
        assertThat(embedded.checked()).anyMatch(line -> line.contains("embedded") && line.contains("CN=Vendor QA")
                && line.contains("not checked against any trust anchor"));

        Verification pinned = ReportVerifier.verify(file, Optional.of(VerificationKey.fromCertificateFile(cert)));
        assertThat(pinned).isInstanceOf(Verification.Valid.class);

        Path otherCert = TestKeys.writeCertificate(dir, "other.crt",
                TestKeys.selfSigned(TestKeys.ec("secp256r1"), "Someone Else"));
        assertThat(ReportVerifier.verify(file, Optional.of(VerificationKey.fromCertificateFile(otherCert))))
                .isInstanceOfSatisfying(Verification.Tampered.class,
                        t -> assertThat(t.how()).isEqualTo(Tampering.BAD_SIGNATURE));
    }
}
