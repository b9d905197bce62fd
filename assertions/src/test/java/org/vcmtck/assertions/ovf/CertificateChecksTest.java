package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * The producer-side certificate checks (OVF-CERT-002..004) on packages signed in the test with throw-away keys:
 * each passes on a correctly signed package and fails, naming requirement, package and member, on a broken one.
 */
public class CertificateChecksTest {

    /** Inside the validity of the committed good certificates (2020-01-01 .. 2120-01-01). */
    private static final Instant FIXED_TIME = Instant.parse("2021-06-01T00:00:00Z");

    private static final String V2 = SampleDescriptors.GOOD.replace("http://schemas.dmtf.org/ovf/envelope/1",
            "http://schemas.dmtf.org/ovf/envelope/2");

    private Path folder;

    @BeforeMethod
    public void freshFolder() throws IOException {
        folder = Files.createTempDirectory("ovf-cert");
    }

    /** The sample's files with a manifest (token) and the given certificate file right after the descriptor. */
    private static List<Map.Entry<String, byte[]>> members(String descriptor, byte[] manifest, String certificate) {
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(TestPackages.goodFiles(descriptor).entrySet());
        members.add(1, Map.entry("app.mf", manifest));
        members.add(2, Map.entry("app.cert", certificate.getBytes(StandardCharsets.US_ASCII)));
        return members;
    }

    private static byte[] manifest(String descriptor, String token) {
        return TestPackages.manifest(TestPackages.goodFiles(descriptor), token).getBytes(StandardCharsets.US_ASCII);
    }

    private RawOvfPackage ova(List<Map.Entry<String, byte[]>> members) throws Exception {
        return OvfPackageReader.read(TestPackages.ova(folder, "app.ova", members));
    }

    /** A package of the descriptor whose manifest (token) is signed by the signer with the signature token. */
    private RawOvfPackage signed(String descriptor, String manifestToken, TestSigning.Signer signer, String sigToken)
            throws Exception {
        byte[] manifest = manifest(descriptor, manifestToken);
        return ova(members(descriptor, manifest, signer.certificateFile(sigToken, "app.mf", manifest)));
    }

    private RawOvfPackage withCertificateText(String certificate) throws Exception {
        return ova(members(SampleDescriptors.GOOD, manifest(SampleDescriptors.GOOD, "SHA1"), certificate));
    }

