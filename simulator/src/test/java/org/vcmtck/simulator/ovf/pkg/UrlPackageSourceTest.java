package org.vcmtck.simulator.ovf.pkg;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.LoopbackServer;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.Severity;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS2;
import static org.vcmtck.simulator.ovf.PackageFixtures.bytes;
import static org.vcmtck.simulator.ovf.PackageFixtures.descriptor;
import static org.vcmtck.simulator.ovf.PackageFixtures.file;
import static org.vcmtck.simulator.ovf.PackageFixtures.manifest;
import static org.vcmtck.simulator.ovf.PackageFixtures.members;
import static org.vcmtck.simulator.ovf.PackageFixtures.sha256;
import static org.vcmtck.simulator.ovf.PackageFixtures.tar;
import static org.vcmtck.simulator.ovf.PackageFixtures.utf8;

/** Packages read from http URLs served on the loopback interface. */
public class UrlPackageSourceTest {
    private final OvfPackageReader reader = new OvfPackageReader().withRequestTimeout(Duration.ofSeconds(20));
    private final byte[] disk = bytes(70_000, 3);
    private final byte[] iso = bytes(1234, 4);
    private LoopbackServer server;

    @BeforeMethod
    public void startServer() throws Exception {
        server = new LoopbackServer();
    }

    @AfterMethod(alwaysRun = true)
    public void stopServer() {
        server.close();
    }

    private Map<String, byte[]> conformant(String diskHref) {
        byte[] ovf = utf8(descriptor(NS2, file("f1", diskHref, disk.length) + file("f2", "media/cd.iso", iso.length)));
        byte[] mf = manifest(members("app.ovf", ovf, diskHref, disk, "media/cd.iso", iso));
        return members("app.ovf", ovf, "app.mf", mf, diskHref, disk, "media/cd.iso", iso);
    }

    private static List<String> ids(OvfPackage p) {
        return p.findings().stream().map(OvfFinding::requirementId).toList();
    }

    @Test
    public void anOvaUrlIsStreamedWithTheSameChecksAsAFile() throws Exception {
        server.serve("/dl/app.ova", tar(conformant("disk.vmdk")));
        OvfPackage p = reader.read(server.uri("/dl/app.ova"));
        assertThat(p.findings()).isEmpty();
        assertThat(p.form()).isEqualTo(PackageForm.OVA);
        assertThat(p.source()).isEqualTo(server.uri("/dl/app.ova").toString());
        assertThat(p.member("disk.vmdk").digests().get(DigestAlgorithm.SHA256)).isEqualTo(sha256(disk));
        assertThat(server.requests()).containsExactly("GET /dl/app.ova");
    }

