package org.vcmtck.simulator.ovf.sign;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.Severity;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.simulator.ovf.PackageFixtures.tar;

/** Chains of package certificates validated against trust anchors loaded from PEM files. */
public class TrustAnchorsTest {
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock DURING = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Clock AFTER_SIGNER_EXPIRED = Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"),
            ZoneOffset.UTC);

    private Path dir;
    private Issued root;
    private Issued intermediate;
    private Issued signer;
    private Issued otherRoot;
    private Datacenter dc;

    private record Issued(KeyPair keys, X509Certificate certificate) {
    }

    @BeforeClass
    public void makeChain() throws Exception {
        dir = Files.createTempDirectory("trust-anchors");
        root = issue("CN=Test Root CA", null, true, Duration.ofDays(3650));
        intermediate = issue("CN=Test Intermediate CA", root, true, Duration.ofDays(1825));
        signer = issue("CN=Package Signer", intermediate, false, Duration.ofDays(180));
        otherRoot = issue("CN=Unrelated Root CA", null, true, Duration.ofDays(3650));
        dc = InventoryGenerator.generate(1, 2, 7);
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Issued issue(String subject, Issued issuer, boolean ca, Duration validity) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name issuerName = new X500Name(issuer == null ? subject
                : issuer.certificate().getSubjectX500Principal().getName());
        PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.keys().getPrivate();
        PublicKey publicKey = keys.getPublic();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                BigInteger.valueOf(subject.hashCode() & 0x7fffffff), Date.from(ISSUED),
                Date.from(ISSUED.plus(validity)), new X500Name(subject), publicKey);
        builder.addExtension(Extension.basicConstraints, true, ca ? new BasicConstraints(1) : new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature));
        return new Issued(keys, new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey))));
    }

    private Path pem(String name, X509Certificate... certificates) throws IOException {
        StringBuilder text = new StringBuilder();
        for (X509Certificate c : certificates) {
            text.append(PemFiles.pem(c));
        }
        return Files.writeString(dir.resolve(name), text);
    }

    private Map<String, byte[]> signedPackage(List<X509Certificate> chain) throws Exception {
        PackageSigner by = PackageSigner.of(signer.keys().getPrivate(), chain);
        return new OvfExporter(dc).members(List.of(dc.systems().get(0)), null, OvfVersion.V2_0, "pkg", by);
    }

    private static OvfPackage read(SignatureCheck check, Map<String, byte[]> members) throws Exception {
        return new OvfPackageReader(check).readOva(new ByteArrayInputStream(tar(members)), "pkg.ova");
    }

    @Test
    public void aChainUpToALoadedAnchorIsTrustedWithoutFindings() throws Exception {
        TrustAnchors anchors = TrustAnchors.load(List.of(pem("root.pem", root.certificate())));
        OvfPackage p = read(SignatureCheck.requiring(anchors, DURING),
                signedPackage(List.of(signer.certificate(), intermediate.certificate())));
        assertThat(p.findings()).isEmpty();
    }

    @Test
    public void aFileWithSeveralCertificatesGivesEveryOneAsAnAnchor() throws Exception {
        TrustAnchors anchors = TrustAnchors.load(List.of(pem("bundle.pem", otherRoot.certificate(),
                root.certificate())));
        assertThat(anchors.certificates()).containsExactlyInAnyOrder(otherRoot.certificate(), root.certificate());
        assertThat(anchors.sources()).hasSize(1);
        assertThat(SignatureCheck.requiring(anchors, DURING)
                .validateChain(List.of(signer.certificate(), intermediate.certificate())))
                .hasValueSatisfying(v -> assertThat(v.trusted()).isTrue());
    }

    @Test
    public void anIntermediateAnchorIsEnoughWhenTheChainStopsThere() throws Exception {
        TrustAnchors anchors = TrustAnchors.of(Set.of(intermediate.certificate()));
        assertThat(SignatureCheck.requiring(anchors, DURING).validateChain(List.of(signer.certificate())))
                .hasValueSatisfying(v -> assertThat(v.status()).isEqualTo(ChainVerdict.Status.TRUSTED));
    }

    @Test
    public void anUntrustedChainIsAnErrorNamingWhereItStopped() throws Exception {
        TrustAnchors anchors = TrustAnchors.load(List.of(pem("other.pem", otherRoot.certificate())));
        OvfPackage p = read(SignatureCheck.requiring(anchors, DURING),
                signedPackage(List.of(signer.certificate(), intermediate.certificate())));
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-CERT-004");
            assertThat(f.member()).isEqualTo("pkg.cert");
            assertThat(f.message()).contains("UNTRUSTED_CERTIFICATE").contains("CN=Test Intermediate CA")
                    .contains("CN=Test Root CA");
        });
    }

    @Test
    public void aMissingIntermediateLeavesTheChainUntrusted() throws Exception {
        ChainVerdict v = SignatureCheck.requiring(TrustAnchors.of(Set.of(root.certificate())), DURING)
                .validateChain(List.of(signer.certificate())).orElseThrow();
        assertThat(v.status()).isEqualTo(ChainVerdict.Status.UNTRUSTED);
        assertThat(v.stoppedAt()).isEqualTo("CN=Package Signer");
    }

    @Test
    public void withoutRequiringTrustTheSameChainIsOnlyAWarning() throws Exception {
        OvfPackage p = read(new SignatureCheck(Set.of(otherRoot.certificate()), DURING),
                signedPackage(List.of(signer.certificate(), intermediate.certificate())));
        assertThat(p.hasErrors()).isFalse();
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("UNTRUSTED_CERTIFICATE");
        });
    }

    @Test
    public void anExpiredSignerIsAnErrorWhenTrustIsRequired() throws Exception {
        OvfPackage p = read(SignatureCheck.requiring(TrustAnchors.of(Set.of(root.certificate())),
                AFTER_SIGNER_EXPIRED), signedPackage(List.of(signer.certificate(), intermediate.certificate())));
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-CERT-004");
            assertThat(f.message()).contains("EXPIRED_CERTIFICATE").contains("CN=Package Signer");
        });
    }

    @Test
    public void aBadSignatureIsStillOvfCert003EvenFromATrustedSigner() throws Exception {
        Map<String, byte[]> members = new java.util.LinkedHashMap<>(
                signedPackage(List.of(signer.certificate(), intermediate.certificate())));
        byte[] mf = members.get("pkg.mf").clone();
        mf[mf.length - 1] = '\r';
        members.put("pkg.mf", mf);
        OvfPackage p = read(SignatureCheck.requiring(TrustAnchors.of(Set.of(root.certificate())), DURING), members);
        assertThat(p.errors()).extracting(OvfFinding::requirementId).containsExactly("OVF-CERT-003");
    }

    @Test
    public void anUnsignedPackageIsNotAffectedByAnchors() throws Exception {
        Map<String, byte[]> members = new OvfExporter(dc).members(List.of(dc.systems().get(0)), null,
                OvfVersion.V2_0, "pkg", null);
        assertThat(read(SignatureCheck.requiring(TrustAnchors.of(Set.of(root.certificate())), DURING), members)
                .findings()).isEmpty();
    }

    @Test
    public void unusableAnchorFilesAreRefusedByName() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "no certificate here\n");
        assertThatThrownBy(() -> TrustAnchors.load(List.of(junk))).isInstanceOf(KeyMaterialException.class)
                .hasMessageContaining(junk.toString());
        assertThatThrownBy(() -> SignatureCheck.requiring(TrustAnchors.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SignatureCheck.untrusting().validateChain(List.of(signer.certificate()))).isEmpty();
    }
}
