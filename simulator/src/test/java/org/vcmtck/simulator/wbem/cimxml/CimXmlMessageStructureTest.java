package org.vcmtck.simulator.wbem.cimxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.testng.annotations.Test;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;

/** DSP0201 message structure as the reference reads it (WBEM-XML-004..017). */
public class CimXmlMessageStructureTest {
    private final CimXmlDecoder decoder = new CimXmlDecoder();
    private final SecureXmlReader reader = new SecureXmlReader();

    private static String request(String simpleReqContent) {
        return "<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"9\" PROTOCOLVERSION=\"1.0\"><SIMPLEREQ>"
                + simpleReqContent + "</SIMPLEREQ></MESSAGE></CIM>";
    }

    private static String call(String name, String params) {
        return "<IMETHODCALL NAME=\"" + name + "\"><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/>"
                + "<NAMESPACE NAME=\"interop\"/></LOCALNAMESPACEPATH>" + params + "</IMETHODCALL>";
    }

    private static CimXmlRequest read(String doc) {
        return new CimXmlEnvelope().read(doc.getBytes(StandardCharsets.UTF_8));
    }

    private static CimXmlException refused(String doc) {
        return catchThrowableOfType(CimXmlException.class, () -> read(doc));
    }

    @Test
    public void aSimpleRequestHoldsOneCallAfterItsCorrelators() {
        assertThat(read(request("<CORRELATOR NAME=\"c\" TYPE=\"string\"><VALUE>x</VALUE></CORRELATOR>"
                + call("GetClass", ""))).name()).isEqualTo("GetClass");
        CimXmlException two = refused(request(call("GetClass", "") + call("GetClass", "")));
        assertThat(two.kind()).isEqualTo(CimXmlException.Kind.NOT_VALID);
        assertThat(two.getMessage()).contains("exactly one");
    }

    @Test
    public void theNamespaceIsJoinedFromItsSegmentsAndNoSegmentIsEmpty() {
        assertThat(read(request(call("GetClass", ""))).namespace()).isEqualTo("root/interop");
        CimXmlException empty = refused(request("<IMETHODCALL NAME=\"GetClass\"><LOCALNAMESPACEPATH>"
                + "<NAMESPACE NAME=\"root\"/><NAMESPACE NAME=\" \"/></LOCALNAMESPACEPATH></IMETHODCALL>"));
        assertThat(empty.kind()).isEqualTo(CimXmlException.Kind.NOT_VALID);
        assertThat(empty.getMessage()).contains("empty NAME");
    }

    @Test
    public void anEmptyParameterIsNullAndTwoValuesAreNotValid() {
        CimXmlRequest r = read(request(call("GetInstance", "<IPARAMVALUE NAME=\"PropertyList\"/>")));
        assertThat(decoder.stringArrayParam(r.param("PropertyList"))).isNull();
        CimXmlRequest listed = read(request(call("GetInstance", "<IPARAMVALUE NAME=\"PropertyList\"><VALUE.ARRAY/>"
                + "</IPARAMVALUE>")));
        assertThat(decoder.stringArrayParam(listed.param("PropertyList"))).isEmpty();
        CimXmlException two = refused(request(call("GetClass", "<IPARAMVALUE NAME=\"LocalOnly\"><VALUE>TRUE</VALUE>"
                + "<VALUE>FALSE</VALUE></IPARAMVALUE>")));
        assertThat(two.getMessage()).contains("more than one value");
    }

    @Test
    public void keyBindingsAreTypedByTypeOrValueTypeAndTheirOrderDoesNotNameAnotherInstance() {
        String ab = "<INSTANCENAME CLASSNAME=\"X_T\"><KEYBINDING NAME=\"A\"><KEYVALUE VALUETYPE=\"numeric\" "
                + "TYPE=\"uint16\">3</KEYVALUE></KEYBINDING><KEYBINDING NAME=\"B\"><KEYVALUE>b</KEYVALUE></KEYBINDING>"
                + "</INSTANCENAME>";
        String ba = "<INSTANCENAME CLASSNAME=\"X_T\"><KEYBINDING NAME=\"B\"><KEYVALUE>b</KEYVALUE></KEYBINDING>"
                + "<KEYBINDING NAME=\"A\"><KEYVALUE VALUETYPE=\"numeric\" TYPE=\"uint16\">3</KEYVALUE></KEYBINDING>"
                + "</INSTANCENAME>";
        var first = decoder.instanceName(reader.read(ab.getBytes(StandardCharsets.UTF_8)), "root/x");
        var second = decoder.instanceName(reader.read(ba.getBytes(StandardCharsets.UTF_8)), "root/x");
        assertThat(first.key("A")).isEqualTo(CimValue.uint16(3));
        assertThat(first.keyBindings()).isEqualTo(second.keyBindings());
        String intType = "<KEYVALUE VALUETYPE=\"numeric\" TYPE=\"int\">3</KEYVALUE>";
        CimXmlException bad = catchThrowableOfType(CimXmlException.class,
                () -> decoder.keyValue(reader.read(intType.getBytes(StandardCharsets.UTF_8))));
        assertThat(bad.getMessage()).contains("int");
    }

