package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/** The reader records members as stored, computes digests independently, and refuses rather than crashes. */
public class OvfPackageReaderTest {

    @Test
    public void anOvaIsReadInArchiveOrderWithUstarHeadersAndDigests() throws Exception {
        Path folder = Files.createTempDirectory("ovf-read");
        List<Map.Entry<String, byte[]>> members = TestPackages.goodMembersWithManifest();
        RawOvfPackage pkg = OvfPackageReader.read(TestPackages.ova(folder, "app.ova", members));

        assertThat(pkg.form()).isEqualTo(PackageForm.OVA);
        assertThat(pkg.memberNames()).containsExactly(members.stream().map(Map.Entry::getKey).toArray(String[]::new));
        assertThat(pkg.members()).allSatisfy(m -> {
            assertThat(m.headerFormat()).isEqualTo(TarHeaderFormat.POSIX_USTAR);
            assertThat(m.magic()).isEqualTo("ustar\\x0000");
        });
        PackageMember disk = pkg.member("web-disk1.vmdk").orElseThrow();
        byte[] diskBytes = "VMDK!".getBytes(StandardCharsets.US_ASCII);
        assertThat(disk.size()).isEqualTo(diskBytes.length);
        assertThat(disk.digest("SHA1")).contains(TestPackages.hex("SHA-1", diskBytes));
        assertThat(disk.digest("SHA256")).contains(TestPackages.hex("SHA-256", diskBytes));
        assertThat(disk.digest("SHA512")).contains(TestPackages.hex("SHA-512", diskBytes));
        assertThat(pkg.descriptorName()).contains("app.ovf");
        assertThat(pkg.manifestText()).hasValueSatisfying(text -> assertThat(text).startsWith("SHA1(app.ovf)= "));
        assertThat(pkg.descriptor()).hasValueSatisfying(d -> assertThat(d.version()).isEqualTo(OvfVersion.V1));
        assertThat(pkg.memberListing()).contains("web-disk1.vmdk  5 bytes");
    }

    @Test
    public void aFolderAndItsDescriptorPathAreDirectoryPackages() throws Exception {
        Path folder = TestPackages.directory(Files.createTempDirectory("ovf-dir").resolve("pkg"),
                TestPackages.goodMembersWithManifest());
        Files.writeString(folder.resolve("unrelated.txt"), "not part of app.ovf");

        RawOvfPackage whole = OvfPackageReader.read(folder);
        RawOvfPackage byDescriptor = OvfPackageReader.read(folder.resolve("app.ovf"));

        assertThat(whole.form()).isEqualTo(PackageForm.DIRECTORY);
        assertThat(whole.memberNames()).first().isEqualTo("app.ovf");
        assertThat(whole.memberNames()).contains("unrelated.txt");
        assertThat(byDescriptor.memberNames())
                .containsExactly("app.ovf", "app.mf", "strings-de.xml", "web-disk1.vmdk", "tools.iso");
        assertThat(byDescriptor.members()).allSatisfy(m -> assertThat(m.headerFormat()).isEqualTo(TarHeaderFormat.NONE));
        OvfAssertions.assertThat(byDescriptor).hasMatchingManifestDigests().hasManifestCoveringEveryFile()
                .hasResolvableFileReferences().hasDeclaredSizesMatching();
    }

    @Test
    public void hrefsLeavingTheFolderAreNotFollowed() throws Exception {
        Path root = Files.createTempDirectory("ovf-escape");
        Files.writeString(root.resolve("secret.vmdk"), "outside");
        String escaping = SampleDescriptors.goodWith("ovf:href=\"web-disk1.vmdk\" ovf:size=\"5\"",
                "ovf:href=\"../secret.vmdk\" ovf:size=\"7\"");
        Path pkgFolder = root.resolve("pkg");
        Files.createDirectories(pkgFolder);
        Files.writeString(pkgFolder.resolve("app.ovf"), escaping);

        RawOvfPackage pkg = OvfPackageReader.read(pkgFolder.resolve("app.ovf"));

        assertThat(pkg.memberNames()).doesNotContain("../secret.vmdk", "secret.vmdk");
        assertThatThrownBy(() -> OvfAssertions.assertThat(pkg).hasResolvableFileReferences())
                .hasMessageContaining("OVF-REF-005").hasMessageContaining("points outside the package");
    }

