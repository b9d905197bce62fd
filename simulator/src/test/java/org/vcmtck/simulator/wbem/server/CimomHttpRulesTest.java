package org.vcmtck.simulator.wbem.server;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class CimomHttpRulesTest {
    private static final String ENUM_NAMES = CimXml.param("ClassName", CimXml.className("Test_Thing"));
    private WbemTestServer server;

    @BeforeClass
    public void start() throws Exception {
        server = new WbemTestServer(Map.of("maxBodyBytes", "65536"));
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private static byte[] body(String op) {
        return CimXml.intrinsic("7", op, TestRepository.NS, ENUM_NAMES);
    }

    private HttpResponse<String> post(byte[] body, Map<String, String> overrides) throws Exception {
        return server.post("EnumerateInstanceNames", TestRepository.NS, body, overrides);
    }

    @Test
    public void publishesTheCimomUrlAndBothNamespaces() {
        assertThat(server.url()).matches("http://127\\.0\\.0\\.1:\\d+/cimom");
        assertThat(server.endpoints).containsEntry("interopNamespace", "root/interop")
                .containsEntry("virtualizationNamespace", "root/virtualization");
    }

    @Test
    public void aValidRequestIsAnswered200WithMethodResponse() throws Exception {
        HttpResponse<String> r = post(body("EnumerateInstanceNames"), Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("CIMOperation")).hasValue("MethodResponse");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(CimXml.xpath(r.body(), "/CIM/MESSAGE/@ID")).isEqualTo("7");
        assertThat(CimXml.xpath(r.body(), "/CIM/MESSAGE/@PROTOCOLVERSION")).isEqualTo("1.0");
    }

    @Test
    public void otherVerbsGet405() throws Exception {
        HttpResponse<String> r = server.client.send(HttpRequest.newBuilder(URI.create(server.url())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    public void wrongOrMissingCimOperationIsUnsupportedOperation() throws Exception {
        for (String value : new String[]{"MethodResponse", null}) {
            Map<String, String> o = new HashMap<>();
            o.put("CIMOperation", value);
            HttpResponse<String> r = post(body("EnumerateInstanceNames"), o);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("CIMError")).hasValue("unsupported-operation");
        }
    }

    @Test
    public void cimBatchIsRefusedWith501() throws Exception {
        HttpResponse<String> r = post(body("EnumerateInstanceNames"), Map.of("CIMBatch", "CIMBatch"));
        assertThat(r.statusCode()).isEqualTo(501);
        assertThat(r.headers().firstValue("CIMError")).hasValue("multiple-requests-unsupported");
    }

    @Test
    public void cimMethodMustMatchThePayload() throws Exception {
        HttpResponse<String> r = post(body("EnumerateInstanceNames"), Map.of("CIMMethod", "GetClass"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("header-mismatch");
    }

    @Test
    public void cimObjectMustMatchTheNamespaceAndIsPercentDecoded() throws Exception {
        HttpResponse<String> wrong = post(body("EnumerateInstanceNames"), Map.of("CIMObject", "root/other"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("CIMError")).hasValue("header-mismatch");
        HttpResponse<String> encoded = post(body("EnumerateInstanceNames"), Map.of("CIMObject", "root%2Ftest"));
        assertThat(encoded.statusCode()).isEqualTo(200);
        HttpResponse<String> broken = post(body("EnumerateInstanceNames"), Map.of("CIMObject", "root%2"));
        assertThat(broken.headers().firstValue("CIMError")).hasValue("header-mismatch");
    }

    @Test
    public void missingCimMethodIsHeaderMismatch() throws Exception {
        Map<String, String> o = new HashMap<>();
        o.put("CIMMethod", null);
        HttpResponse<String> r = post(body("EnumerateInstanceNames"), o);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("header-mismatch");
    }

    @Test
    public void protocolVersionHeaderMustAgreeWithTheMessage() throws Exception {
        HttpResponse<String> r = post(body("EnumerateInstanceNames"), Map.of("CIMProtocolVersion", "1.1"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("header-mismatch");
        HttpResponse<String> v2 = post(body("EnumerateInstanceNames"), Map.of("CIMProtocolVersion", "2.0"));
        assertThat(v2.statusCode()).isEqualTo(501);
        assertThat(v2.headers().firstValue("CIMError")).hasValue("unsupported-protocol-version");
    }

    @Test
    public void contentTypeMustBeXmlInUtf8() throws Exception {
        assertThat(post(body("EnumerateInstanceNames"), Map.of("Content-Type", "text/plain")).statusCode())
                .isEqualTo(400);
        assertThat(post(body("EnumerateInstanceNames"), Map.of("Content-Type", "text/xml; charset=iso-8859-1"))
                .statusCode()).isEqualTo(400);
        assertThat(post(body("EnumerateInstanceNames"), Map.of("Content-Type", "text/xml")).statusCode())
                .isEqualTo(200);
    }

    @Test
    public void bytesThatAreNotUtf8AreRequestNotValid() throws Exception {
        byte[] good = body("EnumerateInstanceNames");
        byte[] bad = new String(good, StandardCharsets.UTF_8).replace("ID=\"7\"", "ID=\"\u00e9\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = post(bad, Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("request-not-valid");
    }

    @Test
    public void truncatedXmlIsNotWellFormed() throws Exception {
        byte[] good = body("EnumerateInstanceNames");
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 20);
        HttpResponse<String> r = post(cut, Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("request-not-well-formed");
    }

    @Test
    public void aDoctypeWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "TOPSECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE CIM [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + new String(body("EnumerateInstanceNames"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>", "").replace("ID=\"7\"", "ID=\"&x;\"");
        HttpResponse<String> r = post(xml.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("TOPSECRET");
    }

    @Test
    public void unsupportedDtdVersionIs501() throws Exception {
        byte[] b = new String(body("EnumerateInstanceNames"), StandardCharsets.UTF_8)
                .replace("DTDVERSION=\"2.0\"", "DTDVERSION=\"9.0\"").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post(b, Map.of());
        assertThat(r.statusCode()).isEqualTo(501);
        assertThat(r.headers().firstValue("CIMError")).hasValue("unsupported-dtd-version");
    }

    @Test
    public void missingDtdVersionIsRequestNotValid() throws Exception {
        byte[] b = new String(body("EnumerateInstanceNames"), StandardCharsets.UTF_8)
                .replace(" DTDVERSION=\"2.0\"", "").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post(b, Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("CIMError")).hasValue("request-not-valid");
    }

    @Test
    public void deeplyNestedDocumentsAreRefusedCleanly() throws Exception {
        String nested = "<VALUE.ARRAY>".repeat(200) + "</VALUE.ARRAY>".repeat(200);
        byte[] b = CimXml.intrinsic("7", "EnumerateInstanceNames", TestRepository.NS,
                CimXml.param("ClassName", nested));
        HttpResponse<String> r = post(b, Map.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("nested");
    }

    @Test
    public void oversizeBodiesGet413() throws Exception {
        byte[] big = new byte[70_000];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = post(big, Map.of());
        assertThat(r.statusCode()).isEqualTo(413);
    }
}
