package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.DeviceKind;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiMachinePartsTest {
    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private CimiClient client;

    @BeforeMethod
    public void start() throws Exception {
        client = new CimiClient();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        client.close();
    }

    private static String localId(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    @Test
    public void networkInterfacesComeFromTheModelsNics() throws Exception {
        String machine = client.createSmall("nic-owner");
        JsonNode m = client.getJson(machine);
        String href = m.get("networkInterfaces").get("href").asText();
        JsonNode nics = client.getJson(href);
        var modelNics = client.dc.system(localId(machine)).allocationsOf(DeviceKind.NIC);
        assertThat(nics.get("count").asInt()).isEqualTo(modelNics.size()).isPositive();
        JsonNode first = nics.get("networkInterfaces").get(0);
        assertThat(first.get("resourceURI").asText()).isEqualTo(NS + "/MachineNetworkInterface");
        assertThat(first.get("macAddress").asText()).isEqualTo(modelNics.get(0).mac());
        JsonNode one = client.getJson(first.get("id").asText());
        assertThat(one.get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(client.get(href + "/no-such-nic", CimiClient.JSON).statusCode()).isEqualTo(404);
    }

    @Test
    public void eachDiskCanBeReadAtItsId() throws Exception {
        String machine = client.createSmall("disk-owner");
        JsonNode disks = client.getJson(machine + "/disks");
        String id = disks.get("disks").get(0).get("id").asText();
        JsonNode disk = client.getJson(id);
        assertThat(disk.get("resourceURI").asText()).isEqualTo(NS + "/MachineDisk");
        assertThat(disk.get("capacity").asLong()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    public void captureCreatesAnAvailableImageRelatedToTheSource() throws Exception {
        String machine = client.createSmall("captured");
        String images = client.collectionHref("machineImages");
        assertThat(client.operation(client.getJson(machine), CimiNames.actionUri("capture"))).isEqualTo(images);
        HttpResponse<String> r = client.postJson(images, "{\"resourceURI\":\"" + NS + "/MachineImage\","
                + "\"name\":\"snap\",\"imageLocation\":{\"href\":\"" + machine + "\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        JsonNode image = client.getJson(location);
        assertThat(image.get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(image.get("name").asText()).isEqualTo("snap");
        assertThat(image.get("relatedImage").get("href").asText()).isEqualTo(images + "/tiny-linux");
        assertThat(client.getJson(images).get("count").asInt()).isEqualTo(MachineCatalog.images().size() + 1);
    }

    @Test
    public void captureWithoutAMachineIsRefusedAndCreatesNothing() throws Exception {
        String images = client.collectionHref("machineImages");
        HttpResponse<String> r = client.postJson(images, "{\"resourceURI\":\"" + NS + "/MachineImage\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("imageLocation");
        assertThat(client.getJson(images).get("count").asInt()).isEqualTo(MachineCatalog.images().size());
    }

    @Test
    public void builtInImagesCannotBeDeleted() throws Exception {
        String images = client.collectionHref("machineImages");
        HttpResponse<String> r = client.send("DELETE", images + "/tiny-linux", CimiClient.JSON, null, null);
        assertThat(r.statusCode()).isEqualTo(409);
    }

    @Test
    public void aCredentialNeverShowsItsPassword() throws Exception {
        String credentials = client.collectionHref("credentials");
        HttpResponse<String> r = client.postJson(credentials, "{\"resourceURI\":\"" + NS + "/CredentialCreate\","
                + "\"credentialTemplate\":{\"username\":\"alice\",\"password\":\"s3cret-value\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.body()).doesNotContain("s3cret-value");
        String location = r.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = client.get(location, CimiClient.XML);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("<username>alice</username>").doesNotContain("s3cret-value");
    }

    @Test
    public void aCredentialWithoutSecretIsRefused() throws Exception {
        String credentials = client.collectionHref("credentials");
        HttpResponse<String> r = client.postJson(credentials, "{\"resourceURI\":\"" + NS + "/CredentialCreate\","
                + "\"credentialTemplate\":{\"username\":\"alice\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.getJson(credentials).get("count").asInt()).isZero();
    }

    @Test
    public void forceMustBeABooleanOnStop() throws Exception {
        String machine = client.createSmall("forced");
        assertThat(client.act(machine, "start").statusCode()).isIn(200, 202);
        String stop = client.operation(client.getJson(machine), CimiNames.actionUri("stop"));
        HttpResponse<String> bad = client.postJson(stop, "{\"resourceURI\":\"" + NS + "/Action\",\"action\":\""
                + CimiNames.actionUri("stop") + "\",\"force\":\"perhaps\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(client.getJson(machine).get("state").asText()).isEqualTo("STARTED");
        HttpResponse<String> forced = client.postJson(stop, "{\"resourceURI\":\"" + NS + "/Action\",\"action\":\""
                + CimiNames.actionUri("stop") + "\",\"force\":true}");
        assertThat(forced.statusCode()).isIn(200, 202);
    }

    @Test
    public void configurationsNameTheirArchitectureAndTemplatesTheirInitialState() throws Exception {
        JsonNode small = client.getJson(client.collectionHref("machineConfigs") + "/small");
        assertThat(small.get("cpuArch").asText()).isEqualTo(MachineCatalog.CPU_ARCH);
        JsonNode template = client.getJson(client.collectionHref("machineTemplates") + "/small-tiny-linux");
        String created = client.postJson(client.collectionHref("machines"), "{\"resourceURI\":\"" + NS
                + "/MachineCreate\",\"machineTemplate\":{\"href\":\"" + template.get("id").asText() + "\"}}")
                .headers().firstValue("Location").orElseThrow();
        // the advertised initialState is the state a machine made from the template really starts in
        assertThat(client.getJson(created).get("state").asText()).isEqualTo(template.get("initialState").asText());
    }
}
