package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Rules know what they examine: the subject count is 0 for a descriptor or package without that content (so a pass
 * there would be vacuous) and positive with it.
 */
public class RuleSubjectTest {

    /** An envelope with one bare virtual system: nothing but the envelope-wide rules has anything to examine. */
    private static final String BARE = """
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1">
              <References/>
              <VirtualSystem ovf:id="vm"><Info>bare</Info></VirtualSystem>
            </Envelope>
            """;

    private static OvfDescriptor bare() {
        return SampleDescriptors.parse(BARE);
    }

    private static OvfDescriptor good() {
        return SampleDescriptors.parse(SampleDescriptors.GOOD);
    }

    @Test
    public void productSectionRulesCountPropertiesOnlyWhereThereAreAny() {
        assertThat(DescriptorRule.PROPERTY_TYPES.subject()).isEqualTo(DescriptorSubject.PROPERTY);
        assertThat(DescriptorRule.PROPERTY_TYPES.subjectCount(bare())).isZero();
        // the sample's ProductSection declares ip, workers and choice
        assertThat(DescriptorRule.PROPERTY_TYPES.subjectCount(good())).isEqualTo(3);
        assertThat(DescriptorRule.UNIQUE_PRODUCT_CLASS_INSTANCE.subjectCount(bare())).isZero();
        assertThat(DescriptorRule.UNIQUE_PRODUCT_CLASS_INSTANCE.subjectCount(good())).isEqualTo(1);
    }

    @Test
    public void diskRulesCountDisks() {
        assertThat(DescriptorRule.DISK_REQUIRED_ATTRIBUTES.subjectCount(bare())).isZero();
        assertThat(DescriptorRule.DISK_REQUIRED_ATTRIBUTES.subjectCount(good())).isEqualTo(2);
        // only vmdisk2 is a delta disk
        assertThat(DescriptorRule.DISK_PARENT_REFS.subjectCount(good())).isEqualTo(1);
        String noDelta = SampleDescriptors.goodWith(" ovf:parentRef=\"vmdisk1\"", "");
        assertThat(DescriptorRule.DISK_PARENT_REFS.subjectCount(SampleDescriptors.parse(noDelta))).isZero();
    }

    @Test
    public void itemRulesCountTheItemsOfEveryHardwareSection() {
        assertThat(DescriptorRule.UNIQUE_INSTANCE_IDS.subjectCount(bare())).isZero();
        // seven Items in web's hardware section, one in db's
        assertThat(DescriptorRule.UNIQUE_INSTANCE_IDS.subjectCount(good())).isEqualTo(8);
        assertThat(DescriptorRule.ETHERNET_CONNECTIONS.subjectCount(good())).isEqualTo(1);
        assertThat(DescriptorRule.DISK_HOST_RESOURCES.subjectCount(good())).isEqualTo(1);
    }

    @Test
    public void envelopeWideRulesAlwaysApply() {
        for (DescriptorRule rule : List.of(DescriptorRule.ENVELOPE_NAMESPACE, DescriptorRule.REFERENCES_FIRST,
                DescriptorRule.ENVELOPE_CHILD_ORDER, DescriptorRule.NO_ABSTRACT_CONTENT)) {
            assertThat(rule.subject()).as("%s", rule).isEqualTo(DescriptorSubject.ENVELOPE);
            assertThat(rule.subjectCount(bare())).as("%s on a bare envelope", rule).isEqualTo(1);
        }
    }

    @Test
    public void onABareEnvelopeOnlyEnvelopeAndContentRulesHaveSubjects() {
        // the bare envelope is OVF 1, the version OVF-PROD-015 speaks of
        List<DescriptorSubject> present = List.of(DescriptorSubject.ENVELOPE, DescriptorSubject.CONTENT,
                DescriptorSubject.VIRTUAL_SYSTEM, DescriptorSubject.OVF1_ENVELOPE);
        for (DescriptorRule rule : DescriptorRule.values()) {
            assertThat(rule.subjectCount(bare())).as("%s (%s)", rule, rule.subject().label())
                    .isEqualTo(present.contains(rule.subject()) ? 1 : 0);
        }
    }

    @DataProvider
    public Object[][] rules() {
        return Arrays.stream(DescriptorRule.values()).map(rule -> new Object[] {rule}).toArray(Object[][]::new);
    }

