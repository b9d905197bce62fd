package org.vcmtck.simulator.cimi;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.inventory.InventoryUsers;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiAuthTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Datacenter dc;
    private CimiFrontEnd frontEnd;
    private String cep;

    @BeforeMethod
    public void start() throws Exception {
        Path users = Files.createTempFile("users", ".yaml");
        String bobHash = HexFormat.of().formatHex(InventoryUsers.sha256("hunter2"));
        Files.writeString(users, """
                users:
                  - name: alice
                    password: s3cret
                  - name: bob
                    passwordSha256: %s
                  - name: carol
                    password: reader
                    role: read-only
                """.formatted(bobHash));
        dc = new Datacenter(7, new DatacenterOptions(0));
        dc.addHost(new HostSpec("host0", 16, 64L << 30, List.of(new StorageVolume("vol0", 500L << 30)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L))));
        frontEnd = new CimiFrontEnd();
        cep = frontEnd.start(dc, new FrontEndOptions(null, 0, Map.of("users", users.toString())))
                .get(CimiFrontEnd.KIND);
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        frontEnd.stop();
    }

    private HttpResponse<String> get(String url, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void requestWithoutCredentialsIsChallenged() throws Exception {
        HttpResponse<String> r = get(cep, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"vcmtck\"");
        assertThat(r.body()).contains("\"status\" : 401").contains("authentication is required");
    }

    @Test
    public void wrongPasswordUnknownUserAndOtherSchemesAreRefused() throws Exception {
        assertThat(get(cep, basic("alice", "wrong")).statusCode()).isEqualTo(401);
        assertThat(get(cep, basic("mallory", "s3cret")).statusCode()).isEqualTo(401);
        assertThat(get(cep, "Bearer abc").statusCode()).isEqualTo(401);
        assertThat(get(cep, "Basic !!!notbase64").statusCode()).isEqualTo(401);
        // a user name is not a password for somebody else
        assertThat(get(cep, basic("bob", "s3cret")).statusCode()).isEqualTo(401);
    }

    @Test
    public void clearAndHashedPasswordsBothAuthenticate() throws Exception {
        assertThat(get(cep, basic("alice", "s3cret")).statusCode()).isEqualTo(200);
        assertThat(get(cep, basic("bob", "hunter2")).statusCode()).isEqualTo(200);
    }

    @Test
    public void aReadOnlyUserReadsButItsCreateIsForbiddenAndChangesNothing() throws Exception {
        assertThat(get(cep, basic("carol", "reader")).statusCode()).isEqualTo(200);
        int before = dc.systems().size();
        String base = cep.substring(0, cep.lastIndexOf('/') + 1);
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "machines"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", basic("carol", "reader"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"machineTemplate\":{\"href\":\"" + base
                        + "machineTemplates/medium-appliance\"}}"))
                .build();
        HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("read-only");
        assertThat(dc.systems()).hasSize(before);
    }

    @Test
    public void refusedCreateChangesNothing() throws Exception {
        int before = dc.systems().size();
        String base = cep.substring(0, cep.lastIndexOf('/') + 1);
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "machines"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("alice", "nope"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"machineTemplate\":{\"href\":\"" + base
                        + "machineTemplates/medium-appliance\"}}"))
                .build();
        HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(dc.systems()).hasSize(before);
    }

    @Test
    public void unknownPathsAreChallengedBeforeAnswering404() throws Exception {
        String base = cep.substring(0, cep.lastIndexOf('/') + 1);
        assertThat(get(base + "machines/nope", null).statusCode()).isEqualTo(401);
        assertThat(get(base + "machines/nope", basic("alice", "s3cret")).statusCode()).isEqualTo(404);
    }

    @Test
    public void withoutUsersTheEndpointIsOpen() throws Exception {
        try (CimiClient open = new CimiClient()) {
            assertThat(open.get(open.cep, CimiClient.JSON).statusCode()).isEqualTo(200);
        }
    }
}
