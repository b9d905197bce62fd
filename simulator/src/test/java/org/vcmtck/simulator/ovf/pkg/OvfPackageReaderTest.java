package org.vcmtck.simulator.ovf.pkg;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS1;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS2;
import static org.vcmtck.simulator.ovf.PackageFixtures.bytes;
import static org.vcmtck.simulator.ovf.PackageFixtures.descriptor;
import static org.vcmtck.simulator.ovf.PackageFixtures.file;
import static org.vcmtck.simulator.ovf.PackageFixtures.gzip;
import static org.vcmtck.simulator.ovf.PackageFixtures.manifest;
import static org.vcmtck.simulator.ovf.PackageFixtures.members;
import static org.vcmtck.simulator.ovf.PackageFixtures.sha1;
import static org.vcmtck.simulator.ovf.PackageFixtures.sha256;
import static org.vcmtck.simulator.ovf.PackageFixtures.tar;
import static org.vcmtck.simulator.ovf.PackageFixtures.utf8;

public class OvfPackageReaderTest {
    private final OvfPackageReader reader = new OvfPackageReader();
    private final byte[] disk = bytes(5000, 1);
    private final byte[] iso = bytes(777, 2);
    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf-pkg-test");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private byte[] twoFileDescriptor() {
        return utf8(descriptor(NS2, file("f1", "disk.vmdk", disk.length) + file("f2", "cd.iso", iso.length)));
    }

    private Map<String, byte[]> conformant() {
        byte[] ovf = twoFileDescriptor();
        byte[] mf = manifest(members("app.ovf", ovf, "disk.vmdk", disk, "cd.iso", iso));
        return members("app.ovf", ovf, "app.mf", mf, "disk.vmdk", disk, "cd.iso", iso);
    }

    private OvfPackage ova(Map<String, byte[]> m) throws OvfPackageException {
        return reader.readOva(new ByteArrayInputStream(tar(m)), "test.ova");
    }

    private static List<String> ids(OvfPackage p) {
        return p.findings().stream().map(OvfFinding::requirementId).toList();
    }

    @Test
    public void readsAConformantOvaInOnePass() throws Exception {
        OvfPackage p = ova(conformant());
        assertThat(p.findings()).isEmpty();
        assertThat(p.form()).isEqualTo(PackageForm.OVA);
        assertThat(p.members()).extracting(PackageMember::name)
                .containsExactly("app.ovf", "app.mf", "disk.vmdk", "cd.iso");
        PackageMember d = p.member("disk.vmdk");
        assertThat(d.size()).isEqualTo(disk.length);
        assertThat(d.role()).isEqualTo(MemberRole.FILE);
        assertThat(d.fileId()).isEqualTo("f1");
        assertThat(d.digests()).containsOnlyKeys(DigestAlgorithm.SHA256)
                .containsEntry(DigestAlgorithm.SHA256, sha256(disk));
        assertThat(p.manifest().entries()).hasSize(3);
    }

    @Test
    public void computesAllDigestsWhenNoManifestPrecedesTheFiles() throws Exception {
        byte[] ovf = twoFileDescriptor();
        OvfPackage p = ova(members("app.ovf", ovf, "disk.vmdk", disk, "cd.iso", iso));
        assertThat(p.findings()).isEmpty();
        assertThat(p.manifest()).isNull();
        assertThat(p.member("cd.iso").digests()).containsEntry(DigestAlgorithm.SHA1, sha1(iso))
                .containsEntry(DigestAlgorithm.SHA256, sha256(iso)).containsKey(DigestAlgorithm.SHA512);
    }

    @Test
    public void acceptsTheManifestAtTheEnd() throws Exception {
        byte[] ovf = twoFileDescriptor();
        byte[] mf = manifest(members("app.ovf", ovf, "disk.vmdk", disk, "cd.iso", iso));
        OvfPackage p = ova(members("app.ovf", ovf, "disk.vmdk", disk, "cd.iso", iso, "app.mf", mf));
        assertThat(p.findings()).isEmpty();
    }

    @Test
    public void readsFromAnyStreamLikeStandardInput() throws Exception {
        byte[] archive = tar(conformant());
        java.io.InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(archive)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        OvfPackage p = reader.readOva(trickle, "-");
        assertThat(p.findings()).isEmpty();
        assertThat(p.source()).isEqualTo("-");
    }

    @Test
    public void refusesParentTraversalMembers() throws Exception {
        Map<String, byte[]> m = conformant();
        m.put("../evil", utf8("x"));
        OvfPackage p = ova(m);
        assertThat(p.errors()).anySatisfy(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-PKG-012");
            assertThat(f.member()).isEqualTo("../evil");
        });
    }

    @Test
    public void refusesAbsoluteAndBackslashMembers() throws Exception {
        Map<String, byte[]> m = conformant();
        m.put("/etc/evil", utf8("x"));
        m.put("a\\b", utf8("y"));
        OvfPackage p = ova(m);
        assertThat(p.errors()).filteredOn(f -> f.requirementId().equals("OVF-PKG-012"))
                .extracting(OvfFinding::member).containsExactly("/etc/evil", "a\\b");
    }

    @Test
    public void reportsADescriptorThatIsNotFirst() throws Exception {
        byte[] ovf = twoFileDescriptor();
        OvfPackage p = ova(members("disk.vmdk", disk, "app.ovf", ovf, "cd.iso", iso));
        assertThat(p.errors()).anySatisfy(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-PKG-007");
            assertThat(f.member()).isEqualTo("app.ovf");
        });
        // the early member was still digested, with every algorithm since no manifest was known
        assertThat(p.member("disk.vmdk").digests()).containsEntry(DigestAlgorithm.SHA256, sha256(disk));
    }

    @Test
    public void reportsFilesOutOfReferencesOrder() throws Exception {
        byte[] ovf = twoFileDescriptor();
        assertThat(ids(ova(members("app.ovf", ovf, "cd.iso", iso, "disk.vmdk", disk)))).contains("OVF-PKG-008");
    }

    @Test
    public void reportsASplitManifestAndCertificate() throws Exception {
        Map<String, byte[]> m = conformant();
        m.put("app.cert", utf8("cert"));
        assertThat(ids(ova(m))).contains("OVF-PKG-009");
    }

    @Test
    public void reportsADigestMismatchNamingTheMember() throws Exception {
        Map<String, byte[]> m = conformant();
        byte[] flipped = disk.clone();
        flipped[1234] ^= 0x01;
        m.put("disk.vmdk", flipped);
        OvfPackage p = ova(m);
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-MF-008");
            assertThat(f.member()).isEqualTo("disk.vmdk");
            assertThat(f.message()).contains(sha256(disk)).contains(sha256(flipped));
        });
    }

    @Test
    public void reportsManifestGapsAndExtras() throws Exception {
        byte[] ovf = twoFileDescriptor();
        byte[] mf = manifest(members("disk.vmdk", disk, "notes.txt", utf8("n"), "app.mf", utf8("")));
        OvfPackage p = ova(members("app.ovf", ovf, "app.mf", mf, "disk.vmdk", disk, "cd.iso", iso));
        assertThat(ids(p)).contains("OVF-MF-005", "OVF-MF-006", "OVF-MF-007");
        assertThat(p.errors()).anySatisfy(f -> assertThat(f.message()).contains("cd.iso").contains("not listed"));
    }

    @Test
    public void reportsAMissingReferencedFile() throws Exception {
        byte[] ovf = twoFileDescriptor();
        OvfPackage p = ova(members("app.ovf", ovf, "disk.vmdk", disk));
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-REF-005");
            assertThat(f.member()).isEqualTo("cd.iso");
        });
    }

    @Test
    public void reportsASizeLie() throws Exception {
        byte[] ovf = utf8(descriptor(NS1, file("f1", "disk.vmdk", disk.length + 1)));
        OvfPackage p = ova(members("app.ovf", ovf, "disk.vmdk", disk));
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-REF-011");
            assertThat(f.message()).contains(String.valueOf(disk.length + 1)).contains(String.valueOf(disk.length));
        });
    }

    @Test
    public void reportsATruncatedArchiveNamingTheMember() throws Exception {
        byte[] whole = tar(conformant());
        byte[] cut = Arrays.copyOf(whole, 512 * 6 + 1000);
        OvfPackage p = reader.readOva(new ByteArrayInputStream(cut), "cut.ova");
        assertThat(p.errors()).anySatisfy(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-PKG-005");
            assertThat(f.member()).isEqualTo("disk.vmdk");
        });
    }

    @Test
    public void refusesSomethingThatIsNoArchive() {
        assertThatThrownBy(() -> reader.readOva(new ByteArrayInputStream(utf8("hello")), "x.ova"))
                .isInstanceOfSatisfying(OvfPackageException.class,
                        e -> assertThat(e.finding().requirementId()).startsWith("OVF-PKG-00"));
    }

    @Test
    public void validatesGzipFilesOverTheStoredBytes() throws Exception {
        byte[] gz = gzip(disk);
        byte[] ovf = utf8(descriptor(NS2, "<File ovf:id=\"f1\" ovf:href=\"disk.vmdk.gz\" ovf:size=\"" + gz.length
                + "\" ovf:compression=\"gzip\"/>"));
        byte[] mf = manifest(members("app.ovf", ovf, "disk.vmdk.gz", gz));
        OvfPackage good = ova(members("app.ovf", ovf, "app.mf", mf, "disk.vmdk.gz", gz));
        assertThat(good.findings()).isEmpty();
        assertThat(good.member("disk.vmdk.gz").digests()).containsEntry(DigestAlgorithm.SHA256, sha256(gz));

        byte[] bad = gz.clone();
        bad[0] = 0x00;
        byte[] badOvf = utf8(descriptor(NS2, "<File ovf:id=\"f1\" ovf:href=\"disk.vmdk.gz\" ovf:size=\"" + bad.length
                + "\" ovf:compression=\"gzip\"/>"));
        OvfPackage p = ova(members("app.ovf", badOvf, "disk.vmdk.gz", bad));
        assertThat(p.errors()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-REF-007");
            assertThat(f.member()).isEqualTo("disk.vmdk.gz");
        });
    }

    private static byte[] chunk(byte[] data, int index, int size) {
        return Arrays.copyOfRange(data, index * size, Math.min(data.length, (index + 1) * size));
    }

    @Test
    public void reassemblesChunkedFilesWithADigestPerChunk() throws Exception {
        byte[] gz = gzip(bytes(20_000, 3));
        int size = 4096;
        int n = (gz.length + size - 1) / size;
        assertThat(n).isGreaterThan(2);
        byte[] ovf = utf8(descriptor(NS2, "<File ovf:id=\"f1\" ovf:href=\"d.vmdk\" ovf:size=\"" + gz.length
                + "\" ovf:chunkSize=\"" + size + "\" ovf:compression=\"gzip\"/>"));
        Map<String, byte[]> chunks = members();
        for (int i = 0; i < n; i++) {
            chunks.put(String.format("d.vmdk.%09d", i), chunk(gz, i, size));
        }
        Map<String, byte[]> listed = members("app.ovf", ovf);
        listed.putAll(chunks);
        Map<String, byte[]> m = members("app.ovf", ovf, "app.mf", manifest(listed));
        m.putAll(chunks);
        OvfPackage p = ova(m);
        assertThat(p.findings()).isEmpty();
        assertThat(p.members()).filteredOn(x -> x.role() == MemberRole.CHUNK).hasSize(n)
                .allSatisfy(x -> assertThat(x.fileId()).isEqualTo("f1"));
        assertThat(p.member("d.vmdk.000000001").digests())
                .containsEntry(DigestAlgorithm.SHA256, sha256(chunk(gz, 1, size)));

        // a chunk out of sequence and a corrupted chunk are both caught
        Map<String, byte[]> swapped = members("app.ovf", ovf);
        swapped.put("d.vmdk.000000001", chunks.get("d.vmdk.000000001"));
        swapped.put("d.vmdk.000000000", chunks.get("d.vmdk.000000000"));
        for (int i = 2; i < n; i++) {
            swapped.put(String.format("d.vmdk.%09d", i), chunks.get(String.format("d.vmdk.%09d", i)));
        }
        assertThat(ids(ova(swapped))).contains("OVF-REF-013");

        // directory form: the same chunks as loose files
        Path pkg = Files.createDirectories(dir.resolve("chunked"));
        Files.write(pkg.resolve("app.ovf"), ovf);
        for (Map.Entry<String, byte[]> c : chunks.entrySet()) {
            Files.write(pkg.resolve(c.getKey()), c.getValue());
        }
        Files.write(pkg.resolve("app.mf"), manifest(listed));
        OvfPackage fromDir = reader.read(pkg);
        assertThat(fromDir.findings()).isEmpty();
        assertThat(fromDir.members()).filteredOn(x -> x.role() == MemberRole.CHUNK).hasSize(n);
    }

    @Test
    public void readsADirectoryPackageAndRefusesEscapingHrefs() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("plain"));
        byte[] ovf = twoFileDescriptor();
        Files.write(pkg.resolve("app.ovf"), ovf);
        Files.write(pkg.resolve("disk.vmdk"), disk);
        Files.write(pkg.resolve("cd.iso"), iso);
        Files.write(pkg.resolve("app.mf"), manifest(members("app.ovf", ovf, "disk.vmdk", disk, "cd.iso", iso)));
        OvfPackage p = reader.read(pkg.resolve("app.ovf"));
        assertThat(p.findings()).isEmpty();
        assertThat(p.form()).isEqualTo(PackageForm.DIRECTORY);
        assertThat(p.member("cd.iso").digests()).containsEntry(DigestAlgorithm.SHA256, sha256(iso));

        Path evil = Files.createDirectories(dir.resolve("evil"));
        Files.write(dir.resolve("secret.bin"), utf8("secret"));
        Files.write(evil.resolve("e.ovf"), utf8(descriptor(NS1, file("f1", "../secret.bin", 6)
                + file("f2", "http://example.com/x.vmdk", 1) + file("f3", "/etc/passwd", 1))));
        OvfPackage e = reader.read(evil);
        assertThat(e.errors()).extracting(OvfFinding::requirementId)
                .contains("OVF-REF-004", "OVF-REF-006");
        assertThat(e.members()).extracting(PackageMember::name).containsExactly("e.ovf");
    }

    @Test
    public void refusesAFolderWithoutExactlyOneDescriptor() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOfSatisfying(OvfPackageException.class,
                e -> assertThat(e.finding().requirementId()).isEqualTo("OVF-PKG-001"));
    }

    @Test
    public void refusesAnOversizeDescriptorMemberFromItsHeader() {
        OvfPackageReader small = new OvfPackageReader(100);
        assertThatThrownBy(() -> small.readOva(new ByteArrayInputStream(tar(conformant())), "t.ova"))
                .isInstanceOfSatisfying(OvfPackageException.class, e -> {
                    assertThat(e.finding().member()).isEqualTo("app.ovf");
                    assertThat(e.finding().message()).contains("limit of 100");
                });
    }
}