    @Test
    public void aFileThatIsNotATarIsAFinding() throws Exception {
        Path file = Files.createTempFile("junk", ".ova");
        Files.writeString(file, "this is not a tar archive at all, just text that is long enough to fill".repeat(20));

        RawOvfPackage pkg = OvfPackageReader.read(file);

        assertThatThrownBy(() -> OvfAssertions.assertThat(pkg).isUstarArchive()).hasMessageContaining("OVF-PKG-005");
        assertThat(pkg.descriptor()).isEmpty();
    }

    @Test
    public void aMissingPathIsATypedError() {
        Path missing = Path.of("no/such/package.ova");
        assertThatThrownBy(() -> OvfPackageReader.read(missing))
                .isInstanceOf(OvfPackageReadException.class)
                .hasMessageContaining("no such file")
                .satisfies(e -> assertThat(((OvfPackageReadException) e).path()).isEqualTo(missing));
    }

    @Test
    public void manifestLinesAreReadStrictlyAndLeniently() {
        List<ManifestLine> lines = ManifestLine.parse("SHA1(a.ovf)= " + "ab".repeat(20) + "\nSHA256 (b.vmdk) = "
                + "CD".repeat(32) + "\r\nSHA1(c)= abc");
        assertThat(lines).extracting(ManifestLine::strict).containsExactly(true, false, false);
        assertThat(lines.get(1).fileName()).contains("b.vmdk");
        assertThat(lines.get(1).algorithm()).contains("SHA256");
        assertThat(lines.get(1).digestLengthMatches()).isTrue();
        assertThat(lines.get(2).digestLengthMatches()).isFalse();
    }

    @Test
    public void linkMembersAreFlaggedAndNotRead() throws Exception {
        Path folder = Files.createTempDirectory("ovf-links");
        byte[] flags = {org.apache.commons.compress.archivers.tar.TarArchiveEntry.LF_SYMLINK,
                org.apache.commons.compress.archivers.tar.TarArchiveEntry.LF_LINK};
        String[] kinds = {"symbolic link", "hard link"};
        for (int i = 0; i < flags.length; i++) {
            String kind = kinds[i];
            RawOvfPackage pkg = OvfPackageReader.read(TestPackages.ovaWithLink(folder, "link" + i + ".ova",
                    TestPackages.goodMembersWithManifest(), "link", flags[i], "/etc/passwd"));

            assertThat(pkg.findings()).anySatisfy(f -> {
                assertThat(f.requirementId()).isEqualTo("OVF-PKG-012");
                assertThat(f.message()).contains("\"link\"").contains(kind).contains("/etc/passwd");
            });
            assertThat(pkg.member("link")).hasValueSatisfying(m -> assertThat(m.digest("SHA256")).isEmpty());
            assertThatThrownBy(() -> OvfAssertions.assertThat(pkg).hasOnlySimpleRelativeMemberNames())
                    .hasMessageContaining("OVF-PKG-012").hasMessageContaining("link");
        }
    }

    @Test
    public void programmaticUnitsFollowTheGrammar() {
        assertThat(ProgrammaticUnits.baseUnit("byte * 2^20")).contains("byte");
        assertThat(ProgrammaticUnits.baseUnit("byte * 2 ^ 30")).contains("byte");
        assertThat(ProgrammaticUnits.baseUnit("hertz * 10^6")).contains("hertz");
        assertThat(ProgrammaticUnits.baseUnit("count")).contains("count");
        assertThat(ProgrammaticUnits.baseUnit("byte per second")).contains("byte per second");
        assertThat(ProgrammaticUnits.isValid("MegaBytes")).isFalse();
        assertThat(ProgrammaticUnits.isValid("GB")).isFalse();
        assertThat(ProgrammaticUnits.isValid("byte * 3^2")).isFalse();
        assertThat(ProgrammaticUnits.isValid("per byte")).isFalse();
    }
}
