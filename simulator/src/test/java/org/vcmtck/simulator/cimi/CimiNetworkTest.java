package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiNetworkTest {
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

    private static Element xmlRoot(HttpResponse<String> r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** Connects the first NIC of a machine created through CIMI to the switch. */
    private void connect(String machineUri, VirtualSwitch s) {
        String systemId = machineUri.substring(machineUri.lastIndexOf('/') + 1);
        String nic = client.dc.system(systemId).allocationsOf(DeviceKind.NIC).get(0).id();
        client.dc.connectNic(systemId, nic, s.id(), 7);
    }

    @Test
    public void switchesOfTheModelAreNetworks() throws Exception {
        VirtualSwitch s = client.dc.createSwitch(client.dc.hosts().get(0).id(), "lan0", 8);
        JsonNode networks = client.getJson(client.collectionHref("networks"));
        assertThat(networks.get("count").asInt()).isEqualTo(1);
        JsonNode network = networks.get("networks").get(0);
        String id = client.collectionHref("networks") + "/" + s.id();
        assertThat(network.get("id").asText()).isEqualTo(id);
        assertThat(network.get("resourceURI").asText()).isEqualTo(NS + "/Network");
        assertThat(network.get("name").asText()).isEqualTo("lan0");
        assertThat(network.get("state").asText()).isEqualTo("STARTED");
        assertThat(network.get("networkType").asText()).isEqualTo("PRIVATE");
        assertThat(network.get("mtu").asInt()).isEqualTo(1500);
        assertThat(client.getJson(id).get("networkPorts").get("href").asText()).isEqualTo(id + "/networkPorts");
        assertThat(client.get(client.collectionHref("networks") + "/switch-404", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    public void connectedNicsAppearAsNetworkPorts() throws Exception {
        VirtualSwitch s = client.dc.createSwitch(client.dc.hosts().get(0).id(), "lan0", 8);
        String machine = client.createSmall("vm1");
        String network = client.collectionHref("networks") + "/" + s.id();
        assertThat(client.getJson(network + "/networkPorts").get("count").asInt()).isZero();
        connect(machine, s);

        JsonNode ports = client.getJson(network + "/networkPorts");
        assertThat(ports.get("count").asInt()).isEqualTo(1);
        JsonNode port = ports.get("networkPorts").get(0);
        assertThat(port.get("resourceURI").asText()).isEqualTo(NS + "/NetworkPort");
        assertThat(port.get("network").get("href").asText()).isEqualTo(network);
        assertThat(client.getJson(port.get("id").asText()).get("id").asText()).isEqualTo(port.get("id").asText());
        assertThat(client.getJson(client.collectionHref("networkPorts")).get("count").asInt()).isEqualTo(1);
        assertThat(client.get(client.collectionHref("networkPorts") + "/" + s.id() + "-p5", null).statusCode())
                .isEqualTo(404);
        assertThat(client.get(client.collectionHref("networkPorts") + "/garbage", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    public void createFromTemplateMakesASwitchOfTheConfiguredSize() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("networks"),
                "{\"resourceURI\":\"" + NS + "/NetworkCreate\",\"name\":\"backend\",\"networkTemplate\":{\"href\":\""
                        + client.collectionHref("networkTemplates") + "/small-lan\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(client.json(r).get("id").asText()).isEqualTo(location);
        VirtualSwitch created = client.dc.switches().get(0);
        assertThat(created.name()).isEqualTo("backend");
        assertThat(created.portCount()).isEqualTo(16);
        assertThat(location).endsWith("/" + created.id());

        HttpResponse<String> duplicate = client.postJson(client.collectionHref("networks"),
                "{\"name\":\"backend\",\"networkTemplate\":{\"networkConfig\":{\"href\":\""
                        + client.collectionHref("networkConfigs") + "/lan-256\"}}}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(client.dc.switches()).hasSize(1);
    }

    @Test
    public void createWithoutConfigIs400AndCreatesNothing() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("networks"), "{\"networkTemplate\":{}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.json(r).get("attribute").asText()).isEqualTo("networkTemplate.networkConfig");
        HttpResponse<String> unknown = client.postJson(client.collectionHref("networks"),
                "{\"networkTemplate\":{\"href\":\"" + client.collectionHref("networkTemplates") + "/nope\"}}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(client.dc.switches()).isEmpty();
    }

    @Test
    public void deleteIsRefusedWhilePortsAreInUse() throws Exception {
        VirtualSwitch s = client.dc.createSwitch(client.dc.hosts().get(0).id(), "lan0", 8);
        String machine = client.createSmall("vm1");
        connect(machine, s);
        String network = client.collectionHref("networks") + "/" + s.id();
        assertThat(client.operation(client.getJson(network), "delete")).isNull();
        assertThat(client.send("DELETE", network, null, null, null).statusCode()).isEqualTo(409);
        assertThat(client.dc.switches()).hasSize(1);

        String systemId = machine.substring(machine.lastIndexOf('/') + 1);
        client.dc.disconnectNic(systemId, client.dc.system(systemId).allocationsOf(DeviceKind.NIC).get(0).id());
        assertThat(client.operation(client.getJson(network), "delete")).isEqualTo(network);
        assertThat(client.send("DELETE", network, null, null, null).statusCode()).isEqualTo(200);
        assertThat(client.dc.switches()).isEmpty();
        assertThat(client.get(network, null).statusCode()).isEqualTo(404);
    }

    @Test
    public void catalogueAndXmlRepresentations() throws Exception {
        JsonNode configs = client.getJson(client.collectionHref("networkConfigs"));
        assertThat(configs.get("count").asInt()).isEqualTo(configs.get("networkConfigs").size()).isEqualTo(2);
        JsonNode template = client.getJson(client.collectionHref("networkTemplates") + "/large-lan");
        assertThat(template.get("networkConfig").get("href").asText())
                .isEqualTo(client.collectionHref("networkConfigs") + "/lan-256");

        client.dc.createSwitch(client.dc.hosts().get(0).id(), "lan0", 4);
        Element root = xmlRoot(client.get(client.collectionHref("networks"), CimiClient.XML));
        assertThat(root.getLocalName()).isEqualTo("Collection");
        assertThat(root.getAttribute("resourceURI")).isEqualTo(NS + "/NetworkCollection");
        Element network = (Element) root.getElementsByTagNameNS(NS, "Network").item(0);
        assertThat(network.getElementsByTagNameNS(NS, "networkType").item(0).getTextContent()).isEqualTo("PRIVATE");
        assertThat(((Element) network.getElementsByTagNameNS(NS, "networkPorts").item(0)).getAttribute("href"))
                .endsWith("/networkPorts");
        HttpResponse<String> put = client.send("PUT", client.collectionHref("networkPorts"), null, null, null);
        assertThat(put.statusCode()).isEqualTo(405);
    }
}
