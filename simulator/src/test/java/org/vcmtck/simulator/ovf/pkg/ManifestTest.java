package org.vcmtck.simulator.ovf.pkg;

import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.OvfFinding;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class ManifestTest {
    private static final String SHA1 = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";

    @Test
    public void parsesStrictAndLenientLayouts() {
        List<OvfFinding> findings = new ArrayList<>();
        Manifest m = Manifest.parse("SHA1(a.ovf)= " + SHA1 + "\r\n"
                + "SHA1 (b.vmdk) = " + SHA1.toUpperCase() + "\n\n"
                + "sha256( c.iso )=" + "ab".repeat(32) + "\n", "a.mf", findings);
        assertThat(findings).isEmpty();
        assertThat(m.entries()).extracting(ManifestEntry::fileName).containsExactly("a.ovf", "b.vmdk", "c.iso");
        assertThat(m.entry("b.vmdk").digest()).isEqualTo(SHA1);
        assertThat(m.entry("c.iso").algorithm()).isEqualTo(DigestAlgorithm.SHA256);
    }

    @Test
    public void refusesMd5UnknownAlgorithmsAndBadLines() {
        List<OvfFinding> findings = new ArrayList<>();
        Manifest m = Manifest.parse("MD5(a.ovf)= " + "0".repeat(32) + "\n"
                + "CRC32(a.ovf)= 00000000\n"
                + "this is not a manifest line\n"
                + "SHA256(a.ovf)= " + SHA1 + "\n", "a.mf", findings);
        assertThat(m.entries()).isEmpty();
        assertThat(findings).extracting(OvfFinding::requirementId)
                .containsExactly("OVF-MF-003", "OVF-MF-003", "OVF-MF-001", "OVF-MF-001");
        assertThat(findings.get(0).message()).contains("MD5").contains("line 1");
        assertThat(findings).allSatisfy(f -> assertThat(f.member()).isEqualTo("a.mf"));
    }

    @Test
    public void writesTheExactLayout() {
        Manifest m = new Manifest(List.of(new ManifestEntry(DigestAlgorithm.SHA256, "x.ovf", "ab".repeat(32)),
                new ManifestEntry(DigestAlgorithm.SHA1, "x.vmdk", SHA1)));
        assertThat(m.format()).isEqualTo("SHA256(x.ovf)= " + "ab".repeat(32) + "\nSHA1(x.vmdk)= " + SHA1 + "\n");
    }
}
