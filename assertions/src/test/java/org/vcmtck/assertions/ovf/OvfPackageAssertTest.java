package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.assertions.ovf.TestPackages.goodMembersWithManifest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Each package check passes on a conformant OVA and fails, naming its requirement, on a broken one. */
public class OvfPackageAssertTest {

    private Path folder;

    @BeforeMethod
    public void freshFolder() throws IOException {
        folder = Files.createTempDirectory("ovf-assert");
    }

    private RawOvfPackage ova(List<Map.Entry<String, byte[]>> members) throws Exception {
        return OvfPackageReader.read(TestPackages.ova(folder, "app.ova", members));
    }

    private RawOvfPackage good() throws Exception {
        return ova(goodMembersWithManifest());
    }

    private static void failsWith(RawOvfPackage pkg, Consumer<OvfPackageAssert> check, String requirementId,
            String detail) {
        assertThatThrownBy(() -> check.accept(OvfAssertions.assertThat(pkg)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(requirementId)
                .hasMessageContaining(pkg.displayName())
                .hasMessageContaining(detail);
    }

    private static List<Map.Entry<String, byte[]>> with(List<Map.Entry<String, byte[]>> members, String name,
            byte[] content) {
        List<Map.Entry<String, byte[]>> copy = new ArrayList<>();
        for (Map.Entry<String, byte[]> member : members) {
            copy.add(member.getKey().equals(name) ? Map.entry(name, content) : member);
        }
        return copy;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Good files of a descriptor (variant) with a manifest of the token right after the descriptor. */
    private static List<Map.Entry<String, byte[]>> membersOf(String descriptor, String manifestToken) {
        Map<String, byte[]> files = TestPackages.goodFiles(descriptor);
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(files.entrySet());
        members.add(1, Map.entry("app.mf", ascii(TestPackages.manifest(files, manifestToken))));
        return members;
    }

    @Test
    public void aConformantOvaPassesEveryPackageCheck() throws Exception {
        RawOvfPackage pkg = good();
        OvfAssertions.assertThat(pkg)
                .hasReadableDescriptor().hasSingleDescriptor().isUstarArchive().hasOvaExtension()
                .hasDescriptorFirst().hasMembersInReferencesOrder().hasManifestAndCertificateTogether()
                .hasStringBundlesFirst().hasOnlySimpleRelativeMemberNames().hasReferencesFirst().hasUniqueFileIds()
                .hasResolvableFileReferences().hasNoDuplicateHrefs().hasCompressionMatchingContent()
                .hasDeclaredSizesMatching().hasWellFormedManifestLines().usesManifestAlgorithmOfItsVersion()
                .hasManifestCoveringEveryFile().hasManifestListingTheDescriptor().hasNoManifestSelfEntries()
                .hasMatchingManifestDigests().hasManifestNamedAfterDescriptor().hasCertificateOnlyWithManifest();
        OvfAssertions.assertThat(pkg).descriptor().followsEveryDescriptorRule();
    }

    @Test
    public void gnuTarHeadersAreNotUstar() throws Exception {
        Path file = TestPackages.ova(folder, "app.ova", goodMembersWithManifest());
        TestPackages.makeHeaderGnu(file, 0);
        RawOvfPackage pkg = OvfPackageReader.read(file);

        assertThat(pkg.members().get(0).headerFormat()).isEqualTo(TarHeaderFormat.GNU);
        failsWith(pkg, OvfPackageAssert::isUstarArchive, "OVF-PKG-005", "member app.ovf");
    }

    @Test
    public void aSingleFilePackageMustBeNamedOva() throws Exception {
        RawOvfPackage pkg = OvfPackageReader.read(TestPackages.ova(folder, "app.tar", goodMembersWithManifest()));
        failsWith(pkg, OvfPackageAssert::hasOvaExtension, "OVF-PKG-006", "\"app.tar\"");
    }

    @Test
    public void theDescriptorMustComeFirst() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.add(0, members.remove(3));
        failsWith(ova(members), OvfPackageAssert::hasDescriptorFirst, "OVF-PKG-007", "\"web-disk1.vmdk\"");
    }

    @Test
    public void filesFollowReferencesOrderAndNothingUnreferencedIsStored() throws Exception {
        List<Map.Entry<String, byte[]>> swapped = goodMembersWithManifest();
        swapped.add(3, swapped.remove(4));
        failsWith(ova(swapped), OvfPackageAssert::hasMembersInReferencesOrder, "OVF-PKG-008", "the References order");

        List<Map.Entry<String, byte[]>> extra = goodMembersWithManifest();
        extra.add(Map.entry("notes.txt", ascii("hello")));
        failsWith(ova(extra), OvfPackageAssert::hasMembersInReferencesOrder, "OVF-PKG-008", "member notes.txt");
    }

    @Test
    public void manifestAndCertificateAreNeverSplit() throws Exception {
        List<Map.Entry<String, byte[]>> atEnd = goodMembersWithManifest();
        atEnd.add(atEnd.remove(1));
        atEnd.add(Map.entry("app.cert", ascii("SHA1(app.mf)= 00\n")));
        OvfAssertions.assertThat(ova(atEnd)).hasManifestAndCertificateTogether().hasMembersInReferencesOrder();

        List<Map.Entry<String, byte[]>> split = goodMembersWithManifest();
        split.add(Map.entry("app.cert", ascii("SHA1(app.mf)= 00\n")));
        failsWith(ova(split), OvfPackageAssert::hasManifestAndCertificateTogether, "OVF-PKG-009",
                "certificate at position 5");
    }

    @Test
    public void stringBundlesAreListedFirst() throws Exception {
        String late = SampleDescriptors.goodWith(
                "<File ovf:id=\"bundle\" ovf:href=\"strings-de.xml\" ovf:size=\"11\"/>\n", "")
                .replace("</References>", "  <File ovf:id=\"bundle\" ovf:href=\"strings-de.xml\" ovf:size=\"11\"/>\n  </References>");
        failsWith(ova(membersOf(late, "SHA1")), OvfPackageAssert::hasStringBundlesFirst, "OVF-PKG-010",
                "string bundle bundle after other files");
    }

    @Test
    public void memberNamesEscapingTheFolderAreRefusedNotExtracted() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.add(Map.entry("../evil.sh", ascii("rm -rf /")));
        RawOvfPackage pkg = ova(members);

        assertThat(pkg.findings()).extracting(RawOvfPackage.ReaderFinding::requirementId).contains("OVF-PKG-012");
        failsWith(pkg, OvfPackageAssert::hasOnlySimpleRelativeMemberNames, "OVF-PKG-012", "../evil.sh");
    }

    @Test
    public void everyReferencedFileMustBePresent() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.removeIf(m -> m.getKey().equals("tools.iso"));
        failsWith(ova(members), OvfPackageAssert::hasResolvableFileReferences, "OVF-REF-005", "\"tools.iso\"");
    }

