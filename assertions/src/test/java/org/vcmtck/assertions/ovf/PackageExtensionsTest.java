package org.vcmtck.assertions.ovf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/** OVF-PKG-002: descriptor, manifest and certificate are found by their extensions .ovf, .mf and .cert. */
public class PackageExtensionsTest {

    private static RawOvfPackage ova(List<Map.Entry<String, byte[]>> members) throws Exception {
        Path folder = Files.createTempDirectory("ovf-extensions");
        return OvfPackageReader.read(TestPackages.ova(folder, "app.ova", members));
    }

    private static List<Map.Entry<String, byte[]>> renamed(String from, String to) {
        List<Map.Entry<String, byte[]>> members = new ArrayList<>();
        for (Map.Entry<String, byte[]> member : TestPackages.goodMembersWithManifest()) {
            members.add(member.getKey().equals(from) ? Map.entry(to, member.getValue()) : member);
        }
        return members;
    }

    @Test
    public void aPackageWithStandardNamesPasses() throws Exception {
        RawOvfPackage pkg = ova(TestPackages.goodMembersWithManifest());
        assertThat(PackageRules.standardExtensions(pkg)).isEmpty();
        OvfAssertions.assertThat(pkg).usesStandardExtensions();
        assertThat(PackageSubject.DESCRIPTOR.count(pkg)).isEqualTo(1);
    }

    @Test
    public void aManifestUnderADigestExtensionFails() throws Exception {
        RawOvfPackage pkg = ova(renamed("app.mf", "app.sha1"));

        assertThatThrownBy(() -> OvfAssertions.assertThat(pkg).usesStandardExtensions())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OVF-PKG-002")
                .hasMessageContaining("member app.sha1")
                .hasMessageContaining("named after the descriptor with the extension .sha1");
    }

    @Test
    public void aCertificateUnderAnotherNameFailsWhateverItsBaseName() throws Exception {
        List<Map.Entry<String, byte[]>> members = TestPackages.goodMembersWithManifest();
        members.add(2, Map.entry("signer.pem", "-----BEGIN CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII)));

        assertThat(PackageRules.standardExtensions(ova(members))).singleElement()
                .satisfies(v -> assertThat(v.found()).isEqualTo("an unreferenced member with the extension .pem"));
    }

    @Test
    public void anUpperCaseExtensionFails() throws Exception {
        RawOvfPackage pkg = ova(renamed("app.mf", "app.MF"));

        assertThat(PackageRules.standardExtensions(pkg)).singleElement()
                .satisfies(v -> assertThat(v.found()).isEqualTo("manifest named \"app.MF\""));
    }

    @Test
    public void aReferencedFileNamedAfterTheDescriptorIsNotTakenForAManifest() throws Exception {
        String descriptor = SampleDescriptors.GOOD.replace("web-disk1.vmdk", "app.vmdk");
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(TestPackages.goodFiles(descriptor).entrySet())
                .stream().map(m -> m.getKey().equals("web-disk1.vmdk") ? Map.entry("app.vmdk", m.getValue()) : m)
                .toList();

        RawOvfPackage pkg = ova(members);

        assertThat(pkg.memberNames()).contains("app.vmdk");
        assertThat(PackageRules.standardExtensions(pkg)).isEmpty();
    }
}
