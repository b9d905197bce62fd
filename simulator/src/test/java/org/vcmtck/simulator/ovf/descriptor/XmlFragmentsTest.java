package org.vcmtck.simulator.ovf.descriptor;

import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sections kept as text: self-contained, stable, and equal to what was parsed. */
public class XmlFragmentsTest {
    private static final String OVF1 = "http://schemas.dmtf.org/ovf/envelope/1";
    private static final String OVF2 = "http://schemas.dmtf.org/ovf/envelope/2";

    private static final String SECTION = "<p:ProductSection xmlns:p=\"" + OVF1 + "\" xmlns:v=\"urn:vendor\""
            + " p:class=\"com.acme\" v:extra=\"a&amp;b\" xml:lang=\"en\"><p:Info>i</p:Info>"
            + "<p:Property p:value=\"x\" p:key=\"k\"><v:Hint>two\nlines &lt;ok&gt;</v:Hint></p:Property>"
            + "</p:ProductSection>";

    @Test
    public void aFragmentReadsBackAsTheSameElement() {
        XmlElement parsed = XmlFragments.parse(SECTION);
        String text = XmlFragments.toXml(parsed);
        XmlElement again = XmlFragments.parse(text);
        assertThat(again.qualifiedName()).isEqualTo(parsed.qualifiedName());
        assertThat(again.attributes()).isEqualTo(parsed.attributes());
        XmlElement hint = again.child(OVF1, "Property").child("urn:vendor", "Hint");
        assertThat(hint.text()).isEqualTo("two\nlines <ok>");
        assertThat(text).startsWith("<ovf:ProductSection xmlns:ovf=\"" + OVF1 + "\" xmlns:ns1=\"urn:vendor\"");
        assertThat(XmlFragments.toXml(again)).isEqualTo(text);
    }

    @Test
    public void renamespacingMovesElementsAndAttributesOnly() {
        XmlElement moved = XmlFragments.renamespace(XmlFragments.parse(SECTION), OVF1, OVF2);
        assertThat(moved.namespace()).isEqualTo(OVF2);
        assertThat(moved.attribute(OVF2, "class")).isEqualTo("com.acme");
        assertThat(moved.child(OVF2, "Property").child("urn:vendor", "Hint")).isNotNull();
    }

    @Test
    public void aBrokenFragmentIsRefusedWithTheReason() {
        assertThatThrownBy(() -> XmlFragments.parse("<a><b></a>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a well-formed XML fragment");
    }
}