    @Test
    public void descriptorLevelReferenceChecksRunThroughThePackage() throws Exception {
        String duplicate = SampleDescriptors.goodWith("ovf:id=\"iso1\" ovf:href=\"tools.iso\"",
                "ovf:id=\"disk1\" ovf:href=\"web-disk1.vmdk\"");
        RawOvfPackage pkg = ova(membersOf(duplicate, "SHA1"));
        failsWith(pkg, OvfPackageAssert::hasUniqueFileIds, "OVF-REF-003", "disk1");
        failsWith(pkg, OvfPackageAssert::hasNoDuplicateHrefs, "OVF-REF-005", "web-disk1.vmdk");
        String late = SampleDescriptors.goodWith("<References>", "<DiskSection><Info>d</Info></DiskSection><References>");
        failsWith(ova(membersOf(late, "SHA1")), OvfPackageAssert::hasReferencesFirst, "OVF-REF-001", "References");
    }

    @Test
    public void declaredSizesMustMatchTheStoredBytes() throws Exception {
        RawOvfPackage pkg = ova(with(goodMembersWithManifest(), "web-disk1.vmdk", ascii("VMDK!!")));
        failsWith(pkg, OvfPackageAssert::hasDeclaredSizesMatching, "OVF-REF-011", "has 6 bytes");
    }

