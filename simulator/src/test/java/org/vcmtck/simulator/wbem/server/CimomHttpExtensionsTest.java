package org.vcmtck.simulator.wbem.server;

import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** M-POST, the response-time header, read-only users, the port setting and 503 while shutting down. */
public class CimomHttpExtensionsTest {
    private WbemTestServer server;
    private final String full = WbemTestServer.basic("alice", "a-pw");
    private final String reader = WbemTestServer.basic("rita", "r-pw");

    @BeforeClass
    public void start() throws Exception {
        Path users = Files.createTempFile("users", ".yaml");
        Files.writeString(users, """
                users:
                  - name: alice
                    password: a-pw
                  - name: rita
                    password: r-pw
                    role: read-only
                """);
        server = new WbemTestServer(Map.of("users", users.toString()));
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private HttpResponse<String> mpost(Map<String, String> headers, String op) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url())).method("M-POST",
                HttpRequest.BodyPublishers.ofByteArray(CimXml.intrinsic("5", op, TestRepository.NS, "")));
        b.header("Authorization", full).header("Content-Type", "application/xml; charset=\"utf-8\"");
        headers.forEach(b::header);
        return server.client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    public void mPostWithTheCimMappingIsProcessedWithPrefixedHeaders() throws Exception {
        HttpResponse<String> r = mpost(Map.of("Man", "http://www.dmtf.org/cim/mapping/http/v1.0 ; ns=73",
                "73-CIMOperation", "MethodCall", "73-CIMMethod", "EnumerateClassNames",
                "73-CIMObject", TestRepository.NS), "EnumerateClassNames");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("73-CIMOperation")).hasValue("MethodResponse");
        assertThat(r.headers().map()).containsKey("ext");
        assertThat(CimXml.xpathAll(r.body(), "//IRETURNVALUE/CLASSNAME/@NAME")).contains("Test_Element");
    }

    @Test
    public void mPostChecksThePrefixedHeadersAsPostChecksThePlainOnes() throws Exception {
        HttpResponse<String> r = mpost(Map.of("Man", "http://www.dmtf.org/cim/mapping/http/v1.0; ns=12",
                "12-CIMOperation", "MethodCall", "12-CIMMethod", "GetClass", "12-CIMObject", TestRepository.NS),
                "EnumerateClassNames");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("12-CIMError")).hasValue("header-mismatch");
    }

    @Test
    public void mPostWithoutTheCimMappingIsNotExtended() throws Exception {
        assertThat(mpost(Map.of("CIMOperation", "MethodCall", "CIMMethod", "EnumerateClassNames",
                "CIMObject", TestRepository.NS), "EnumerateClassNames").statusCode()).isEqualTo(510);
        assertThat(mpost(Map.of("Man", "http://example.com/other; ns=10"), "EnumerateClassNames").statusCode())
                .isEqualTo(510);
    }

    @Test
    public void responsesCarryTheServerResponseTimeInMicroseconds() throws Exception {
        HttpResponse<String> r = server.post("EnumerateClassNames", TestRepository.NS,
                CimXml.intrinsic("6", "EnumerateClassNames", TestRepository.NS, ""), Map.of("Authorization", full));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("WBEMServerResponseTime").orElse("missing")).matches("\\d+");
    }

    @Test
    public void aReadOnlyUserReadsButIsDeniedWrites() throws Exception {
        HttpResponse<String> read = server.post("EnumerateClassNames", TestRepository.NS,
                CimXml.intrinsic("7", "EnumerateClassNames", TestRepository.NS, ""), Map.of("Authorization", reader));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(CimXml.xpathAll(read.body(), "//ERROR/@CODE")).isEmpty();
        String name = CimXml.param("InstanceName", CimXml.thingName("Test_Thing", "nobody"));
        HttpResponse<String> delete = server.post("DeleteInstance", TestRepository.NS,
                CimXml.intrinsic("8", "DeleteInstance", TestRepository.NS, name), Map.of("Authorization", reader));
        assertThat(delete.statusCode()).isEqualTo(200);
        assertThat(CimXml.xpath(delete.body(), "//ERROR/@CODE")).isEqualTo("2");
        HttpResponse<String> byFullUser = server.post("DeleteInstance", TestRepository.NS,
                CimXml.intrinsic("9", "DeleteInstance", TestRepository.NS, name), Map.of("Authorization", full));
        assertThat(CimXml.xpath(byFullUser.body(), "//ERROR/@CODE")).isEqualTo("6");
    }

    @Test
    public void thePortSettingChoosesTheListeningPort() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (WbemTestServer onPort = new WbemTestServer(Map.of("port", Integer.toString(free)))) {
            assertThat(URI.create(onPort.url()).getPort()).isEqualTo(free);
        }
    }

    @Test
    public void theRegisteredWbemHttpPortCanBeAskedFor() throws Exception {
        try (ServerSocket probe = new ServerSocket(5988, 1, java.net.InetAddress.getLoopbackAddress())) {
            probe.close();
        } catch (java.io.IOException taken) {
            throw new SkipException("port 5988 is in use on this machine");
        }
        try (WbemTestServer onPort = new WbemTestServer(Map.of("port", "5988"))) {
            assertThat(onPort.url()).endsWith(":5988/cimom");
            HttpResponse<String> r = onPort.intrinsic("EnumerateClassNames", "");
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @Test
    public void requestsWhileShuttingDownAre503() throws Exception {
        WbemTestServer draining = new WbemTestServer(Map.of("drainMillis", "3000"));
        assertThat(draining.intrinsic("EnumerateClassNames", "").statusCode()).isEqualTo(200);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(draining::close);
        int status = 200;
        // the stop runs in the background; requests before it flips the switch are still served
        while (status == 200 && !stopping.isDone()) {
            status = draining.intrinsic("EnumerateClassNames", "").statusCode();
        }
        stopping.join();
        assertThat(status).isEqualTo(503);
    }
}
