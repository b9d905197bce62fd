package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.SystemState;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiMachineTest {
    private static final String ACTION = "http://schemas.dmtf.org/cimi/1/action/";
    private CimiClient client;

    @BeforeMethod
    public void start() throws Exception {
        client = new CimiClient();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        client.close();
    }

    private String modelId(String machineUri) {
        return machineUri.substring(machineUri.lastIndexOf('/') + 1);
    }

    @Test
    public void createdMachineIsListedAndReadable() throws Exception {
        String id = client.createSmall("vm1");
        JsonNode machine = client.getJson(id);
        assertThat(machine.get("id").asText()).isEqualTo(id);
        assertThat(machine.get("resourceURI").asText()).isEqualTo("http://schemas.dmtf.org/cimi/1/Machine");
        assertThat(machine.get("name").asText()).isEqualTo("vm1");
        assertThat(machine.get("state").asText()).isEqualTo("STOPPED");
        assertThat(machine.get("cpu").asInt()).isEqualTo(1);
        assertThat(machine.get("memory").asLong()).isEqualTo(1_048_576L);
        assertThat(client.operation(machine, ACTION + "start")).isEqualTo(id + "/start");
        assertThat(client.operation(machine, ACTION + "stop")).isNull();
        assertThat(client.operation(machine, "delete")).isEqualTo(id);
        assertThat(client.dc.system(modelId(id)).name()).isEqualTo("vm1");

        JsonNode machines = client.getJson(client.collectionHref("machines"));
        assertThat(machines.get("count").asInt()).isEqualTo(machines.get("machines").size()).isEqualTo(1);
        assertThat(client.operation(machines, "add")).isEqualTo(client.collectionHref("machines"));

        JsonNode disks = client.getJson(machine.get("disks").get("href").asText());
        assertThat(disks.get("disks").get(0).get("capacity").asLong()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    public void createByTemplateReference() throws Exception {
        String templates = client.collectionHref("machineTemplates");
        HttpResponse<String> r = client.postJson(client.collectionHref("machines"),
                "{\"machineTemplate\":{\"href\":\"" + templates + "/medium-appliance\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(client.json(r).get("cpu").asInt()).isEqualTo(2);
    }

    @Test
    public void createWithUnknownConfigIs400AndChangesNothing() throws Exception {
        String configs = client.collectionHref("machineConfigs");
        String images = client.collectionHref("machineImages");
        HttpResponse<String> r = client.postJson(client.collectionHref("machines"),
                "{\"machineTemplate\":{\"machineConfig\":{\"href\":\"" + configs + "/huge\"},"
                        + "\"machineImage\":{\"href\":\"" + images + "/tiny-linux\"}}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("machineConfig").contains("huge");
        assertThat(client.dc.systems()).isEmpty();
        assertThat(client.postJson(client.collectionHref("machines"), "{\"name\":\"x\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    public void createBeyondCapacityIs409AndChangesNothing() throws Exception {
        client.close();
        client = new CimiClient(0, 2 * CimiClient.GIB);
        String templates = client.collectionHref("machineTemplates");
        HttpResponse<String> r = client.postJson(client.collectionHref("machines"),
                "{\"machineTemplate\":{\"href\":\"" + templates + "/medium-appliance\"}}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("capacity");
        assertThat(client.dc.systems()).isEmpty();
    }

    @Test
    public void editChangesNameDescriptionAndPropertiesOnly() throws Exception {
        String id = client.createSmall("before");
        HttpResponse<String> r = client.send("PUT", id, CimiClient.JSON, CimiClient.JSON,
                "{\"id\":\"http://elsewhere/x\",\"name\":\"after\",\"description\":\"d\",\"cpu\":64,"
                        + "\"properties\":{\"owner\":\"qa\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode machine = client.getJson(id);
        assertThat(machine.get("id").asText()).isEqualTo(id);
        assertThat(machine.get("name").asText()).isEqualTo("after");
        assertThat(machine.get("description").asText()).isEqualTo("d");
        assertThat(machine.get("cpu").asInt()).isEqualTo(1);
        assertThat(machine.get("properties").get("owner").asText()).isEqualTo("qa");
    }

    @Test
    public void staleEtagIs412AndChangesNothing() throws Exception {
        String id = client.createSmall("tagged");
        String etag = client.get(id, null).headers().firstValue("ETag").orElseThrow();
        client.send("PUT", id, null, CimiClient.JSON, "{\"name\":\"renamed\"}");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(id))
                .header("Content-Type", CimiClient.JSON).header("If-Match", etag)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"again\"}")).build();
        var r = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(412);
        assertThat(client.getJson(id).get("name").asText()).isEqualTo("renamed");
    }

    @Test
    public void actionsFollowTheStateMachine() throws Exception {
        String id = client.createSmall("life");
        HttpResponse<String> start = client.act(id, "start");
        assertThat(start.statusCode()).isEqualTo(200);
        String jobUri = start.headers().firstValue(CimiNames.JOB_HEADER).orElseThrow();
        JsonNode job = client.getJson(jobUri);
        assertThat(job.get("state").asText()).isEqualTo("SUCCESS");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        assertThat(job.get("action").asText()).isEqualTo(ACTION + "start");
        assertThat(job.get("targetResource").get("href").asText()).isEqualTo(id);
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("STARTED");

        assertThat(client.act(id, "pause").statusCode()).isEqualTo(200);
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("PAUSED");
        assertThat(client.act(id, "start").statusCode()).isEqualTo(200);
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("STARTED");
        assertThat(client.act(id, "suspend").statusCode()).isEqualTo(200);
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("SUSPENDED");
        assertThat(client.act(id, "start").statusCode()).isEqualTo(200);
        long resets = client.dc.system(modelId(id)).resetCount();
        assertThat(client.act(id, "restart").statusCode()).isEqualTo(200);
        assertThat(client.dc.system(modelId(id)).resetCount()).isEqualTo(resets + 1);
        assertThat(client.act(id, "stop").statusCode()).isEqualTo(200);
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("STOPPED");

        JsonNode jobs = client.getJson(client.collectionHref("jobs"));
        assertThat(jobs.get("count").asInt()).isEqualTo(jobs.get("jobs").size()).isEqualTo(7);
    }

    @Test
    public void illegalActionIs409AndChangesNothing() throws Exception {
        String id = client.createSmall("stopped");
        int jobs = client.dc.jobs().size();
        HttpResponse<String> r = client.postJson(id + "/pause",
                "{\"resourceURI\":\"http://schemas.dmtf.org/cimi/1/Action\",\"action\":\"" + ACTION + "pause\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("pause").contains("STOPPED");
        assertThat(client.dc.system(modelId(id)).state()).isEqualTo(SystemState.DEFINED);
        assertThat(client.dc.jobs()).hasSize(jobs);
    }

    @Test
    public void mismatchedActionUriIs400() throws Exception {
        String id = client.createSmall("mismatch");
        HttpResponse<String> r = client.postJson(id + "/start", "{\"action\":\"" + ACTION + "stop\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.dc.system(modelId(id)).state()).isEqualTo(SystemState.DEFINED);
    }

    @Test
    public void unknownIdsAre404AndWrongMethodsAre405() throws Exception {
        String machines = client.collectionHref("machines");
        assertThat(client.get(machines + "/nope", null).statusCode()).isEqualTo(404);
        assertThat(client.send("DELETE", machines + "/nope", null, null, null).statusCode()).isEqualTo(404);
        assertThat(client.postJson(machines + "/nope/start", "{\"action\":\"" + ACTION + "start\"}")
                .statusCode()).isEqualTo(404);
        assertThat(client.get(client.collectionHref("jobs") + "/nope", null).statusCode()).isEqualTo(404);
        String id = client.createSmall("m");
        HttpResponse<String> r = client.send("DELETE", machines, null, null, null);
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(client.get(id + "/start", null).statusCode()).isEqualTo(405);
        assertThat(client.postJson(id, "{}").statusCode()).isEqualTo(405);
    }

    @Test
    public void deleteOfStartedMachineIs409ThenStoppedMachineIsDeleted() throws Exception {
        String id = client.createSmall("doomed");
        client.act(id, "start");
        assertThat(client.operation(client.getJson(id), "delete")).isNull();
        assertThat(client.send("DELETE", id, null, null, null).statusCode()).isEqualTo(409);
        assertThat(client.dc.systems()).hasSize(1);
        client.act(id, "stop");
        HttpResponse<String> r = client.send("DELETE", id, null, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(CimiNames.JOB_HEADER)).isPresent();
        assertThat(client.get(id, null).statusCode()).isEqualTo(404);
        assertThat(client.getJson(client.collectionHref("machines")).get("count").asInt()).isZero();
    }

    @Test
    public void slowJobsAnswer202AndShowTransitionalStates() throws Exception {
        client.close();
        client = new CimiClient(3, 64 * CimiClient.GIB);
        String id = client.createSmall("slow");
        HttpResponse<String> start = client.act(id, "start");
        assertThat(start.statusCode()).isEqualTo(202);
        String jobUri = start.headers().firstValue(CimiNames.JOB_HEADER).orElseThrow();
        assertThat(client.getJson(jobUri).get("state").asText()).isEqualTo("RUNNING");
        JsonNode machine = client.getJson(id);
        assertThat(machine.get("state").asText()).isEqualTo("STARTING");
        assertThat(machine.has("operations")).isFalse();
        int before = client.getJson(jobUri).get("progress").asInt();
        client.dc.clock().advance(1);
        assertThat(client.getJson(jobUri).get("progress").asInt()).isGreaterThanOrEqualTo(before);
        client.dc.clock().advance(5);
        assertThat(client.getJson(jobUri).get("state").asText()).isEqualTo("SUCCESS");
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("STARTED");

        client.act(id, "stop");
        client.dc.clock().advance(5);
        HttpResponse<String> delete = client.send("DELETE", id, null, null, null);
        assertThat(delete.statusCode()).isEqualTo(202);
        assertThat(client.getJson(id).get("state").asText()).isEqualTo("DELETING");
        client.dc.clock().advance(5);
        assertThat(client.get(id, null).statusCode()).isEqualTo(404);
    }
}
