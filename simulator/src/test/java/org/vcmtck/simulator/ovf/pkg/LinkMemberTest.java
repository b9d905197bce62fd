package org.vcmtck.simulator.ovf.pkg;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
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
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS2;
import static org.vcmtck.simulator.ovf.PackageFixtures.bytes;
import static org.vcmtck.simulator.ovf.PackageFixtures.descriptor;
import static org.vcmtck.simulator.ovf.PackageFixtures.file;
import static org.vcmtck.simulator.ovf.PackageFixtures.manifest;
import static org.vcmtck.simulator.ovf.PackageFixtures.members;
import static org.vcmtck.simulator.ovf.PackageFixtures.tar;
import static org.vcmtck.simulator.ovf.PackageFixtures.tarWithLink;
import static org.vcmtck.simulator.ovf.PackageFixtures.utf8;

/** Links, devices and directories where package data belongs are refused under OVF-PKG-012, in both forms. */
public class LinkMemberTest {
    private final OvfPackageReader reader = new OvfPackageReader();
    private final byte[] disk = bytes(3000, 5);
    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf-link-test");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Map<String, byte[]> conformant() {
        byte[] ovf = utf8(descriptor(NS2, file("f1", "disk.vmdk", disk.length)));
        return members("app.ovf", ovf, "app.mf", manifest(members("app.ovf", ovf, "disk.vmdk", disk)),
                "disk.vmdk", disk);
    }

    private OvfPackage ova(byte[] archive) throws OvfPackageException {
        return reader.readOva(new ByteArrayInputStream(archive), "links.ova");
    }

    private static void assertRefused(OvfPackage p, String member) {
        assertThat(p.errors()).anySatisfy(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-PKG-012");
            assertThat(f.severity()).isEqualTo(org.vcmtck.simulator.ovf.Severity.ERROR);
            assertThat(f.member()).isEqualTo(member);
        });
        assertThat(p.members()).extracting(PackageMember::name).doesNotContain(member);
    }

    @Test
    public void refusesAnExtraSymbolicLinkMember() throws Exception {
        OvfPackage p = ova(tarWithLink(conformant(), "link", TarArchiveEntry.LF_SYMLINK, "/etc/passwd"));
        assertRefused(p, "link");
        assertThat(p.errors()).filteredOn(f -> f.member().equals("link"))
                .allSatisfy(f -> assertThat(f.message()).contains("symbolic link").contains("/etc/passwd"));
    }

    @Test
    public void refusesAnExtraHardLinkMember() throws Exception {
        OvfPackage p = ova(tarWithLink(conformant(), "hard", TarArchiveEntry.LF_LINK, "disk.vmdk"));
        assertRefused(p, "hard");
        assertThat(p.errors()).filteredOn(f -> f.member().equals("hard"))
                .allSatisfy(f -> assertThat(f.message()).contains("hard link"));
    }

    @Test
    public void refusesAReferencedFileStoredAsALink() throws Exception {
        OvfPackage sym = ova(tarWithLink(conformant(), "disk.vmdk", TarArchiveEntry.LF_SYMLINK, "/etc/passwd"));
        assertRefused(sym, "disk.vmdk");
        OvfPackage hard = ova(tarWithLink(conformant(), "disk.vmdk", TarArchiveEntry.LF_LINK, "app.ovf"));
        assertRefused(hard, "disk.vmdk");
    }

    @Test
    public void refusesADirectoryInPlaceOfAReferencedFile() throws Exception {
        Map<String, byte[]> m = conformant();
        m.remove("disk.vmdk");
        m.put("disk.vmdk/", new byte[0]);
        OvfPackage p = ova(tar(m));
        assertThat(p.errors()).anySatisfy(f -> {
            assertThat(f.requirementId()).isEqualTo("OVF-PKG-012");
            assertThat(f.member()).isEqualTo("disk.vmdk/");
        });
    }

    @Test
    public void refusesALinkPosingAsTheNextChunk() throws Exception {
        int size = 1024;
        byte[] ovf = utf8(descriptor(NS2, "<File ovf:id=\"f1\" ovf:href=\"d.vmdk\" ovf:size=\"" + disk.length
                + "\" ovf:chunkSize=\"" + size + "\"/>"));
        Map<String, byte[]> m = members("app.ovf", ovf);
        for (int i = 0; i * size < disk.length; i++) {
            m.put(String.format("d.vmdk.%09d", i),
                    Arrays.copyOfRange(disk, i * size, Math.min(disk.length, (i + 1) * size)));
        }
        for (byte flag : new byte[] {TarArchiveEntry.LF_SYMLINK, TarArchiveEntry.LF_LINK}) {
            OvfPackage p = ova(tarWithLink(m, "d.vmdk.000000001", flag, "/etc/shadow"));
            assertRefused(p, "d.vmdk.000000001");
            assertThat(p.member("d.vmdk.000000000")).isNotNull();
        }
    }

    @Test
    public void refusesAManifestOrCertificateLinkedFromOutsideThePackageFolder() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        byte[] ovf = utf8(descriptor(NS2, file("f1", "disk.vmdk", disk.length)));
        Path foreignManifest = Files.write(outside.resolve("foreign.mf"),
                manifest(members("app.ovf", ovf, "disk.vmdk", disk)));
        Path foreignCert = Files.write(outside.resolve("foreign.cert"), utf8("-----BEGIN CERTIFICATE-----\n"));
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.write(pkg.resolve("app.ovf"), ovf);
        Files.write(pkg.resolve("disk.vmdk"), disk);
        Files.createSymbolicLink(pkg.resolve("app.mf"), foreignManifest);
        Files.createSymbolicLink(pkg.resolve("app.cert"), foreignCert);

        OvfPackage p = reader.read(pkg);
        for (String name : new String[] {"app.mf", "app.cert"}) {
            assertThat(p.errors()).anySatisfy(f -> {
                assertThat(f.requirementId()).isEqualTo("OVF-PKG-012");
                assertThat(f.member()).isEqualTo(name);
            });
        }
        assertThat(p.manifest()).isNull();
        assertThat(p.hasCertificate()).isFalse();
        assertThat(p.members()).extracting(PackageMember::name).doesNotContain("app.mf", "app.cert");
    }

    @Test
    public void acceptsAManifestLinkedWithinThePackageFolder() throws Exception {
        byte[] ovf = utf8(descriptor(NS2, file("f1", "disk.vmdk", disk.length)));
        Path pkg = Files.createDirectories(dir.resolve("inner"));
        Files.write(pkg.resolve("app.ovf"), ovf);
        Files.write(pkg.resolve("disk.vmdk"), disk);
        Path real = Files.write(pkg.resolve("real.mf"), manifest(members("app.ovf", ovf, "disk.vmdk", disk)));
        Files.createSymbolicLink(pkg.resolve("app.mf"), real.getFileName());
        OvfPackage p = reader.read(pkg);
        assertThat(p.errors()).isEmpty();
        assertThat(p.manifest()).isNotNull();
    }
}
