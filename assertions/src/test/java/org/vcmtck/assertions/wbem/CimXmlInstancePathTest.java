package org.vcmtck.assertions.wbem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.testng.annotations.Test;

public class CimXmlInstancePathTest {

    private static CimXmlResponse parse(String inner) throws CimXmlResponseException {
        return CimXmlResponse.parse(("<CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\"><MESSAGE ID=\"1\" "
                + "PROTOCOLVERSION=\"1.0\"><SIMPLERSP>" + inner + "</SIMPLERSP></MESSAGE></CIM>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void associatorNamesKeepTheNamespaceOfEachPathButNotThatOfAReferenceKey() throws Exception {
        CimXmlResponse response = parse("<IMETHODRESPONSE NAME=\"AssociatorNames\"><IRETURNVALUE><OBJECTPATH>"
                + "<INSTANCEPATH><NAMESPACEPATH><HOST>h</HOST><LOCALNAMESPACEPATH><NAMESPACE NAME=\"root\"/>"
                + "<NAMESPACE NAME=\"virt\"/></LOCALNAMESPACEPATH></NAMESPACEPATH><INSTANCENAME CLASSNAME=\"X_A\">"
                + "<KEYBINDING NAME=\"Ref\"><VALUE.REFERENCE><LOCALINSTANCEPATH><LOCALNAMESPACEPATH>"
                + "<NAMESPACE NAME=\"other\"/></LOCALNAMESPACEPATH><INSTANCENAME CLASSNAME=\"X_B\">"
                + "<KEYBINDING NAME=\"Id\"><KEYVALUE>1</KEYVALUE></KEYBINDING></INSTANCENAME></LOCALINSTANCEPATH>"
                + "</VALUE.REFERENCE></KEYBINDING></INSTANCENAME></INSTANCEPATH></OBJECTPATH>"
                + "<INSTANCENAME CLASSNAME=\"X_C\"><KEYBINDING NAME=\"Id\"><KEYVALUE>2</KEYVALUE></KEYBINDING>"
                + "</INSTANCENAME></IRETURNVALUE></IMETHODRESPONSE>");

        assertThat(response.instancePaths()).hasSize(2);
        CimXmlInstancePath first = response.instancePaths().get(0);
        assertThat(first.namespace()).contains("root/virt");
        assertThat(first.isIn("/ROOT/virt")).isTrue();
        assertThat(first.isIn("other")).isFalse();
        assertThat(first.name().className()).isEqualTo("X_A");
        assertThat(response.instancePaths().get(1).namespace()).isEmpty();
    }

    @Test
    public void referencesOfAnOutputParameterAreRead() throws Exception {
        CimXmlResponse response = parse("<METHODRESPONSE NAME=\"GetCentralInstances\"><RETURNVALUE PARAMTYPE="
                + "\"uint8\"><VALUE>0</VALUE></RETURNVALUE><PARAMVALUE NAME=\"CentralInstances\" "
                + "PARAMTYPE=\"reference\"><VALUE.REFARRAY><VALUE.REFERENCE><LOCALINSTANCEPATH><LOCALNAMESPACEPATH>"
                + "<NAMESPACE NAME=\"interop\"/></LOCALNAMESPACEPATH><INSTANCENAME CLASSNAME=\"X_A\"><KEYBINDING "
                + "NAME=\"Id\"><KEYVALUE>1</KEYVALUE></KEYBINDING></INSTANCENAME></LOCALINSTANCEPATH>"
                + "</VALUE.REFERENCE></VALUE.REFARRAY></PARAMVALUE></METHODRESPONSE>");

        assertThat(response.outReferences("centralinstances")).singleElement()
                .satisfies(path -> assertThat(path.toString()).isEqualTo("interop:X_A.Id=\"1\""));
        assertThat(response.outReferences("Other")).isEmpty();
    }
}
