package org.vcmtck.simulator.cimi;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiRepresentationTest {
    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private CimiClient client;

    @BeforeClass
    public void start() throws Exception {
        client = new CimiClient();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        client.close();
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void xmlEntryPointHasTypeRootInCimiNamespace() throws Exception {
        for (String accept : new String[] {"application/xml", "text/xml", "application/json;q=0.5, text/xml"}) {
            HttpResponse<String> r = client.get(client.cep, accept);
            assertThat(r.statusCode()).as(accept).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
            Element root = xml(r).getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("CloudEntryPoint");
            assertThat(root.getNamespaceURI()).isEqualTo(NS);
            Element machines = (Element) root.getElementsByTagNameNS(NS, "machines").item(0);
            assertThat(machines.getAttribute("href")).endsWith("/cimi/machines");
        }
    }

    @Test
    public void xmlCollectionUsesCollectionRootAndTypedEntries() throws Exception {
        String id = client.createSmall("xml-vm");
        client.send("PUT", id, CimiClient.JSON, CimiClient.JSON, "{\"properties\":{\"owner\":\"qa\"}}");
        HttpResponse<String> r = client.get(client.collectionHref("machines"), CimiClient.XML);
        Element root = xml(r).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Collection");
        assertThat(root.getAttribute("resourceURI")).isEqualTo(NS + "/MachineCollection");
        int count = Integer.parseInt(root.getElementsByTagNameNS(NS, "count").item(0).getTextContent());
        assertThat(root.getElementsByTagNameNS(NS, "Machine").getLength()).isEqualTo(count).isPositive();
        Element add = (Element) root.getElementsByTagNameNS(NS, "operation").item(root
                .getElementsByTagNameNS(NS, "operation").getLength() - 1);
        assertThat(add.getAttribute("rel")).isEqualTo("add");
        Document machine = xml(client.get(id, CimiClient.XML));
        Element property = (Element) machine.getElementsByTagNameNS(NS, "property").item(0);
        assertThat(property.getAttribute("key")).isEqualTo("owner");
        assertThat(property.getTextContent()).isEqualTo("qa");
    }

    @Test
    public void unsatisfiableAcceptIs406() throws Exception {
        HttpResponse<String> r = client.get(client.cep, "text/plain");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("text/plain");
        assertThat(client.get(client.cep, "application/json;q=0").statusCode()).isEqualTo(406);
    }

    @Test
    public void createAcceptsAnXmlBody() throws Exception {
        String base = client.getJson(client.cep).get("baseURI").asText();
        String body = """
                <MachineCreate xmlns="http://schemas.dmtf.org/cimi/1">
                  <name>from-xml</name>
                  <description>made from XML</description>
                  <property key="team">tck</property>
                  <machineTemplate href="%smachineTemplates/medium-appliance"/>
                </MachineCreate>""".formatted(base);
        HttpResponse<String> r = client.send("POST", client.collectionHref("machines"), CimiClient.XML,
                "text/xml", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        var machine = client.getJson(r.headers().firstValue("Location").orElseThrow());
        assertThat(machine.get("name").asText()).isEqualTo("from-xml");
        assertThat(machine.get("description").asText()).isEqualTo("made from XML");
        assertThat(machine.get("properties").get("team").asText()).isEqualTo("tck");
        assertThat(machine.get("cpu").asInt()).isEqualTo(2);
        assertThat(machine.get("memory").asLong()).isEqualTo(4L * 1024 * 1024);
    }

    @Test
    public void unsupportedContentTypeIs415AndChangesNothing() throws Exception {
        int before = client.dc.systems().size();
        HttpResponse<String> r = client.send("POST", client.collectionHref("machines"), null, "text/plain", "hi");
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(client.dc.systems()).hasSize(before);
    }

    @Test
    public void malformedBodiesAre400WithAMessage() throws Exception {
        String machines = client.collectionHref("machines");
        HttpResponse<String> json = client.postJson(machines, "{\"name\": ");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("malformed JSON");
        HttpResponse<String> xml = client.send("POST", machines, null, CimiClient.XML, "<MachineCreate>");
        assertThat(xml.statusCode()).isEqualTo(400);
        assertThat(xml.body()).contains("malformed XML");
        HttpResponse<String> dtd = client.send("POST", machines, null, CimiClient.XML,
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><MachineCreate>&e;</MachineCreate>");
        assertThat(dtd.statusCode()).isEqualTo(400);
        assertThat(dtd.body()).doesNotContain("root:");
    }

    @Test
    public void oversizeBodyIs413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(CimiNames.MAX_BODY_BYTES) + "\"}";
        HttpResponse<String> r = client.postJson(client.collectionHref("machines"), big);
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    public void errorBodiesFollowTheNegotiatedFormat() throws Exception {
        HttpResponse<String> r = client.get(client.collectionHref("machines") + "/no-such", CimiClient.XML);
        assertThat(r.statusCode()).isEqualTo(404);
        Element root = xml(r).getDocumentElement();
        assertThat(root.getElementsByTagNameNS(NS, "message").item(0).getTextContent()).contains("no-such");
    }
}
