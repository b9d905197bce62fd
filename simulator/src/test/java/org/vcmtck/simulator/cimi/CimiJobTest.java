package org.vcmtck.simulator.cimi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Asynchronous creation, its Job, and stopping, failing and deleting jobs (no clock driver: the test ticks). */
public class CimiJobTest {
    private CimiClient client;
    private String base;

    @BeforeMethod
    public void start() throws Exception {
        client = new CimiClient();
        base = client.getJson(client.cep).get("baseURI").asText();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        client.close();
    }

    private HttpResponse<String> create(String image, String initialState) throws Exception {
        String state = initialState == null ? "" : ",\"initialState\":\"" + initialState + "\"";
        return client.postJson(client.collectionHref("machines"), """
                {"resourceURI":"http://schemas.dmtf.org/cimi/1/MachineCreate","name":"m",
                 "machineTemplate":{"machineConfig":{"href":"%smachineConfigs/small"},
                                    "machineImage":{"href":"%smachineImages/%s"}%s}}"""
                .formatted(base, base, image, state));
    }

    private static String jobUri(HttpResponse<String> r) {
        return r.headers().firstValue(CimiNames.JOB_HEADER).orElseThrow();
    }

    @Test
    public void aLargeImageIsCreatedAsynchronouslyThroughCreating() throws Exception {
        HttpResponse<String> r = create("appliance-full", null);
        assertThat(r.statusCode()).isEqualTo(202);
        String machine = r.headers().firstValue("Location").orElseThrow();
        JsonNode job = client.json(r);
        assertThat(job.get("id").asText()).isEqualTo(jobUri(r));
        assertThat(job.get("targetResource").get("href").asText()).isEqualTo(machine);
        assertThat(client.getJson(machine).get("state").asText()).isEqualTo("CREATING");
        assertThat(client.operation(client.getJson(jobUri(r)), CimiNames.actionUri("stop"))).isNotNull();
        int last = -1;
        for (int i = 0; i < MachineCatalog.FULL_IMAGE_COPY_TICKS; i++) {
            int progress = client.getJson(jobUri(r)).get("progress").asInt();
            assertThat(progress).isGreaterThanOrEqualTo(last);
            last = progress;
            client.dc.tick();
        }
        JsonNode done = client.getJson(jobUri(r));
        assertThat(done.get("state").asText()).isEqualTo("SUCCESS");
        assertThat(done.get("progress").asInt()).isEqualTo(100);
        assertThat(done.get("returnCode").asInt()).isZero();
        assertThat(client.getJson(machine).get("state").asText()).isEqualTo(MachineService.DEFAULT_INITIAL_STATE);
    }

    @Test
    public void aSmallImageIsStillCreatedInsideTheRequest() throws Exception {
        HttpResponse<String> r = create("tiny-linux", null);
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue(CimiNames.JOB_HEADER)).isEmpty();
    }

    @Test
    public void initialStateStartedIsHonoured() throws Exception {
        HttpResponse<String> r = create("appliance-full", "STARTED");
        client.dc.advance(MachineCatalog.FULL_IMAGE_COPY_TICKS);
        assertThat(client.getJson(r.headers().firstValue("Location").orElseThrow()).get("state").asText())
                .isEqualTo("STARTED");
        assertThat(create("tiny-linux", "RUNNING").statusCode()).isEqualTo(400);
    }

    @Test
    public void aDamagedImageIsListedInErrorAndItsCreationFails() throws Exception {
        assertThat(client.getJson(base + "machineImages/damaged-linux").get("state").asText()).isEqualTo("ERROR");
        HttpResponse<String> r = create("damaged-linux", null);
        assertThat(r.statusCode()).isEqualTo(202);
        client.dc.advance(MachineCatalog.DAMAGED_IMAGE_COPY_TICKS);
        JsonNode job = client.getJson(jobUri(r));
        assertThat(job.get("state").asText()).isEqualTo("FAILED");
        assertThat(job.get("returnCode").asInt()).isNotZero();
        assertThat(job.get("statusMessage").asText()).contains("damaged-linux");
        assertThat(client.get(r.headers().firstValue("Location").orElseThrow(), null).statusCode()).isEqualTo(404);
    }

    @Test
    public void aRunningCreationCanBeStoppedAndAFinishedJobDeleted() throws Exception {
        HttpResponse<String> r = create("appliance-full", null);
        String job = jobUri(r);
        assertThat(client.send("DELETE", job, null, null, null).statusCode()).isEqualTo(409);
        HttpResponse<String> wrong = client.postJson(job + "/stop",
                "{\"resourceURI\":\"http://schemas.dmtf.org/cimi/1/Action\",\"action\":\"start\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        String stopHref = client.operation(client.getJson(job), CimiNames.actionUri("stop"));
        HttpResponse<String> stopped = client.postJson(stopHref, "{\"resourceURI\":\"http://schemas.dmtf.org/cimi/1/"
                + "Action\",\"action\":\"" + CimiNames.actionUri("stop") + "\"}");
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(client.json(stopped).get("state").asText()).isEqualTo("STOPPED");
        assertThat(client.get(r.headers().firstValue("Location").orElseThrow(), null).statusCode()).isEqualTo(404);
        String deleteHref = client.operation(client.getJson(job), "delete");
        assertThat(deleteHref).isEqualTo(job);
        assertThat(client.send("DELETE", deleteHref, null, null, null).statusCode()).isEqualTo(200);
        assertThat(client.get(job, null).statusCode()).isEqualTo(404);
        assertThat(client.getJson(client.collectionHref("jobs")).toString()).doesNotContain(job);
    }

    @Test
    public void resourceMetadataPublishesTheDefaultInitialState() throws Exception {
        JsonNode machine = client.getJson(client.collectionHref("resourceMetadata") + "/Machine");
        assertThat(machine.get("capabilities").toString()).contains("capability/Machine/DefaultInitialState")
                .contains("\"" + MachineService.DEFAULT_INITIAL_STATE + "\"");
    }
}