    private static void failsWith(RawOvfPackage pkg, Consumer<OvfPackageAssert> check, String requirementId,
            String... details) {
        assertThatThrownBy(() -> check.accept(OvfAssertions.assertThat(pkg)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(requirementId)
                .hasMessageContaining(pkg.displayName())
                .hasMessageContaining("app.cert")
                .hasMessageContainingAll(details);
    }

    @Test
    public void aSignedConformantOvaPassesEveryCertificateAndPackageCheck() throws Exception {
        RawOvfPackage pkg = signed(SampleDescriptors.GOOD, "SHA1", TestSigning.RSA, "SHA1");
        assertThat(PackageSubject.CERTIFICATE.count(pkg)).isEqualTo(1);
        OvfAssertions.assertThat(pkg)
                .hasSingleDescriptor().hasManifestAndCertificateTogether().hasManifestCoveringEveryFile()
                .hasNoManifestSelfEntries().hasMatchingManifestDigests().hasManifestNamedAfterDescriptor()
                .hasCertificateOnlyWithManifest().hasWellFormedCertificateFile().hasVerifyingManifestSignature()
                .hasSigningCertificateValidAt(FIXED_TIME);
    }

    @Test
    public void theCommittedTestCertificatesCoverTheirWholeIntendedValidity() throws Exception {
        // every test that judges the good certificates at "now" relies on this span, not on the machine clock
        for (TestSigning.Signer signer : List.of(TestSigning.RSA, TestSigning.EC)) {
            RawOvfPackage pkg = signed(SampleDescriptors.GOOD, "SHA1", signer, "SHA1");
            OvfAssertions.assertThat(pkg)
                    .hasSigningCertificateValidAt(Instant.parse("2020-01-01T00:00:00Z"))
                    .hasSigningCertificateValidAt(Instant.parse("2119-12-31T23:59:59Z"));
        }
    }

    @Test
    public void aPackageWithoutCertificateHasNoCertificateSubjectAndFailsTheChecks() throws Exception {
        RawOvfPackage unsigned = ova(TestPackages.goodMembersWithManifest());
        assertThat(PackageSubject.CERTIFICATE.count(unsigned)).isZero();
        assertThatThrownBy(() -> OvfAssertions.assertThat(unsigned).hasWellFormedCertificateFile())
                .hasMessageContaining("OVF-CERT-002").hasMessageContaining("no certificate");
        assertThatThrownBy(() -> OvfAssertions.assertThat(unsigned).hasVerifyingManifestSignature())
                .hasMessageContaining("OVF-CERT-003").hasMessageContaining("no certificate");
        assertThatThrownBy(() -> OvfAssertions.assertThat(unsigned).hasCurrentlyValidSigningCertificate())
                .hasMessageContaining("OVF-CERT-004").hasMessageContaining("no certificate");
    }

    // ---- OVF-CERT-002 ------------------------------------------------------------------------------------------

    @Test
    public void certificateFileNamesTheManifestItSigns() throws Exception {
        byte[] manifest = manifest(SampleDescriptors.GOOD, "SHA1");
        String wrongName = TestSigning.RSA.certificateFile("SHA1", "other.mf", manifest);
        failsWith(withCertificateText(wrongName), OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002",
                "a signature of \"other.mf\"", "the package's manifest \"app.mf\"");
    }

    @Test
    public void certificateFileHoldsParsableX509Blocks() throws Exception {
        byte[] manifest = manifest(SampleDescriptors.GOOD, "SHA1");
        String line = "SHA1(app.mf)= " + TestSigning.RSA.sign("SHA1", manifest) + "\n";
        String garbage = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getEncoder().encodeToString("this is not DER".getBytes(StandardCharsets.US_ASCII))
                + "\n-----END CERTIFICATE-----\n";
        failsWith(withCertificateText(line + garbage), OvfPackageAssert::hasWellFormedCertificateFile,
                "OVF-CERT-002", "certificate block 1", "not a DER X.509 certificate");
        failsWith(withCertificateText(line + "-----BEGIN CERTIFICATE-----\n%%%%\n-----END CERTIFICATE-----\n"),
                OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002", "not base64");
        failsWith(withCertificateText(line), OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002",
                "no -----BEGIN CERTIFICATE----- block");
        // a second, broken block is reported even though the signer's block is fine
        failsWith(withCertificateText(line + TestSigning.RSA.certificatePem() + garbage),
                OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002", "certificate block 2");
    }

    @Test
    public void theSignatureLineComesFirstInTheExactForm() throws Exception {
        byte[] manifest = manifest(SampleDescriptors.GOOD, "SHA1");
        String signature = TestSigning.RSA.sign("SHA1", manifest);
        failsWith(withCertificateText(TestSigning.RSA.certificatePem() + "SHA1(app.mf)= " + signature + "\n"),
                OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002", "after the certificates");
        failsWith(withCertificateText("SHA1 (app.mf) = " + signature + "\n" + TestSigning.RSA.certificatePem()),
                OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002", "\"SHA1 (app.mf) = ");
        failsWith(withCertificateText("SHA1(app.mf)= " + signature.substring(1) + "\n"
                        + TestSigning.RSA.certificatePem()),
                OvfPackageAssert::hasWellFormedCertificateFile, "OVF-CERT-002", "odd length");
    }

    // ---- OVF-CERT-003 ------------------------------------------------------------------------------------------

    @Test
    public void signaturesVerifyWithRsaAndEcKeysInBothVersions() throws Exception {
        OvfAssertions.assertThat(signed(V2, "SHA256", TestSigning.RSA, "SHA256")).hasVerifyingManifestSignature()
                .hasWellFormedCertificateFile();
        OvfAssertions.assertThat(signed(V2, "SHA256", TestSigning.EC, "SHA256")).hasVerifyingManifestSignature()
                .hasWellFormedCertificateFile();
        OvfAssertions.assertThat(signed(V2, "SHA1", TestSigning.RSA, "SHA1")).hasVerifyingManifestSignature();
        OvfAssertions.assertThat(signed(SampleDescriptors.GOOD, "SHA1", TestSigning.EC, "SHA1"))
                .hasVerifyingManifestSignature();
    }

    @Test
    public void aTamperedManifestFailsVerification() throws Exception {
        byte[] manifest = manifest(SampleDescriptors.GOOD, "SHA1");
        String certificate = TestSigning.RSA.certificateFile("SHA1", "app.mf", manifest);
        byte[] tampered = manifest.clone();
        tampered[tampered.length - 2] = (byte) (tampered[tampered.length - 2] == 'a' ? 'b' : 'a');
        RawOvfPackage pkg = ova(members(SampleDescriptors.GOOD, tampered, certificate));
        failsWith(pkg, OvfPackageAssert::hasVerifyingManifestSignature, "OVF-CERT-003", "does not verify",
                tampered.length + " bytes of app.mf", "CN=vcmtck-test");
        // the form is still fine: only the signature is wrong
        OvfAssertions.assertThat(pkg).hasWellFormedCertificateFile();
    }

    @Test
    public void theSignatureIsMadeWithTheCertificatesKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        byte[] manifest = manifest(SampleDescriptors.GOOD, "SHA1");
        String certificate = "SHA1(app.mf)= " + TestSigning.signWith(other.getPrivate(), "SHA1", manifest) + "\n"
                + TestSigning.RSA.certificatePem();
        failsWith(ova(members(SampleDescriptors.GOOD, manifest, certificate)),
                OvfPackageAssert::hasVerifyingManifestSignature, "OVF-CERT-003", "does not verify");
    }

    @Test
    public void theSignatureAlgorithmFollowsTheOvfVersion() throws Exception {
        // a valid SHA256 signature is still wrong in a 1.x package
        failsWith(signed(SampleDescriptors.GOOD, "SHA1", TestSigning.RSA, "SHA256"),
                OvfPackageAssert::hasVerifyingManifestSignature, "OVF-CERT-003", "SHA256 in an OVF 1.x package",
                "expected SHA1");
        OvfAssertions.assertThat(signed(V2, "SHA256", TestSigning.RSA, "SHA512")).hasVerifyingManifestSignature();
        byte[] manifest = manifest(V2, "SHA256");
        String md5 = "MD5(app.mf)= " + TestSigning.RSA.sign("SHA256", manifest) + "\n"
                + TestSigning.RSA.certificatePem();
        failsWith(ova(members(V2, manifest, md5)), OvfPackageAssert::hasVerifyingManifestSignature,
                "OVF-CERT-003", "MD5 in an OVF 2.x package", "SHA1 or SHA256");
    }

    @Test
    public void theSignatureCoversTheManifestBytesExactlyAsStored() throws Exception {
        // a Latin-1 byte that is not UTF-8: decoding and re-encoding the text would change what is verified
        byte[] text = manifest(SampleDescriptors.GOOD, "SHA1");
        byte[] manifest = new byte[text.length + 2];
        System.arraycopy(text, 0, manifest, 0, text.length);
        manifest[text.length] = (byte) 0xE9;
        manifest[text.length + 1] = '\n';
        String certificate = TestSigning.RSA.certificateFile("SHA1", "app.mf", manifest);
        OvfAssertions.assertThat(ova(members(SampleDescriptors.GOOD, manifest, certificate)))
                .hasVerifyingManifestSignature();
    }

    // ---- OVF-CERT-004 ------------------------------------------------------------------------------------------

    @Test
    public void anExpiredSigningCertificateIsReportedWithItsDates() throws Exception {
        RawOvfPackage pkg = signed(SampleDescriptors.GOOD, "SHA1", TestSigning.EXPIRED, "SHA1");
        OvfAssertions.assertThat(pkg).hasWellFormedCertificateFile().hasVerifyingManifestSignature()
                .hasSigningCertificateValidAt(Instant.parse("2000-06-01T00:00:00Z"));
        failsWith(pkg, OvfPackageAssert::hasCurrentlyValidSigningCertificate, "OVF-CERT-004",
                "expired at 2001-01-01T00:00:00Z", "notBefore 2000-01-01T00:00:00Z", "CN=vcmtck-test-expired");
    }

    @Test
    public void aSigningCertificateNotYetValidIsReported() throws Exception {
        RawOvfPackage pkg = signed(SampleDescriptors.GOOD, "SHA1", TestSigning.RSA, "SHA1");
        failsWith(pkg, p -> p.hasSigningCertificateValidAt(Instant.parse("2001-01-01T00:00:00Z")), "OVF-CERT-004",
                "not valid before", "check time 2001-01-01T00:00:00Z");
    }

    @Test
    public void validityNeedsAReadableSigningCertificate() throws Exception {
        failsWith(withCertificateText("SHA1(app.mf)= 00\n"), OvfPackageAssert::hasCurrentlyValidSigningCertificate,
                "OVF-CERT-004", "no readable first certificate");
    }
}