    @Test
    public void aDigestMismatchInAnOvaUrlIsFound() throws Exception {
        Map<String, byte[]> m = conformant("disk.vmdk");
        byte[] changed = disk.clone();
        changed[100] ^= 1;
        m.put("disk.vmdk", changed);
        server.serve("/app.ova", tar(m));
        OvfPackage p = reader.read(server.uri("/app.ova"));
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-MF-008");
            assertThat(f.member()).isEqualTo("disk.vmdk");
        });
    }

    @Test
    public void anOvfUrlFetchesEachMemberRelativeToTheDescriptor() throws Exception {
        server.serveAll("/packages/app/", conformant("disk.vmdk"));
        OvfPackage p = reader.read(server.uri("/packages/app/app.ovf"));
        assertThat(p.findings()).isEmpty();
        assertThat(p.form()).isEqualTo(PackageForm.DIRECTORY);
        assertThat(p.manifest()).isNotNull();
        assertThat(p.members()).extracting(PackageMember::name)
                .containsExactly("app.ovf", "app.mf", "disk.vmdk", "media/cd.iso");
        assertThat(p.member("media/cd.iso").size()).isEqualTo(iso.length);
        assertThat(server.requests()).contains("GET /packages/app/media/cd.iso", "GET /packages/app/app.cert");
    }

    @Test
    public void hrefsWithSpacesArePercentEncoded() throws Exception {
        server.serveAll("/p/", conformant("disk%201.vmdk".replace("%20", " ")));
        OvfPackage p = reader.read(server.uri("/p/app.ovf"));
        assertThat(p.findings()).isEmpty();
        assertThat(server.requests()).contains("GET /p/disk%201.vmdk");
    }

    @Test
    public void gzipContentEncodingIsUndoneBeforeDigesting() throws Exception {
        server.serveAll("/p/", conformant("disk.vmdk")).gzipEncode("/p/disk.vmdk").gzipEncode("/p/app.ovf")
                .gzipEncode("/p/app.mf");
        OvfPackage p = reader.read(server.uri("/p/app.ovf"));
        assertThat(p.findings()).isEmpty();
        assertThat(p.member("disk.vmdk").size()).isEqualTo(disk.length);
    }

    @Test
    public void aMissingReferencedFileIsAFindingNamingTheUrlAndStatus() throws Exception {
        Map<String, byte[]> m = conformant("disk.vmdk");
        server.serveAll("/p/", m).status("/p/disk.vmdk", 503);
        OvfPackage p = reader.read(server.uri("/p/app.ovf"));
        assertThat(p.errors()).extracting(OvfFinding::requirementId).contains("OVF-REF-005");
        assertThat(p.errors()).anySatisfy(f -> assertThat(f.message())
                .contains(server.uri("/p/disk.vmdk").toString()).contains("503"));
        assertThat(p.member("media/cd.iso")).isNotNull();
    }

    @Test
    public void aDescriptorOrOvaTheServerRefusesThrowsWithUrlAndStatus() {
        server.status("/gone.ova", 410);
        URI ova = server.uri("/gone.ova");
        assertThatThrownBy(() -> reader.read(ova)).isInstanceOf(OvfPackageException.class)
                .hasMessageContaining(ova.toString()).hasMessageContaining("410");
        URI ovf = server.uri("/nothing/app.ovf");
        assertThatThrownBy(() -> reader.read(ovf)).isInstanceOf(OvfPackageException.class)
                .hasMessageContaining(ovf.toString()).hasMessageContaining("404");
    }

    @Test
    public void aManifestTheServerFailsOnIsNotTakenForAbsent() {
        server.serveAll("/p/", conformant("disk.vmdk")).status("/p/app.mf", 500);
        assertThatThrownBy(() -> reader.read(server.uri("/p/app.ovf"))).isInstanceOf(OvfPackageException.class)
                .hasMessageContaining("app.mf").hasMessageContaining("500");
    }

    @Test
    public void redirectsAreFollowedAndHrefsResolveAgainstTheUrlThatAnswered() throws Exception {
        server.redirect("/short/app.ova", "/real/app.ova").serve("/real/app.ova", tar(conformant("disk.vmdk")));
        assertThat(reader.read(server.uri("/short/app.ova")).findings()).isEmpty();

        server.redirect("/latest/app.ovf", "/v2/app.ovf").serveAll("/v2/", conformant("disk.vmdk"));
        OvfPackage p = reader.read(server.uri("/latest/app.ovf"));
        assertThat(p.findings()).isEmpty();
        assertThat(p.source()).isEqualTo(server.uri("/latest/app.ovf").toString());
        assertThat(server.requests()).contains("GET /v2/disk.vmdk").doesNotContain("GET /latest/disk.vmdk");
    }

    @Test
    public void hrefsThatLeaveThePackageAreNotFetched() throws Exception {
        byte[] ovf = utf8(descriptor(NS2, file("f1", "../secret.vmdk", 10)
                + file("f2", "http://elsewhere.invalid/x.vmdk", 10)));
        server.serve("/p/app.ovf", ovf).serve("/secret.vmdk", bytes(10, 1));
        OvfPackage p = reader.read(server.uri("/p/app.ovf"));
        assertThat(ids(p)).contains("OVF-REF-004", "OVF-REF-006");
        assertThat(server.requests()).noneMatch(r -> r.contains("secret"));
    }

    @Test
    public void aChunkedFileWithoutSizeIsProbedAndStreamedAcrossChunks() throws Exception {
        byte[] c0 = bytes(1000, 5);
        byte[] c1 = bytes(300, 6);
        byte[] ovf = utf8(descriptor(NS2, "<File ovf:id=\"f1\" ovf:href=\"big.vmdk\" ovf:chunkSize=\"1000\"/>"));
        server.serve("/p/app.ovf", ovf).serve("/p/big.vmdk.000000000", c0).serve("/p/big.vmdk.000000001", c1);
        OvfPackage p = reader.read(server.uri("/p/app.ovf"));
        assertThat(p.members()).extracting(PackageMember::name)
                .containsExactly("app.ovf", "big.vmdk.000000000", "big.vmdk.000000001");
        assertThat(p.member("big.vmdk.000000001").size()).isEqualTo(300);
        assertThat(p.errors()).isEmpty();
    }

    @Test
    public void aFileUrlIsReadAsAPath() throws Exception {
        Path dir = Files.createTempDirectory("url-file");
        try {
            Path ova = dir.resolve("x.ova");
            Files.write(ova, tar(conformant("disk.vmdk")));
            assertThat(reader.read(ova.toUri()).findings()).isEmpty();
            assertThat(reader.readLocation(ova.toString()).form()).isEqualTo(PackageForm.OVA);
        } finally {
            Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    public void readLocationTakesHttpUrls() throws Exception {
        server.serve("/pkg.ova", tar(conformant("disk.vmdk")));
        OvfPackage p = reader.readLocation(server.uri("/pkg.ova").toString());
        assertThat(p.findings()).extracting(OvfFinding::severity).doesNotContain(Severity.ERROR);
        assertThat(p.form()).isEqualTo(PackageForm.OVA);
    }

    @Test
    public void otherSchemesAreRefused() {
        assertThatThrownBy(() -> reader.read(URI.create("ftp://127.0.0.1/x.ova")))
                .isInstanceOf(OvfPackageException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> reader.withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
