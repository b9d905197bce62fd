package org.vcmtck.simulator.ovf.sign;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.Severity;
import org.vcmtck.simulator.ovf.export.ExportRequest;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.export.PackageFormat;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.vcmtck.simulator.ovf.xml.SecureXmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.simulator.ovf.PackageFixtures.tar;

public class PackageSignatureTest {
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Clock DURING_VALIDITY = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private Path dir;
    private SelfSignedCertificates.Generated identity;
    private PackageSigner signer;
    private Datacenter dc;
    private VirtualSystem system;

    @BeforeClass
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("ovf-sign-test");
        identity = SelfSignedCertificates.generate(dir.resolve("id"), "VCM-TCK test signer", ISSUED);
        signer = PackageSigner.fromPem(identity.keyFile(), identity.certificateFile());
        dc = InventoryGenerator.generate(1, 2, 7);
        system = dc.systems().get(0);
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static OvfPackageReader reader() {
        return new OvfPackageReader(SecureXmlReader.DEFAULT_MAX_BYTES,
                new SignatureCheck(Set.of(), DURING_VALIDITY));
    }

    private Map<String, byte[]> signedMembers(OvfVersion version, PackageSigner by) {
        return new LinkedHashMap<>(new OvfExporter(dc).members(List.of(system), null, version, "pkg", by));
    }

    private static OvfPackage readOva(Map<String, byte[]> members) throws Exception {
        return reader().readOva(new ByteArrayInputStream(tar(members)), "pkg.ova");
    }

    private static List<String> ids(OvfPackage p, Severity severity) {
        return p.findings().stream().filter(f -> f.severity() == severity).map(OvfFinding::requirementId).toList();
    }