    @Test
    public void compressionAttributeMustMatchTheData() throws Exception {
        String gzipDeclared = SampleDescriptors.goodWith("ovf:href=\"web-disk1.vmdk\"",
                "ovf:href=\"web-disk1.vmdk\" ovf:compression=\"gzip\"");
        failsWith(ova(membersOf(gzipDeclared, "SHA1")), OvfPackageAssert::hasCompressionMatchingContent,
                "OVF-REF-007", "without the gzip magic");

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(ascii("ISO"));
        }
        String resized = SampleDescriptors.goodWith("ovf:href=\"tools.iso\" ovf:size=\"3\"",
                "ovf:href=\"tools.iso\" ovf:size=\"" + gz.size() + "\"");
        RawOvfPackage undeclared = ova(with(membersOf(resized, "SHA1"), "tools.iso", gz.toByteArray()));
        failsWith(undeclared, OvfPackageAssert::hasCompressionMatchingContent, "OVF-REF-007", "holds gzip data");
    }

    @Test
    public void manifestLinesHaveTheExactProducerForm() throws Exception {
        Map<String, byte[]> files = TestPackages.goodFiles();
        String sloppy = TestPackages.manifest(files, "SHA1").replaceFirst("\\)= ", ") = ");
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(files.entrySet());
        members.add(1, Map.entry("app.mf", ascii(sloppy)));
        RawOvfPackage pkg = ova(members);

        failsWith(pkg, OvfPackageAssert::hasWellFormedManifestLines, "OVF-MF-001", "app.mf line 1");
        // the loose spelling is still read, so its digest is still judged
        OvfAssertions.assertThat(pkg).hasMatchingManifestDigests();
    }

    @Test
    public void manifestAlgorithmFollowsTheOvfVersion() throws Exception {
        failsWith(ova(membersOf(SampleDescriptors.GOOD, "SHA256")), OvfPackageAssert::usesManifestAlgorithmOfItsVersion,
                "OVF-MF-002", "SHA256 in an OVF 1.x package");

        String v2 = SampleDescriptors.GOOD.replace("http://schemas.dmtf.org/ovf/envelope/1",
                "http://schemas.dmtf.org/ovf/envelope/2");
        RawOvfPackage sha256 = ova(membersOf(v2, "SHA256"));
        OvfAssertions.assertThat(sha256).usesManifestAlgorithmOfItsVersion().usesSha256ManifestForOvf2()
                .hasMatchingManifestDigests();
        RawOvfPackage sha1 = ova(membersOf(v2, "SHA1"));
        OvfAssertions.assertThat(sha1).usesManifestAlgorithmOfItsVersion();
        failsWith(sha1, OvfPackageAssert::usesSha256ManifestForOvf2, "OVF-MF-004", "SHA1 in an OVF 2.x package");

        Map<String, byte[]> files = TestPackages.goodFiles(v2);
        List<Map.Entry<String, byte[]>> md5 = new ArrayList<>(files.entrySet());
        md5.add(1, Map.entry("app.mf", ascii(TestPackages.manifest(files, "SHA1").replace("SHA1(", "MD5("))));
        failsWith(ova(md5), OvfPackageAssert::usesManifestAlgorithmOfItsVersion, "OVF-MF-003", "MD5");
    }

    @Test
    public void manifestCoversExactlyTheReferencedFiles() throws Exception {
        Map<String, byte[]> files = TestPackages.goodFiles();
        Map<String, byte[]> partial = new LinkedHashMap<>(files);
        partial.remove("tools.iso");
        partial.put("notes.txt", ascii("x"));
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(files.entrySet());
        members.add(1, Map.entry("app.mf", ascii(TestPackages.manifest(partial, "SHA1"))));
        RawOvfPackage pkg = ova(members);

        failsWith(pkg, OvfPackageAssert::hasManifestCoveringEveryFile, "OVF-MF-005", "no line for tools.iso");
        failsWith(pkg, OvfPackageAssert::hasManifestCoveringEveryFile, "OVF-MF-005", "a line for notes.txt");
    }

    @Test
    public void manifestListsTheDescriptorButNotItself() throws Exception {
        Map<String, byte[]> files = TestPackages.goodFiles();
        Map<String, byte[]> listed = new LinkedHashMap<>(files);
        listed.remove("app.ovf");
        listed.put("app.mf", ascii("whatever"));
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(files.entrySet());
        members.add(1, Map.entry("app.mf", ascii(TestPackages.manifest(listed, "SHA1"))));
        RawOvfPackage pkg = ova(members);

        failsWith(pkg, OvfPackageAssert::hasManifestListingTheDescriptor, "OVF-MF-006", "no line for app.ovf");
        failsWith(pkg, OvfPackageAssert::hasNoManifestSelfEntries, "OVF-MF-007", "a line for app.mf");
    }

    @Test
    public void manifestDigestsMatchTheStoredBytes() throws Exception {
        RawOvfPackage pkg = ova(with(goodMembersWithManifest(), "tools.iso", ascii("OSI")));
        failsWith(pkg, OvfPackageAssert::hasMatchingManifestDigests, "OVF-MF-008", "the SHA1 of tools.iso");
    }

    @Test
    public void manifestChecksFailWhenThereIsNoManifest() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.remove(1);
        failsWith(ova(members), OvfPackageAssert::hasMatchingManifestDigests, "OVF-MF-008", "no manifest");
    }

    @Test
    public void manifestSharesTheDescriptorsBaseName() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.set(1, Map.entry("other.mf", members.get(1).getValue()));
        failsWith(ova(members), OvfPackageAssert::hasManifestNamedAfterDescriptor, "OVF-PKG-003", "\"other\"");
    }

    @Test
    public void aCertificateNeedsAManifest() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.set(1, Map.entry("app.cert", ascii("SHA1(app.mf)= 00\n")));
        failsWith(ova(members), OvfPackageAssert::hasCertificateOnlyWithManifest, "OVF-CERT-001", "app.cert");
    }

    @Test
    public void aPackageHasOneDescriptor() throws Exception {
        List<Map.Entry<String, byte[]>> members = goodMembersWithManifest();
        members.add(Map.entry("second.ovf", ascii("<Envelope/>")));
        failsWith(ova(members), OvfPackageAssert::hasSingleDescriptor, "OVF-PKG-001", "second.ovf");
    }

    @Test
    public void anIllFormedDescriptorIsAFindingNotACrash() throws Exception {
        RawOvfPackage pkg = ova(with(goodMembersWithManifest(), "app.ovf", ascii("<Envelope><References>")));
        assertThat(pkg.descriptor()).isEmpty();
        failsWith(pkg, OvfPackageAssert::hasReadableDescriptor, "OVF-ENV-001", "not well-formed");
    }

    @Test
    public void ovaOnlyChecksRefuseADirectoryPackage() throws Exception {
        RawOvfPackage dir = OvfPackageReader.read(TestPackages.directory(folder.resolve("pkg"), goodMembersWithManifest()));
        failsWith(dir, OvfPackageAssert::hasDescriptorFirst, "OVF-PKG-007", "a directory package");
    }
}
