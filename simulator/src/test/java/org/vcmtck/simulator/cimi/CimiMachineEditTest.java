package org.vcmtck.simulator.cimi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** PUT on a machine with and without {@code ?$select} (CIMI-HTTP-017). */
public class CimiMachineEditTest {
    private CimiClient client;

    @BeforeMethod
    public void start() throws Exception {
        client = new CimiClient();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        client.close();
    }

    private String machineWithDescriptionAndProperty() throws Exception {
        String id = client.createSmall("edited");
        HttpResponse<String> r = client.send("PUT", id, CimiClient.JSON, CimiClient.JSON,
                "{\"name\":\"edited\",\"description\":\"first\",\"properties\":{\"owner\":\"qa\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    @Test
    public void selectChangesOnlyTheNamedAttributes() throws Exception {
        String id = machineWithDescriptionAndProperty();
        HttpResponse<String> r = client.send("PUT", id + "?$select=description", CimiClient.JSON, CimiClient.JSON,
                "{\"name\":\"ignored\",\"description\":\"second\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode machine = client.getJson(id);
        assertThat(machine.get("name").asText()).isEqualTo("edited");
        assertThat(machine.get("description").asText()).isEqualTo("second");
        assertThat(machine.get("properties").get("owner").asText()).isEqualTo("qa");
    }

    @Test
    public void aSelectedAttributeMissingFromTheBodyIsReset() throws Exception {
        String id = machineWithDescriptionAndProperty();
        HttpResponse<String> r = client.send("PUT", id + "?$select=description,name", CimiClient.JSON,
                CimiClient.JSON, "{\"name\":\"renamed\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode machine = client.getJson(id);
        assertThat(machine.get("name").asText()).isEqualTo("renamed");
        assertThat(machine.path("description").asText("")).isEmpty();
        assertThat(machine.get("properties").get("owner").asText()).isEqualTo("qa");
    }

    @Test
    public void withoutSelectTheBodyReplacesEveryUpdatableAttribute() throws Exception {
        String id = machineWithDescriptionAndProperty();
        HttpResponse<String> r = client.send("PUT", id, CimiClient.JSON, CimiClient.JSON, "{\"name\":\"only\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode machine = client.getJson(id);
        assertThat(machine.get("name").asText()).isEqualTo("only");
        assertThat(machine.path("description").asText("")).isEmpty();
        assertThat(machine.path("properties").path("owner").isMissingNode()).isTrue();
    }
}