    @Test
    public void aSignedOvaReadsBackWithOnlyTheSelfSignedWarning() throws Exception {
        Path ova = new OvfExporter(dc).export(ExportRequest.one(system.id(), OvfVersion.V2_0, PackageFormat.OVA,
                dir.resolve("ova")).signedBy(signer));
        OvfPackage p = reader().read(ova);
        assertThat(p.hasErrors()).as(p.findings().toString()).isFalse();
        assertThat(p.hasCertificate()).isTrue();
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-CERT-004");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("SELF_SIGNED_CERTIFICATE");
        });
        String base = ova.getFileName().toString().replace(".ova", "");
        assertThat(memberNames(ova)).containsExactly(base + ".ovf", base + ".mf", base + ".cert");
    }

    @Test
    public void aTrustedAnchorSilencesTheWarning() throws Exception {
        OvfPackageReader trusting = new OvfPackageReader(SecureXmlReader.DEFAULT_MAX_BYTES,
                new SignatureCheck(Set.of(identity.certificate()), DURING_VALIDITY));
        OvfPackage p = trusting.readOva(new ByteArrayInputStream(tar(signedMembers(OvfVersion.V2_0, signer))),
                "pkg.ova");
        assertThat(p.findings()).isEmpty();
    }

    @Test
    public void anExpiredCertificateIsAWarningNotAnError() throws Exception {
        OvfPackageReader later = new OvfPackageReader(SecureXmlReader.DEFAULT_MAX_BYTES, new SignatureCheck(
                Set.of(identity.certificate()), Clock.fixed(ISSUED.plus(Duration.ofDays(3 * 365)), ZoneOffset.UTC)));
        OvfPackage p = later.readOva(new ByteArrayInputStream(tar(signedMembers(OvfVersion.V2_0, signer))),
                "pkg.ova");
        assertThat(p.hasErrors()).isFalse();
        assertThat(p.findings()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-CERT-004");
            assertThat(f.message()).contains("expired");
        });
    }

    @Test
    public void version11SignsWithSha1AndVersion20WithSha256() throws Exception {
        for (OvfVersion v : List.of(OvfVersion.V1_1, OvfVersion.V2_0)) {
            Path out = dir.resolve("dir-" + v.name());
            Path ovf = new OvfExporter(dc).export(ExportRequest.one(system.id(), v, PackageFormat.DIRECTORY, out)
                    .signedBy(signer));
            String base = ovf.getFileName().toString().replace(".ovf", "");
            byte[] mf = Files.readAllBytes(out.resolve(base + ".mf"));
            String cert = Files.readString(out.resolve(base + ".cert"), StandardCharsets.US_ASCII);
            String token = v == OvfVersion.V1_1 ? "SHA1" : "SHA256";
            String prefix = token + "(" + base + ".mf)= ";
            assertThat(cert).startsWith(prefix).contains("-----BEGIN CERTIFICATE-----");
            // verified here with the JDK alone, not with the reader under test
            String hex = cert.substring(prefix.length(), cert.indexOf('\n'));
            Signature s = Signature.getInstance(token + "withRSA");
            s.initVerify(identity.certificate().getPublicKey());
            s.update(mf);
            assertThat(s.verify(HexFormat.of().parseHex(hex))).as(v.name()).isTrue();
            assertThat(ids(reader().read(ovf), Severity.ERROR)).isEmpty();
        }
    }

    @Test
    public void anUnsignedReExportRemovesTheOldCertificate() throws Exception {
        Path out = dir.resolve("re-export");
        ExportRequest unsigned = ExportRequest.one(system.id(), OvfVersion.V2_0, PackageFormat.DIRECTORY, out);
        Path ovf = new OvfExporter(dc).export(unsigned.signedBy(signer));
        Path cert = ovf.resolveSibling(ovf.getFileName().toString().replace(".ovf", ".cert"));
        assertThat(cert).exists();
        new OvfExporter(dc).export(unsigned);
        assertThat(cert).doesNotExist();
        assertThat(reader().read(ovf).findings()).isEmpty();
    }

    @Test
    public void signingIsDeterministicForOneKey() {
        assertThat(signedMembers(OvfVersion.V2_0, signer).get("pkg.cert"))
                .isEqualTo(signedMembers(OvfVersion.V2_0, signer).get("pkg.cert"));
    }

    @Test
    public void aManifestChangedAfterSigningFailsVerification() throws Exception {
        Map<String, byte[]> members = signedMembers(OvfVersion.V2_0, signer);
        byte[] mf = members.get("pkg.mf").clone();
        // LF -> CR keeps every manifest line (and digest) valid, so only the signature can notice
        assertThat(mf[mf.length - 1]).isEqualTo((byte) '\n');
        mf[mf.length - 1] = '\r';
        members.put("pkg.mf", mf);
        OvfPackage p = readOva(members);
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-CERT-003");
            assertThat(f.member()).isEqualTo("pkg.mf");
        });
    }

    @Test
    public void aCertificateWithoutAManifestIsAnError() throws Exception {
        Map<String, byte[]> members = signedMembers(OvfVersion.V2_0, signer);
        members.remove("pkg.mf");
        OvfPackage p = readOva(members);
        assertThat(ids(p, Severity.ERROR)).containsExactly("OVF-CERT-001");
    }

    @Test
    public void garbageInTheCertificateFileIsAnError() throws Exception {
        Map<String, byte[]> members = signedMembers(OvfVersion.V2_0, signer);
        members.put("pkg.cert", "this is not a certificate\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ids(readOva(members), Severity.ERROR)).containsExactly("OVF-CERT-002");

        String line = new String(signedMembers(OvfVersion.V2_0, signer).get("pkg.cert"), StandardCharsets.US_ASCII)
                .lines().findFirst().orElseThrow();
        members.put("pkg.cert", (line + "\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII));
        OvfPackage p = readOva(members);
        assertThat(ids(p, Severity.ERROR)).containsExactly("OVF-CERT-002");
        assertThat(p.errors().get(0).member()).isEqualTo("pkg.cert");
    }

    @Test
    public void aSignatureLineNamingAnotherManifestIsAnError() throws Exception {
        Map<String, byte[]> members = signedMembers(OvfVersion.V2_0, signer);
        String cert = new String(members.get("pkg.cert"), StandardCharsets.US_ASCII);
        members.put("pkg.cert", cert.replaceFirst("\\(pkg\\.mf\\)", "(other.mf)").getBytes(StandardCharsets.US_ASCII));
        assertThat(ids(readOva(members), Severity.ERROR)).containsExactly("OVF-CERT-002");
    }

    @Test
    public void aKeyOfAnotherCertificateIsRefused() throws Exception {
        SelfSignedCertificates.Generated other = SelfSignedCertificates.generate(dir.resolve("other"), "other",
                ISSUED);
        assertThatThrownBy(() -> PackageSigner.fromPem(other.keyFile(), identity.certificateFile()))
                .isInstanceOf(KeyMaterialException.class)
                .hasMessageContaining("the private key does not match the certificate")
                .hasMessageContaining(other.keyFile().toString());
    }

    @Test
    public void unreadableKeyMaterialNamesTheFile() throws Exception {
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "hello\n");
        assertThatThrownBy(() -> PemFiles.readPrivateKey(junk)).isInstanceOf(KeyMaterialException.class)
                .hasMessageContaining(junk.toString()).hasMessageContaining("private key");
        assertThatThrownBy(() -> PemFiles.readCertificates(junk)).isInstanceOf(KeyMaterialException.class)
                .hasMessageContaining(junk.toString()).hasMessageContaining("certificate");
        assertThatThrownBy(() -> PemFiles.readPrivateKey(dir.resolve("absent.key")))
                .isInstanceOf(KeyMaterialException.class).hasMessageContaining("absent.key");
    }

    @Test
    public void generatedKeysArePkcs8AndPkcs1KeysAreReadToo() throws Exception {
        assertThat(Files.readString(identity.keyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        PrivateKey key = PemFiles.readPrivateKey(identity.keyFile());
        String pkcs1 = PemFiles.pem(key);
        assertThat(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        Path file = dir.resolve("pkcs1.key");
        Files.writeString(file, pkcs1);
        PackageSigner fromPkcs1 = PackageSigner.fromPem(file, identity.certificateFile());
        assertThat(signedMembers(OvfVersion.V2_0, fromPkcs1).get("pkg.cert"))
                .isEqualTo(signedMembers(OvfVersion.V2_0, signer).get("pkg.cert"));
    }

    @Test
    public void anEcKeySignsWithEcdsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name("CN=ec signer");
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.TWO, Date.from(ISSUED), Date.from(ISSUED.plus(Duration.ofDays(365))), name,
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        Path key = dir.resolve("ec.key");
        Path crt = dir.resolve("ec.crt");
        Files.writeString(key, PemFiles.pem(new JcaPKCS8Generator(pair.getPrivate(), null)));
        Files.writeString(crt, PemFiles.pem(cert));
        PackageSigner ec = PackageSigner.fromPem(key, crt);
        Map<String, byte[]> members = signedMembers(OvfVersion.V2_0, ec);
        String line = new String(members.get("pkg.cert"), StandardCharsets.US_ASCII).lines().findFirst()
                .orElseThrow();
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initVerify(cert.getPublicKey());
        s.update(members.get("pkg.mf"));
        assertThat(s.verify(HexFormat.of().parseHex(line.substring(line.indexOf("= ") + 2)))).isTrue();
        assertThat(ids(readOva(members), Severity.ERROR)).isEmpty();
    }

    private static List<String> memberNames(Path ova) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(ova); TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
