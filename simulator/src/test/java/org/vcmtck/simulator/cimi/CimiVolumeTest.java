package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.DeviceKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiVolumeTest {
    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private static final long KIB_PER_GIB = 1024L * 1024;
    private CimiClient client;

    @BeforeMethod
    public void start() throws Exception {
        client = new CimiClient();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        client.close();
    }

    private String createFromTemplate(String template) throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("volumes"),
                "{\"resourceURI\":\"" + NS + "/VolumeCreate\",\"name\":\"data\",\"volumeTemplate\":{\"href\":\""
                        + client.collectionHref("volumeTemplates") + "/" + template + "\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private List<Allocation> disks(String machineUri) {
        String id = machineUri.substring(machineUri.lastIndexOf('/') + 1);
        return client.dc.system(id).allocationsOf(DeviceKind.DISK);
    }

    @Test
    public void catalogueCollectionsAreListedAndReadable() throws Exception {
        JsonNode configs = client.getJson(client.collectionHref("volumeConfigs"));
        assertThat(configs.get("count").asInt()).isEqualTo(configs.get("volumeConfigs").size()).isEqualTo(2);
        JsonNode small = client.getJson(client.collectionHref("volumeConfigs") + "/vol-small");
        assertThat(small.get("resourceURI").asText()).isEqualTo(NS + "/VolumeConfiguration");
        assertThat(small.get("capacity").asLong()).isEqualTo(5 * KIB_PER_GIB);
        assertThat(small.get("format").asText()).isEqualTo("raw");

        JsonNode image = client.getJson(client.collectionHref("volumeImages") + "/boot-linux");
        assertThat(image.get("bootable").asBoolean()).isTrue();
        assertThat(image.get("state").asText()).isEqualTo("AVAILABLE");

        JsonNode template = client.getJson(client.collectionHref("volumeTemplates") + "/large-boot");
        assertThat(template.get("volumeConfig").get("href").asText())
                .isEqualTo(client.collectionHref("volumeConfigs") + "/vol-large");
        assertThat(client.get(client.collectionHref("volumeTemplates") + "/nope", null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> post = client.postJson(client.collectionHref("volumeConfigs"), "{}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    public void createFromTemplateReferenceIsAvailableWithItsCapacity() throws Exception {
        String id = createFromTemplate("large-boot");
        JsonNode volume = client.getJson(id);
        assertThat(volume.get("id").asText()).isEqualTo(id);
        assertThat(volume.get("resourceURI").asText()).isEqualTo(NS + "/Volume");
        assertThat(volume.get("name").asText()).isEqualTo("data");
        assertThat(volume.get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(volume.get("capacity").asLong()).isEqualTo(50 * KIB_PER_GIB);
        assertThat(volume.get("bootable").asBoolean()).isTrue();
        assertThat(volume.get("type").asText()).isEqualTo(VolumeCatalog.BLOCK_TYPE);
        assertThat(client.operation(volume, "delete")).isEqualTo(id);

        JsonNode volumes = client.getJson(client.collectionHref("volumes"));
        assertThat(volumes.get("count").asInt()).isEqualTo(1);
        assertThat(volumes.get("volumes").get(0).get("id").asText()).isEqualTo(id);
        assertThat(client.operation(volumes, "add")).isEqualTo(client.collectionHref("volumes"));
    }

    @Test
    public void createByValueFromXmlBody() throws Exception {
        String body = """
                <VolumeCreate xmlns="http://schemas.dmtf.org/cimi/1">
                  <name>scratch</name>
                  <volumeTemplate>
                    <volumeConfig href="%s/vol-small"/>
                  </volumeTemplate>
                </VolumeCreate>""".formatted(client.collectionHref("volumeConfigs"));
        HttpResponse<String> r = client.send("POST", client.collectionHref("volumes"), CimiClient.XML,
                CimiClient.XML, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Element root = xml(r).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Volume");
        assertThat(root.getElementsByTagNameNS(NS, "capacity").item(0).getTextContent())
                .isEqualTo(Long.toString(5 * KIB_PER_GIB));
        assertThat(root.getElementsByTagNameNS(NS, "bootable").item(0).getTextContent()).isEqualTo("false");
        assertThat(root.getElementsByTagNameNS(NS, "id").item(0).getTextContent())
                .isEqualTo(r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    public void createWithoutVolumeConfigIs400AndCreatesNothing() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("volumes"),
                "{\"volumeTemplate\":{\"volumeImage\":{\"href\":\"" + client.collectionHref("volumeImages")
                        + "/boot-linux\"}}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.json(r).get("attribute").asText()).isEqualTo("volumeTemplate.volumeConfig");
        assertThat(client.postJson(client.collectionHref("volumes"), "{\"name\":\"x\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> wrongType = client.postJson(client.collectionHref("volumes"),
                "{\"resourceURI\":\"" + NS + "/MachineCreate\",\"volumeTemplate\":{\"href\":\""
                        + client.collectionHref("volumeTemplates") + "/small-blank\"}}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(client.getJson(client.collectionHref("volumes")).get("count").asInt()).isZero();
    }

    @Test
    public void deleteOfFreeVolumeRemovesIt() throws Exception {
        String id = createFromTemplate("small-blank");
        assertThat(client.send("DELETE", id, null, null, null).statusCode()).isEqualTo(200);
        assertThat(client.get(id, null).statusCode()).isEqualTo(404);
        assertThat(client.send("DELETE", id, null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    public void attachAddsMachineVolumeAndDiskAndBlocksDelete() throws Exception {
        String machine = client.createSmall("vm1");
        String volume = createFromTemplate("small-blank");
        String subCollection = client.getJson(machine).get("volumes").get("href").asText();
        assertThat(subCollection).isEqualTo(machine + "/volumes");
        int disksBefore = disks(machine).size();

        HttpResponse<String> attach = client.postJson(subCollection,
                "{\"resourceURI\":\"" + NS + "/MachineVolume\",\"volume\":{\"href\":\"" + volume + "\"}}");
        assertThat(attach.statusCode()).as(attach.body()).isEqualTo(201);
        String machineVolume = attach.headers().firstValue("Location").orElseThrow();
        assertThat(machineVolume).startsWith(subCollection + "/");
        assertThat(client.json(attach).get("volume").get("href").asText()).isEqualTo(volume);
        assertThat(disks(machine)).hasSize(disksBefore + 1);
        assertThat(disks(machine).get(disksBefore).quantity()).isEqualTo(5L << 30);

        JsonNode listed = client.getJson(subCollection);
        assertThat(listed.get("count").asInt()).isEqualTo(1);
        assertThat(listed.get("volumes").get(0).get("id").asText()).isEqualTo(machineVolume);
        assertThat(client.getJson(machineVolume).get("resourceURI").asText()).isEqualTo(NS + "/MachineVolume");

        HttpResponse<String> delete = client.send("DELETE", volume, null, null, null);
        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(delete.body()).contains("attached");
        assertThat(client.get(volume, null).statusCode()).isEqualTo(200);
        assertThat(client.operation(client.getJson(volume), "delete")).isNull();

        HttpResponse<String> again = client.postJson(subCollection, "{\"volume\":{\"href\":\"" + volume + "\"}}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(disks(machine)).hasSize(disksBefore + 1);

        assertThat(client.send("DELETE", machineVolume, null, null, null).statusCode()).isEqualTo(200);
        assertThat(disks(machine)).hasSize(disksBefore);
        assertThat(client.getJson(subCollection).get("count").asInt()).isZero();
        assertThat(client.get(machineVolume, null).statusCode()).isEqualTo(404);
        assertThat(client.send("DELETE", volume, null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    public void attachOfUnknownVolumeIs400AndChangesNothing() throws Exception {
        String machine = client.createSmall("vm1");
        int disksBefore = disks(machine).size();
        HttpResponse<String> r = client.postJson(machine + "/volumes",
                "{\"volume\":{\"href\":\"" + client.collectionHref("volumes") + "/volume-99\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.json(r).get("attribute").asText()).isEqualTo("volume");
        assertThat(client.postJson(machine + "/volumes", "{}").statusCode()).isEqualTo(400);
        assertThat(disks(machine)).hasSize(disksBefore);
    }

    @Test
    public void volumeOfADeletedMachineIsFreeAgain() throws Exception {
        String machine = client.createSmall("vm1");
        String volume = createFromTemplate("small-blank");
        assertThat(client.postJson(machine + "/volumes", "{\"volume\":{\"href\":\"" + volume + "\"}}")
                .statusCode()).isEqualTo(201);
        assertThat(client.send("DELETE", machine, null, null, null).statusCode()).isEqualTo(200);
        assertThat(client.operation(client.getJson(volume), "delete")).isEqualTo(volume);
        assertThat(client.send("DELETE", volume, null, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    public void xmlVolumeCollectionHasTypedEntries() throws Exception {
        createFromTemplate("small-blank");
        createFromTemplate("large-boot");
        Element root = xml(client.get(client.collectionHref("volumes"), CimiClient.XML)).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Collection");
        assertThat(root.getAttribute("resourceURI")).isEqualTo(NS + "/VolumeCollection");
        assertThat(root.getElementsByTagNameNS(NS, "Volume").getLength()).isEqualTo(2);
    }
}