    /** A rule that finds a violation examined something: no violation can come from a descriptor it calls empty. */
    @Test(dataProvider = "rules")
    public void aRuleThatFindsAViolationHasASubject(DescriptorRule rule) {
        OvfDescriptor broken = SampleDescriptors.parse(DescriptorRuleTest.brokenSample(rule));

        assertThat(rule.check(broken)).as("violations of %s", rule).isNotEmpty();
        assertThat(rule.subjectCount(broken)).as("%s subjects (%s)", rule, rule.subject().label()).isPositive();
    }

    // ---- package subjects ---------------------------------------------------------------------------------------

    private static RawOvfPackage ova(Path folder, String descriptor, Map<String, byte[]> replaced) throws Exception {
        List<Map.Entry<String, byte[]>> members = new ArrayList<>();
        TestPackages.goodFiles(descriptor).forEach((name, data) ->
                members.add(Map.entry(name, replaced.getOrDefault(name, data))));
        return OvfPackageReader.read(TestPackages.ova(folder, "app.ova", members));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        }
        return bytes.toByteArray();
    }

    @Test
    public void theCompressionCheckCountsDeclaredOrGzipFilesOnly() throws Exception {
        Path folder = Files.createTempDirectory("ovf-subjects");
        RawOvfPackage plain = ova(Files.createDirectory(folder.resolve("plain")), SampleDescriptors.GOOD, Map.of());
        assertThat(PackageSubject.COMPRESSED_FILE.count(plain)).isZero();
        assertThat(DescriptorRule.COMPRESSION_VALUES.subjectCount(plain.descriptor().orElseThrow())).isZero();

        String declared = SampleDescriptors.goodWith("ovf:href=\"web-disk1.vmdk\"",
                "ovf:href=\"web-disk1.vmdk\" ovf:compression=\"gzip\"");
        RawOvfPackage compressed = ova(Files.createDirectory(folder.resolve("declared")), declared,
                Map.of("web-disk1.vmdk", gzip("VMDK!")));
        assertThat(PackageSubject.COMPRESSED_FILE.count(compressed)).isEqualTo(1);
        assertThat(DescriptorRule.COMPRESSION_VALUES.subjectCount(compressed.descriptor().orElseThrow()))
                .isEqualTo(1);

        // gzip data without the attribute is what the check exists to catch, so it is a subject too
        RawOvfPackage undeclared = ova(Files.createDirectory(folder.resolve("undeclared")), SampleDescriptors.GOOD,
                Map.of("tools.iso", gzip("ISO")));
        assertThat(PackageSubject.COMPRESSED_FILE.count(undeclared)).isEqualTo(1);
    }

    @Test
    public void packageFormAndManifestSubjectsFollowWhatThePackageHolds() throws Exception {
        Path folder = Files.createTempDirectory("ovf-subjects");
        RawOvfPackage withManifest = OvfPackageReader.read(
                TestPackages.ova(folder, "app.ova", TestPackages.goodMembersWithManifest()));
        RawOvfPackage directory = OvfPackageReader.read(TestPackages.directory(folder.resolve("dir"),
                new ArrayList<>(TestPackages.goodFiles().entrySet())));

        assertThat(PackageSubject.OVA.count(withManifest)).isEqualTo(1);
        assertThat(PackageSubject.OVA.count(directory)).isZero();
        assertThat(PackageSubject.MANIFEST.count(withManifest)).isEqualTo(1);
        assertThat(PackageSubject.MANIFEST.count(directory)).isZero();
        assertThat(PackageSubject.OVA_MANIFEST.count(withManifest)).isEqualTo(1);
        assertThat(PackageSubject.CERTIFICATE.count(withManifest)).isZero();
        // the sample's descriptor is OVF 1.x, so the SHA256 preference has no manifest to judge
        assertThat(PackageSubject.OVF2_MANIFEST.count(withManifest)).isZero();
        assertThat(PackageSubject.OVF1_MANIFEST.count(withManifest)).isEqualTo(1);
        assertThat(PackageSubject.OVF1_MANIFEST.count(directory)).isZero();
        assertThat(PackageSubject.PACKAGE.count(directory)).isEqualTo(1);
        // one Strings element refers to an external bundle
        assertThat(PackageSubject.OVA_STRING_BUNDLE.count(withManifest)).isEqualTo(1);
        assertThat(PackageSubject.OVA_STRING_BUNDLE.count(directory)).isZero();
    }
}
