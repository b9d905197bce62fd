package org.vcmtck.features.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.reports.integrity.CanonicalJson;
import org.vcmtck.reports.integrity.ReportSeal;
import org.vcmtck.reports.integrity.SigningKeys;

public class VerifyReportCommandTest {

    private Path dir;
    private Path signingKey;
    private Path publicKey;
    private Path otherPublicKey;
    private CapturedCli cli;

    @BeforeClass
    public void files() throws Exception {
        dir = Files.createTempDirectory("vcmtck-verify");
        KeyPair pair = ecPair();
        signingKey = pem(dir.resolve("signer.key"), "PRIVATE KEY", pair.getPrivate().getEncoded());
        publicKey = pem(dir.resolve("signer.pub"), "PUBLIC KEY", pair.getPublic().getEncoded());
        otherPublicKey = pem(dir.resolve("other.pub"), "PUBLIC KEY", ecPair().getPublic().getEncoded());
    }

    @AfterClass(alwaysRun = true)
    public void cleanUp() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @BeforeMethod
    public void freshOutput() {
        cli = new CapturedCli();
    }

    private static KeyPair ecPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static Path pem(Path file, String label, byte[] der) throws Exception {
        return Files.writeString(file, "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + label + "-----\n", StandardCharsets.US_ASCII);
    }

    private Path report(String name, boolean signed) throws Exception {
        ObjectNode report = new ObjectMapper().createObjectNode();
        report.put("formatVersion", 1);
        report.put("verdict", "NOT_CONFORMANT");
        report.putArray("standards").addObject().put("id", "DSP0243");
        ObjectNode sealed = ReportSeal.seal(report,
                signed ? Optional.of(SigningKeys.load(signingKey, Optional.empty())) : Optional.empty());
        return Files.write(dir.resolve(name), CanonicalJson.pretty(sealed));
    }

    @Test
    public void untouchedReportExitsZeroAndSaysWhatWasChecked() throws Exception {
        Path report = report("intact.json", false);
        assertThat(cli.execute("verify-report", report.toString())).isZero();
        assertThat(cli.out()).contains("digest: SHA-256").contains("signature: none").contains("is intact");
    }

    @Test
    public void oneChangedByteExitsOneNamingADigestMismatch() throws Exception {
        Path report = report("tampered.json", false);
        String text = Files.readString(report);
        Files.writeString(report, text.replace("DSP0243", "DSP0244"));
        assertThat(cli.execute("verify-report", report.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("digest mismatch");
    }

    @Test
    public void signedReportWithItsPublicKeyExitsZero() throws Exception {
        Path report = report("signed.json", true);
        assertThat(cli.execute("verify-report", report.toString(), "--public-key", publicKey.toString())).isZero();
        assertThat(cli.out()).contains("signature: valid ES256");
    }

    @Test
    public void signedReportWithAnotherKeyExitsOneNamingABadSignature() throws Exception {
        Path report = report("signed-other.json", true);
        assertThat(cli.execute("verify-report", report.toString(), "--public-key", otherPublicKey.toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("bad signature");
    }

    @Test
    public void signedReportWithoutAKeySaysTheSignatureWasNotChecked() throws Exception {
        Path report = report("signed-unchecked.json", true);
        assertThat(cli.execute("verify-report", report.toString())).isZero();
        assertThat(cli.out()).contains("NOT CHECKED");
    }

    @Test
    public void fileThatIsNotJsonExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("report.html"), "<html></html>");
        assertThat(cli.execute("verify-report", file.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("not JSON");
    }

    @Test
    public void reportWithoutIntegrityMemberExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("old.json"), "{\"formatVersion\": 1}");
        assertThat(cli.execute("verify-report", file.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no 'integrity' member");
    }

    @Test
    public void missingReportExitsTwo() {
        assertThat(cli.execute("verify-report", dir.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read");
    }

    @Test
    public void unreadableKeyExitsTwoNamingTheFile() throws Exception {
        Path report = report("key-missing.json", true);
        Path key = Files.writeString(dir.resolve("garbage.pub"), "not a key");
        assertThat(cli.execute("verify-report", report.toString(), "--cert", key.toString())).isEqualTo(2);
        assertThat(cli.err()).contains(key.toString()).contains("not a PEM file");
    }

    @Test
    public void certAndPublicKeyTogetherAreAUsageError() throws Exception {
        Path report = report("both.json", true);
        assertThat(cli.execute("verify-report", report.toString(), "--cert", publicKey.toString(), "--public-key",
                publicKey.toString())).isEqualTo(2);
    }

    @Test
    public void helpDocumentsTheExitCodes() {
        assertThat(cli.execute("verify-report", "--help")).isZero();
        assertThat(cli.out()).contains("--cert=FILE").contains("--public-key=FILE")
                .contains("1  the report was altered").contains("2  unusable input");
    }

    @Test
    public void topLevelHelpListsVerifyReportAndItsExitCodes() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.out()).contains("verify-report").contains("Exit codes of 'verify-report'");
    }

    @Test
    public void checkWithAnUnusableSigningKeyExitsTwoNamingTheFile() throws Exception {
        Path key = pem(dir.resolve("pkcs1.key"), "RSA PRIVATE KEY", new byte[] {1, 2, 3});
        assertThat(cli.execute("check", "--sign-key", key.toString(), "--out", dir.resolve("out").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains(key.toString()).contains("not PKCS#8");
    }

    @Test
    public void signCertWithoutSignKeyIsAUsageError() {
        assertThat(cli.execute("check", "--sign-cert", publicKey.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--sign-cert needs --sign-key");
    }
}
