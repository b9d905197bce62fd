package org.vcmtck.simulator.ovf.pkg;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.LoopbackServer;
import org.vcmtck.simulator.ovf.OvfFinding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS2;
import static org.vcmtck.simulator.ovf.PackageFixtures.bytes;
import static org.vcmtck.simulator.ovf.PackageFixtures.descriptor;
import static org.vcmtck.simulator.ovf.PackageFixtures.file;
import static org.vcmtck.simulator.ovf.PackageFixtures.manifest;
import static org.vcmtck.simulator.ovf.PackageFixtures.members;
import static org.vcmtck.simulator.ovf.PackageFixtures.sha256;
import static org.vcmtck.simulator.ovf.PackageFixtures.utf8;

/**
 * A folder package on disk whose Files are absolute http URLs (OVF-REF-006), one sent with Content-Encoding: gzip
 * (OVF-REF-009): fetched only by a reader asked to, digested as the file itself, and still refused by default.
 */
public class RemoteHrefTest {
    private final byte[] plain = bytes(5000, 7);
    private final byte[] encoded = bytes(9000, 8);
    private LoopbackServer server;
    private Path folder;

    @BeforeMethod
    public void start() throws Exception {
        server = new LoopbackServer();
        server.serve("/files/plain.img", plain).serve("/files/encoded.img", encoded).gzipEncode("/files/encoded.img");
        folder = Files.createTempDirectory("remote-href");
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private Path writePackage(byte[] manifestedEncoded) throws Exception {
        String plainHref = server.uri("/files/plain.img").toString();
        String encodedHref = server.uri("/files/encoded.img").toString();
        byte[] ovf = utf8(descriptor(NS2, file("f1", plainHref, plain.length) + file("f2", encodedHref, encoded.length)));
        Map<String, byte[]> listed = members("app.ovf", ovf, plainHref, plain, encodedHref, manifestedEncoded);
        Files.write(folder.resolve("app.ovf"), ovf);
        Files.write(folder.resolve("app.mf"), manifest(listed));
        return folder.resolve("app.ovf");
    }

    @Test
    public void aReaderAskedToFetchesAbsoluteHrefsAndUndoesContentEncoding() throws Exception {
        Path ovf = writePackage(encoded);
        OvfPackage p = new OvfPackageReader().withRequestTimeout(Duration.ofSeconds(20)).fetchingRemoteHrefs()
                .read(ovf);
        assertThat(p.findings()).isEmpty();
        String encodedHref = server.uri("/files/encoded.img").toString();
        assertThat(p.member(encodedHref).size()).isEqualTo(encoded.length);
        assertThat(p.member(encodedHref).digests().get(DigestAlgorithm.SHA256)).isEqualTo(sha256(encoded));
        assertThat(server.requests()).contains("GET /files/plain.img", "GET /files/encoded.img");
    }

    @Test
    public void aRemoteFileThatDoesNotMatchTheManifestIsFound() throws Exception {
        byte[] other = encoded.clone();
        other[10] ^= 1;
        Path ovf = writePackage(other);
        OvfPackage p = new OvfPackageReader().withRequestTimeout(Duration.ofSeconds(20)).fetchingRemoteHrefs()
                .read(ovf);
        assertThat(p.errors()).extracting(OvfFinding::requirementId).containsExactly("OVF-MF-008");
    }

    @Test
    public void byDefaultAbsoluteHrefsAreRefusedWithoutAConnection() throws Exception {
        Path ovf = writePackage(encoded);
        OvfPackage p = new OvfPackageReader().read(ovf);
        assertThat(p.errors()).extracting(OvfFinding::requirementId).contains("OVF-REF-006");
        assertThat(server.requests()).isEmpty();
    }
}
