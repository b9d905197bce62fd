package org.vcmtck.assertions.wbem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

public class CimXmlMessageShapeTest {

    private static CimXmlMessageShape read(String response) throws CimXmlResponseException {
        return CimXmlMessageShape.parse(("<?xml version=\"1.0\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                + "<MESSAGE ID=\"1\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP>" + response + "</SIMPLERSP></MESSAGE></CIM>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> ids(CimXmlMessageShape shape) {
        return shape.violations().stream().map(CimXmlMessageShape.Violation::requirement).toList();
    }

    @Test
    public void aWellFormedInstanceAnswerHasNoViolations() throws Exception {
        CimXmlMessageShape shape = read("<IMETHODRESPONSE NAME=\"GetInstance\"><IRETURNVALUE>"
                + "<INSTANCE CLASSNAME=\"X_A\"><QUALIFIER NAME=\"q\" TYPE=\"string\"><VALUE>v</VALUE></QUALIFIER>"
                + "<PROPERTY NAME=\"On\" TYPE=\"boolean\"><VALUE>true</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"When\" TYPE=\"datetime\"><VALUE>20240101120000.000000+060</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Wait\" TYPE=\"datetime\"><VALUE>00000000000500.000000:000</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Gone\" TYPE=\"string\"/>"
                + "<PROPERTY.ARRAY NAME=\"L\" TYPE=\"uint16\"><VALUE.ARRAY><VALUE>1</VALUE></VALUE.ARRAY>"
                + "</PROPERTY.ARRAY></INSTANCE></IRETURNVALUE></IMETHODRESPONSE>");
        assertThat(shape.violations()).isEmpty();
        assertThat(shape.firstInstanceProperties()).extracting(CimXmlMessageShape.PropertyShape::isNull)
                .containsExactly(false, false, false, true, false);
    }

    @Test
    public void wrongTypesEncodingsAndOrderAreNamedWithTheirRequirement() throws Exception {
        CimXmlMessageShape shape = read("<IMETHODRESPONSE NAME=\"GetInstance\"><IRETURNVALUE>"
                + "<INSTANCE CLASSNAME=\"X_A\"><PROPERTY NAME=\"N\" TYPE=\"int\"><VALUE>1</VALUE></PROPERTY>"
                + "<QUALIFIER NAME=\"late\" TYPE=\"string\"/>"
                + "<PROPERTY NAME=\"On\" TYPE=\"boolean\"><VALUE>yes</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"When\" TYPE=\"datetime\"><VALUE>2024-01-01</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"NoType\"><VALUE>x</VALUE></PROPERTY>"
                + "</INSTANCE></IRETURNVALUE></IMETHODRESPONSE>");
        assertThat(ids(shape)).containsExactly("WBEM-XML-017", "WBEM-XML-014", "WBEM-XML-015", "WBEM-XML-015",
                "WBEM-XML-014");
        assertThat(shape.violations(Set.of("WBEM-XML-015"))).hasSize(2);
    }

    @Test
    public void aVoidAnswerMayBeEmptyButErrorMustStandAlone() throws Exception {
        assertThat(read("<IMETHODRESPONSE NAME=\"CloseEnumeration\"/>").violations()).isEmpty();
        assertThat(read("<IMETHODRESPONSE NAME=\"CloseEnumeration\"/>").responseChildren()).isEmpty();
        assertThat(ids(read("<IMETHODRESPONSE NAME=\"GetClass\"><ERROR CODE=\"6\"/><IRETURNVALUE/>"
                + "</IMETHODRESPONSE>"))).contains("WBEM-XML-010");
        assertThat(ids(read("<METHODRESPONSE NAME=\"M\"><ERROR CODE=\"4\"/><RETURNVALUE PARAMTYPE=\"uint32\">"
                + "<VALUE>4</VALUE></RETURNVALUE></METHODRESPONSE>"))).contains("WBEM-ERR-004");
        assertThat(ids(read("<IMETHODRESPONSE NAME=\"GetClass\"><PARAMVALUE NAME=\"a\"/><IRETURNVALUE/>"
                + "</IMETHODRESPONSE>"))).contains("WBEM-XML-010");
    }

    @Test
    public void errorsCarryANumericCodeAndOnlyInstances() throws Exception {
        CimXmlMessageShape good = read("<IMETHODRESPONSE NAME=\"GetClass\"><ERROR CODE=\"6\" DESCRIPTION=\"no\">"
                + "<INSTANCE CLASSNAME=\"CIM_Error\"/></ERROR></IMETHODRESPONSE>");
        assertThat(good.violations()).isEmpty();
        assertThat(good.hasError()).isTrue();
        assertThat(good.errorInstanceClasses()).containsExactly("CIM_Error");
        assertThat(ids(read("<IMETHODRESPONSE NAME=\"GetClass\"><ERROR CODE=\"NOT_FOUND\"><VALUE>x</VALUE></ERROR>"
                + "</IMETHODRESPONSE>"))).containsExactly("WBEM-XML-011", "WBEM-XML-011");
    }

    @Test
    public void aMethodAnswerNamesItsReturnValueAndOutParameters() throws Exception {
        CimXmlMessageShape shape = read("<METHODRESPONSE NAME=\"M\"><RETURNVALUE PARAMTYPE=\"uint8\"><VALUE>0</VALUE>"
                + "</RETURNVALUE><PARAMVALUE NAME=\"Refs\" PARAMTYPE=\"reference\"><VALUE.REFARRAY/></PARAMVALUE>"
                + "<PARAMVALUE NAME=\"Doc\" PARAMTYPE=\"string\" EmbeddedObject=\"instance\"><VALUE>"
                + "&lt;INSTANCE CLASSNAME=&quot;X_A&quot;/&gt;</VALUE></PARAMVALUE></METHODRESPONSE>");
        assertThat(shape.violations()).isEmpty();
        assertThat(shape.returnValue()).hasValueSatisfying(r -> {
            assertThat(r.paramType()).contains("uint8");
            assertThat(r.text()).isEqualTo("0");
        });
        assertThat(shape.outParameters()).extracting(CimXmlMessageShape.TypedValue::name).containsExactly("Refs",
                "Doc");
        assertThat(ids(read("<METHODRESPONSE NAME=\"M\"><RETURNVALUE PARAMTYPE=\"int\"><VALUE>0</VALUE>"
                + "</RETURNVALUE><PARAMVALUE NAME=\"Doc\" EmbeddedObject=\"instance\"><VALUE>plain</VALUE>"
                + "</PARAMVALUE></METHODRESPONSE>"))).containsExactly("WBEM-XML-017", "WBEM-XML-016");
    }

    @Test
    public void keyBindingsKeepTheirValueTypes() throws Exception {
        CimXmlMessageShape shape = read("<IMETHODRESPONSE NAME=\"EnumerateInstanceNames\"><IRETURNVALUE>"
                + "<INSTANCENAME CLASSNAME=\"X_A\"><KEYBINDING NAME=\"Id\"><KEYVALUE VALUETYPE=\"numeric\" "
                + "TYPE=\"uint16\">7</KEYVALUE></KEYBINDING><KEYBINDING NAME=\"N\"><KEYVALUE>a</KEYVALUE>"
                + "</KEYBINDING></INSTANCENAME><INSTANCENAME CLASSNAME=\"X_A\"><KEYBINDING NAME=\"Id\">"
                + "<KEYVALUE VALUETYPE=\"integer\">7</KEYVALUE></KEYBINDING></INSTANCENAME></IRETURNVALUE>"
                + "</IMETHODRESPONSE>");
        assertThat(shape.returnedInstanceNames()).hasSize(2);
        assertThat(shape.returnedInstanceNames().get(0).get(0).valueType()).contains("numeric");
        assertThat(shape.returnedInstanceNames().get(0).get(1).valueType()).isEmpty();
        assertThat(ids(shape)).containsExactly("WBEM-XML-013");
    }

    @Test
    public void aBodyWithoutTheSpineIsRefused() {
        assertThatThrownBy(() -> CimXmlMessageShape.parse("<CIM/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CimXmlResponseException.class).hasMessageContaining("MESSAGE");
        assertThatThrownBy(() -> CimXmlMessageShape.parse("<CIM".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CimXmlResponseException.class).hasMessageContaining("well-formed");
    }

    @Test
    public void embeddedInstanceParametersAreFoundByTheirQualifier() throws Exception {
        CimXmlMessageShape shape = read("<IMETHODRESPONSE NAME=\"EnumerateClasses\"><IRETURNVALUE>"
                + "<CLASS NAME=\"X_Svc\"><METHOD NAME=\"Define\" TYPE=\"uint32\">"
                + "<PARAMETER NAME=\"Settings\" TYPE=\"string\"><QUALIFIER NAME=\"EmbeddedInstance\" "
                + "TYPE=\"string\"><VALUE>X_Settings</VALUE></QUALIFIER></PARAMETER>"
                + "<PARAMETER.ARRAY NAME=\"Parts\" TYPE=\"string\"><QUALIFIER NAME=\"EmbeddedInstance\" "
                + "TYPE=\"string\"><VALUE>X_Part</VALUE></QUALIFIER></PARAMETER.ARRAY>"
                + "<PARAMETER NAME=\"Result\" TYPE=\"string\"><QUALIFIER NAME=\"In\" TYPE=\"boolean\">"
                + "<VALUE>false</VALUE></QUALIFIER><QUALIFIER NAME=\"EmbeddedInstance\" TYPE=\"string\">"
                + "<VALUE>X_Settings</VALUE></QUALIFIER></PARAMETER>"
                + "<PARAMETER NAME=\"Plain\" TYPE=\"string\"/></METHOD></CLASS></IRETURNVALUE></IMETHODRESPONSE>");
        assertThat(shape.embeddedInstanceParameters()).containsExactly(
                new CimXmlMessageShape.EmbeddedParameter("X_Svc", "Define", "Settings", false, "X_Settings"),
                new CimXmlMessageShape.EmbeddedParameter("X_Svc", "Define", "Parts", true, "X_Part"));
    }
}
