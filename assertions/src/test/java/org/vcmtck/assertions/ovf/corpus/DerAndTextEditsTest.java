package org.vcmtck.assertions.ovf.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.testng.annotations.Test;

public class DerAndTextEditsTest {

    @Test
    public void oidsAreEncodedInBase128WithTheFirstTwoArcsCombined() {
        // ecdsa-with-SHA256 as X.690 spells it: 42 = 1*40+2, 840 = 0x86 0x48, 10045 = 0xce 0x3d
        assertThat(HexFormat.of().formatHex(Der.oid("1.2.840.10045.4.3.2"))).isEqualTo("06082a8648ce3d040302");
    }

    @Test
    public void longContentGetsALongFormLength() {
        byte[] encoded = Der.tlv(0x04, new byte[300]);
        assertThat(encoded).startsWith((byte) 0x04, (byte) 0x82, (byte) 0x01, (byte) 0x2c);
        assertThat(encoded).hasSize(304);
    }

    @Test
    public void replaceOnceRefusesAMissingOrRepeatedTarget() {
        assertThat(TextEdits.replaceOnce("a-b-c", "b", "x")).isEqualTo("a-x-c");
        assertThatThrownBy(() -> TextEdits.replaceOnce("a-b-c", "z", "x")).hasMessageContaining("no occurrence");
        assertThatThrownBy(() -> TextEdits.replaceOnce("a-a", "a", "x")).hasMessageContaining("more than one");
    }

    @Test
    public void sizePlaceholdersBecomeTheByteCountOfTheirFile() {
        PackageDraft draft = ValidPackages.applianceDraft();
        String resolved = new String(draft.resolvedDescriptor(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(resolved).doesNotContain("{{").contains("ovf:href=\"system.img\" ovf:size=\""
                + draft.file("system.img").length + "\"");
    }
}
