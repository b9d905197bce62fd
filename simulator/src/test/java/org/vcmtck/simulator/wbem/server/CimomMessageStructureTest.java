package org.vcmtck.simulator.wbem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** Message structure over HTTP: refusals of invalid envelopes, void answers, errors and method outcomes. */
public class CimomMessageStructureTest {
    private WbemTestServer server;

    @BeforeClass
    public void start() throws Exception {
        server = new WbemTestServer(Map.of());
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private static String thing(String name, String keyValueAttributes) {
        return "<INSTANCENAME CLASSNAME=\"Test_Thing\"><KEYBINDING NAME=\"Name\"><KEYVALUE " + keyValueAttributes
                + ">" + name + "</KEYVALUE></KEYBINDING></INSTANCENAME>";
    }

    private HttpResponse<String> ping(String params) throws Exception {
        String call = "<METHODCALL NAME=\"Ping\"><LOCALINSTANCEPATH>" + CimXml.namespacePath(TestRepository.NS)
                + thing("a", "VALUETYPE=\"string\"") + "</LOCALINSTANCEPATH>" + params + "</METHODCALL>";
        return server.post("Ping", TestRepository.NS + ":Test_Thing.Name=%22a%22",
                CimXml.document("5", call).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    public void twoCallsInOneSimpleRequestAreNotValid() throws Exception {
        String call = "<IMETHODCALL NAME=\"GetClass\">" + CimXml.namespacePath(TestRepository.NS)
                + CimXml.param("ClassName", CimXml.className("Test_Thing")) + "</IMETHODCALL>";
        HttpResponse<String> r = server.post("GetClass", TestRepository.NS,
                CimXml.document("3", call + call).getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("request-not-valid");
    }

    @Test
    public void aKeyValueTypedOutsideTheDtdIsAnInvalidParameterWithAReadableDescription() throws Exception {
        HttpResponse<String> r = server.intrinsic("GetInstance", CimXml.param("InstanceName",
                thing("a", "VALUETYPE=\"numeric\" TYPE=\"int\"")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(CimXml.xpath(r.body(), "/CIM/MESSAGE/SIMPLERSP/IMETHODRESPONSE/ERROR/@CODE")).isEqualTo("4");
        assertThat(CimXml.xpath(r.body(), "count(/CIM/MESSAGE/SIMPLERSP/IMETHODRESPONSE/*)")).isEqualTo("1");
        assertThat(CimXml.xpath(r.body(), "/CIM/MESSAGE/SIMPLERSP/IMETHODRESPONSE/ERROR/@DESCRIPTION"))
                .contains("int");
    }

    @Test
    public void aVoidOperationAnswersAnEmptyResponse() throws Exception {
        HttpResponse<String> r = server.intrinsic("DeleteInstance", CimXml.param("InstanceName",
                thing("c", "VALUETYPE=\"string\"")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(CimXml.xpath(r.body(), "/CIM/MESSAGE/SIMPLERSP/IMETHODRESPONSE/@NAME")).isEqualTo("DeleteInstance");
        assertThat(CimXml.xpath(r.body(), "count(/CIM/MESSAGE/SIMPLERSP/IMETHODRESPONSE/*)")).isEqualTo("0");
    }

    @Test
    public void aMethodAnswersATypedReturnValueAndOutParametersAndReadsEmbeddedInstances() throws Exception {
        String embedded = "&lt;INSTANCE CLASSNAME=&quot;Test_Thing&quot;/&gt;";
        HttpResponse<String> r = ping("<PARAMVALUE NAME=\"Value\" PARAMTYPE=\"uint16\"><VALUE>7</VALUE></PARAMVALUE>"
                + "<PARAMVALUE NAME=\"Settings\" PARAMTYPE=\"string\" EmbeddedObject=\"instance\"><VALUE>" + embedded
                + "</VALUE></PARAMVALUE>");
        String response = "/CIM/MESSAGE/SIMPLERSP/METHODRESPONSE";
        assertThat(CimXml.xpath(r.body(), response + "/RETURNVALUE/@PARAMTYPE")).isEqualTo("uint32");
        assertThat(CimXml.xpath(r.body(), response + "/RETURNVALUE/VALUE")).isEqualTo("0");
        assertThat(CimXml.xpath(r.body(), "name(" + response + "/*[1])")).isEqualTo("RETURNVALUE");
        assertThat(CimXml.xpath(r.body(), response + "/PARAMVALUE[@NAME='Echo']/VALUE")).isEqualTo("7|a|true");
    }

    @Test
    public void aNonZeroReturnValueIsNotAnError() throws Exception {
        HttpResponse<String> r = ping("");
        String response = "/CIM/MESSAGE/SIMPLERSP/METHODRESPONSE";
        assertThat(CimXml.xpath(r.body(), response + "/RETURNVALUE/VALUE")).isEqualTo("1");
        assertThat(CimXml.xpath(r.body(), "count(" + response + "/ERROR)")).isEqualTo("0");
    }

    @Test
    public void anEmbeddedStringThatIsNotAnInstanceIsAnInvalidParameterAlone() throws Exception {
        HttpResponse<String> r = ping("<PARAMVALUE NAME=\"Settings\" PARAMTYPE=\"string\" EmbeddedObject=\"instance\">"
                + "<VALUE>not an instance</VALUE></PARAMVALUE>");
        String response = "/CIM/MESSAGE/SIMPLERSP/METHODRESPONSE";
        assertThat(CimXml.xpath(r.body(), response + "/ERROR/@CODE")).isEqualTo("4");
        assertThat(CimXml.xpath(r.body(), "count(" + response + "/RETURNVALUE)")).isEqualTo("0");
    }
}
