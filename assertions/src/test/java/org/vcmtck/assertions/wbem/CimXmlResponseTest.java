package org.vcmtck.assertions.wbem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.testng.annotations.Test;

public class CimXmlResponseTest {

    private static byte[] wrap(String id, String inner) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                + "<MESSAGE ID=\"" + id + "\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP>" + inner
                + "</SIMPLERSP></MESSAGE></CIM>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void readsTheEnvelopeAndClassNames() throws Exception {
        CimXmlResponse r = CimXmlResponse.parse(wrap("77", "<IMETHODRESPONSE NAME=\"EnumerateClassNames\">"
                + "<IRETURNVALUE><CLASSNAME NAME=\"CIM_A\"/><CLASSNAME NAME=\"CIM_B\"/></IRETURNVALUE>"
                + "</IMETHODRESPONSE>"));
        assertThat(r.messageId()).contains("77");
        assertThat(r.protocolVersion()).contains("1.0");
        assertThat(r.responseElement()).isEqualTo("IMETHODRESPONSE");
        assertThat(r.responseName()).contains("EnumerateClassNames");
        assertThat(r.classNames()).containsExactly("CIM_A", "CIM_B");
        assertThat(r.error()).isEmpty();
    }

    @Test
    public void readsAnErrorCodeAndDescription() throws Exception {
        CimXmlResponse r = CimXmlResponse.parse(wrap("1", "<IMETHODRESPONSE NAME=\"GetInstance\">"
                + "<ERROR CODE=\"6\" DESCRIPTION=\"gone\"/></IMETHODRESPONSE>"));
        assertThat(r.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo(6);
            assertThat(e.description()).contains("gone");
        });
        assertThat(r.hasReturnValue()).isFalse();
    }

    @Test
    public void readsClassesWithOriginsQualifiersAndMethods() throws Exception {
        CimXmlResponse r = CimXmlResponse.parse(wrap("2", "<IMETHODRESPONSE NAME=\"GetClass\"><IRETURNVALUE>"
                + "<CLASS NAME=\"CIM_B\" SUPERCLASS=\"CIM_A\"><QUALIFIER NAME=\"Description\" TYPE=\"string\"/>"
                + "<PROPERTY NAME=\"P\" TYPE=\"string\" CLASSORIGIN=\"CIM_A\" PROPAGATED=\"true\"/>"
                + "<PROPERTY.ARRAY NAME=\"Q\" TYPE=\"uint16\"><VALUE.ARRAY><VALUE>1</VALUE><VALUE>2</VALUE>"
                + "</VALUE.ARRAY></PROPERTY.ARRAY><METHOD NAME=\"M\" TYPE=\"uint32\"/></CLASS>"
                + "</IRETURNVALUE></IMETHODRESPONSE>"));
        CimXmlClass c = r.classes().get(0);
        assertThat(c.name()).isEqualTo("CIM_B");
        assertThat(c.superclass()).contains("CIM_A");
        assertThat(c.qualifiers()).containsExactly("Description");
        assertThat(c.propertyNames()).containsExactly("P", "Q");
        assertThat(c.properties().get(0).classOrigin()).contains("CIM_A");
        assertThat(c.properties().get(0).propagated()).isTrue();
        assertThat(c.properties().get(1).value()).contains("1,2");
        assertThat(c.methods()).containsExactly("M");
    }

    @Test
    public void readsNamedInstancesAndComparesNamesWhateverTheKeyOrder() throws Exception {
        CimXmlResponse r = CimXmlResponse.parse(wrap("3", "<IMETHODRESPONSE NAME=\"EnumerateInstances\">"
                + "<IRETURNVALUE><VALUE.NAMEDINSTANCE><INSTANCENAME CLASSNAME=\"CIM_X\">"
                + "<KEYBINDING NAME=\"B\"><KEYVALUE>2</KEYVALUE></KEYBINDING>"
                + "<KEYBINDING NAME=\"A\"><KEYVALUE>1</KEYVALUE></KEYBINDING></INSTANCENAME>"
                + "<INSTANCE CLASSNAME=\"CIM_X\"><PROPERTY NAME=\"A\" TYPE=\"string\"><VALUE>1</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"N\" TYPE=\"string\"/></INSTANCE></VALUE.NAMEDINSTANCE></IRETURNVALUE>"
                + "</IMETHODRESPONSE>"));
        CimXmlInstance i = r.instances().get(0);
        assertThat(i.className()).isEqualTo("CIM_X");
        assertThat(i.properties().get(1).value()).isEmpty();
        assertThat(i.path()).isPresent();
        assertThat(i.path().get().identity())
                .isEqualTo(new CimXmlInstanceName("cim_x", Map.of("a", "1", "b", "2")).identity());
        assertThat(r.instanceNames()).isEmpty();
    }

    @Test
    public void readsPullOutputParameters() throws Exception {
        CimXmlResponse r = CimXmlResponse.parse(wrap("4", "<IMETHODRESPONSE NAME=\"OpenEnumerateInstancePaths\">"
                + "<IRETURNVALUE><INSTANCEPATH><NAMESPACEPATH><HOST>h</HOST><LOCALNAMESPACEPATH>"
                + "<NAMESPACE NAME=\"root\"/></LOCALNAMESPACEPATH></NAMESPACEPATH><INSTANCENAME CLASSNAME=\"C\">"
                + "<KEYBINDING NAME=\"K\"><KEYVALUE>v</KEYVALUE></KEYBINDING></INSTANCENAME></INSTANCEPATH>"
                + "</IRETURNVALUE><PARAMVALUE NAME=\"EndOfSequence\"><VALUE>FALSE</VALUE></PARAMVALUE>"
                + "<PARAMVALUE NAME=\"EnumerationContext\"><VALUE>ctx-1</VALUE></PARAMVALUE></IMETHODRESPONSE>"));
        assertThat(r.instanceNames()).extracting(CimXmlInstanceName::className).containsExactly("C");
        assertThat(r.outParameter("EndOfSequence")).contains("FALSE");
        assertThat(r.outParameter("EnumerationContext")).contains("ctx-1");
        assertThat(r.outParameter("Missing")).isEmpty();
    }

    @Test
    public void refusesADoctypeSoNoEntityIsExpanded() {
        byte[] evil = ("<?xml version=\"1.0\"?><!DOCTYPE CIM [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CIM><MESSAGE ID=\"&x;\"/></CIM>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CimXmlResponse.parse(evil)).isInstanceOf(CimXmlResponseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    public void refusesADocumentWithoutTheResponseSpine() {
        assertThatThrownBy(() -> CimXmlResponse.parse(wrap("5", "<METHODCALL NAME=\"x\"/>")))
                .isInstanceOf(CimXmlResponseException.class).hasMessageContaining("IMETHODRESPONSE");
        assertThatThrownBy(() -> CimXmlResponse.parse("<CIM><MESSAGE".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CimXmlResponseException.class).hasMessageContaining("not well-formed");
    }

    @Test
    public void knowsTheDefinedStatusCodes() {
        assertThat(CimStatusCodes.isDefined(6)).isTrue();
        assertThat(CimStatusCodes.isDefined(18)).isFalse();
        assertThat(CimStatusCodes.isDefined(0)).isFalse();
        assertThat(CimStatusCodes.describe(21)).contains("CIM_ERR_INVALID_ENUMERATION_CONTEXT");
    }
}
