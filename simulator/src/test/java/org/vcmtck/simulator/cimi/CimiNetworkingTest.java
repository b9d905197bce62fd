package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.VirtualSwitch;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiNetworkingTest {
    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private CimiClient client;
    private String network;
    private String base;

    @BeforeMethod
    public void start() throws Exception {
        client = new CimiClient();
        VirtualSwitch s = client.dc.createSwitch(client.dc.hosts().get(0).id(), "lan0", 8);
        network = client.collectionHref("networks") + "/" + s.id();
        base = client.getJson(client.cep).get("baseURI").asText();
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        client.close();
    }

    @Test
    public void addressCreatedFromATemplateOnANetwork() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("addresses"), """
                {"resourceURI":"%s/AddressCreate","name":"web",
                 "addressTemplate":{"href":"%saddressTemplates/static-ipv4","network":{"href":"%s"}}}"""
                .formatted(NS, base, network));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        JsonNode address = client.getJson(location);
        assertThat(address.get("resourceURI").asText()).isEqualTo(NS + "/Address");
        assertThat(address.get("ip").asText()).matches("10\\.\\d+\\.0\\.10");
        assertThat(address.get("allocation").asText()).isEqualTo("static");
        assertThat(address.get("protocol").asText()).isEqualTo("IPv4");
        assertThat(address.get("network").get("href").asText()).isEqualTo(network);
        assertThat(client.getJson(client.collectionHref("addresses")).get("count").asInt()).isEqualTo(1);
        assertThat(client.getJson(client.collectionHref("addressTemplates")).get("count").asInt()).isEqualTo(2);
    }

    @Test
    public void addressWithoutANetworkIsRefused() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("addresses"), """
                {"resourceURI":"%s/AddressCreate","addressTemplate":{"href":"%saddressTemplates/static-ipv4"}}"""
                .formatted(NS, base));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.json(r).get("attribute").asText()).isEqualTo("addressTemplate.network");
    }

    @Test
    public void forwardingGroupGroupsTheNetworks() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("forwardingGroups"), """
                {"resourceURI":"%s/ForwardingGroupCreate",
                 "forwardingGroupTemplate":{"href":"%sforwardingGroupTemplates/all-networks"}}"""
                .formatted(NS, base));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode group = client.getJson(r.headers().firstValue("Location").orElseThrow());
        JsonNode members = client.getJson(group.get("networks").get("href").asText());
        assertThat(members.get("count").asInt()).isEqualTo(1);
        assertThat(members.get("forwardingGroupNetworks").get(0).get("network").get("href").asText())
                .isEqualTo(network);
    }

    @Test
    public void networkPortCreatedFromATemplateAndDeleted() throws Exception {
        String ports = client.collectionHref("networkPorts");
        HttpResponse<String> r = client.postJson(ports, """
                {"resourceURI":"%s/NetworkPortCreate",
                 "networkPortTemplate":{"href":"%snetworkPortTemplates/trunk-port","network":{"href":"%s"}}}"""
                .formatted(NS, base, network));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String port = r.headers().firstValue("Location").orElseThrow();
        assertThat(client.getJson(port).get("portType").asText()).isEqualTo("TRUNK");
        assertThat(client.getJson(ports).get("count").asInt()).isEqualTo(1);
        String config = client.getJson(client.collectionHref("networkPortTemplates")).get("networkPortTemplates")
                .get(0).get("networkPortConfig").get("href").asText();
        assertThat(client.getJson(config).get("resourceURI").asText()).isEqualTo(NS + "/NetworkPortConfiguration");
        assertThat(client.send("DELETE", port, null, null, null).statusCode()).isEqualTo(200);
        assertThat(client.getJson(ports).get("count").asInt()).isZero();
    }
}
