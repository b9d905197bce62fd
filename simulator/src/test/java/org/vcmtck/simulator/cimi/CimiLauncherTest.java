package org.vcmtck.simulator.cimi;

import org.testng.annotations.Test;
import org.vcmtck.simulator.launcher.Launcher;
import org.vcmtck.simulator.launcher.RunningReference;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiLauncherTest {
    @Test
    public void launcherAnnouncesTheCimiEndpoint() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Launcher.run(new PrintWriter(out), new PrintWriter(err), "--exit-after-start", "--vms", "2");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines())
                .anySatisfy(l -> assertThat(l).matches("endpoint cimi http://127\\.0\\.0\\.1:\\d+/cimi/cloudEntryPoint"));
    }

    @Test
    public void settingEnabledFalseStartsNoCimiEndpoint() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Launcher.run(new PrintWriter(out), new PrintWriter(err), "--exit-after-start",
                "--frontend-setting=cimi.enabled=false");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("endpoint cimi").contains("ready");
    }

    @Test
    public void startedReferenceServesTheGeneratedSystemsAsMachines() throws Exception {
        try (RunningReference ref = Launcher.start("--vms", "3")) {
            String cep = ref.endpoints().get(CimiFrontEnd.KIND);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(cep.replace("cloudEntryPoint",
                    "machines"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("count").asInt())
                    .isEqualTo(ref.datacenter().systems().size()).isEqualTo(3);
        }
    }
}
