package org.vcmtck.simulator.wbem.server;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class CimomAuthTest {
    private WbemTestServer server;

    @BeforeClass
    public void start() throws Exception {
        Path users = Files.createTempFile("users", ".yaml");
        Files.writeString(users, """
                users:
                  - name: alice
                    password: s3cret
                """);
        server = new WbemTestServer(Map.of("users", users.toString()));
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        server.close();
    }

    private HttpResponse<String> call(String authorization) throws Exception {
        Map<String, String> h = authorization == null ? Map.of() : Map.of("Authorization", authorization);
        return server.post("EnumerateClassNames", TestRepository.NS,
                CimXml.intrinsic("1", "EnumerateClassNames", TestRepository.NS, ""), h);
    }

    @Test
    public void noCredentialsGet401WithABasicChallenge() throws Exception {
        HttpResponse<String> r = call(null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    }

    @Test
    public void wrongPasswordGets401() throws Exception {
        assertThat(call(WbemTestServer.basic("alice", "nope")).statusCode()).isEqualTo(401);
    }

    @Test
    public void rightCredentialsAreServed() throws Exception {
        HttpResponse<String> r = call(WbemTestServer.basic("alice", "s3cret"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(CimXml.xpathAll(r.body(), "//IRETURNVALUE/CLASSNAME/@NAME")).contains("Test_Element");
    }
}