    @Test
    public void instanceQualifiersComeBeforePropertiesAndAPropertyWithoutValueIsNull() {
        String ok = "<INSTANCE CLASSNAME=\"X_T\"><QUALIFIER NAME=\"q\" TYPE=\"string\"/>"
                + "<PROPERTY NAME=\"N\" TYPE=\"string\"/></INSTANCE>";
        var instance = decoder.instance(reader.read(ok.getBytes(StandardCharsets.UTF_8)));
        assertThat(instance.value("N").isNull()).isTrue();
        String late = "<INSTANCE CLASSNAME=\"X_T\"><PROPERTY NAME=\"N\" TYPE=\"string\"/>"
                + "<QUALIFIER NAME=\"q\" TYPE=\"string\"/></INSTANCE>";
        CimXmlException t = catchThrowableOfType(CimXmlException.class,
                () -> decoder.instance(reader.read(late.getBytes(StandardCharsets.UTF_8))));
        assertThat(t.getMessage()).contains("qualifiers come first");
    }

    @Test
    public void booleansAreReadInAnyCaseAndIntervalsAsIntervals() {
        CimXmlRequest r = read(request(call("GetClass", "<IPARAMVALUE NAME=\"LocalOnly\"><VALUE>false</VALUE>"
                + "</IPARAMVALUE><IPARAMVALUE NAME=\"IncludeQualifiers\"><VALUE> True </VALUE></IPARAMVALUE>")));
        assertThat(decoder.booleanParam(r.param("LocalOnly"), true)).isFalse();
        assertThat(decoder.booleanParam(r.param("IncludeQualifiers"), false)).isTrue();
        CimValue wait = decoder.value(reader.read("<VALUE>00000000000500.000000:000</VALUE>"
                .getBytes(StandardCharsets.UTF_8)), CimType.of(CimType.Base.DATETIME));
        assertThat(wait.type().base()).isEqualTo(CimType.Base.DATETIME);
        assertThat(wait.asString()).isEqualTo("00000000000500.000000:000");
        CimException notBoolean = catchThrowableOfType(CimException.class, () -> decoder.booleanParam(
                read(request(call("GetClass", "<IPARAMVALUE NAME=\"LocalOnly\"><VALUE>yes</VALUE></IPARAMVALUE>")))
                        .param("LocalOnly"), true));
        assertThat(notBoolean.status()).isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
    }

    @Test
    public void embeddedInstanceParametersAreDecodedAndATypeOutsideTheDtdIsAnInvalidParameter() {
        String doc = request("<METHODCALL NAME=\"Define\"><LOCALCLASSPATH><LOCALNAMESPACEPATH><NAMESPACE "
                + "NAME=\"root\"/></LOCALNAMESPACEPATH><CLASSNAME NAME=\"X_S\"/></LOCALCLASSPATH>"
                + "<PARAMVALUE NAME=\"Settings\" PARAMTYPE=\"string\" EmbeddedObject=\"instance\"><VALUE>"
                + "&lt;INSTANCE CLASSNAME=&quot;X_T&quot;&gt;&lt;PROPERTY NAME=&quot;N&quot; TYPE=&quot;string&quot;"
                + "&gt;&lt;VALUE&gt;n1&lt;/VALUE&gt;&lt;/PROPERTY&gt;&lt;/INSTANCE&gt;</VALUE></PARAMVALUE>"
                + "<PARAMVALUE NAME=\"Count\" PARAMTYPE=\"int\"><VALUE>1</VALUE></PARAMVALUE></METHODCALL>");
        CimXmlRequest r = read(doc);
        CimArgument settings = decoder.argument(r.param("Settings"));
        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.instances().get(0).className()).isEqualTo("X_T");
        assertThat(settings.instances().get(0).value("N").asString()).isEqualTo("n1");
        CimException count = catchThrowableOfType(CimException.class, () -> decoder.argument(r.param("Count")));
        assertThat(count.status()).isEqualTo(CimStatus.CIM_ERR_INVALID_PARAMETER);
        assertThat(count.description()).contains("int");
    }
}
