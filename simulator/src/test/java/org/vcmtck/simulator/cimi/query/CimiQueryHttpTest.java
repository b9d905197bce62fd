package org.vcmtck.simulator.cimi.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.cimi.CimiFrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The query parameters through the real front end, in JSON and XML, over five machines a..e. */
public class CimiQueryHttpTest {
    private static final long GIB = 1L << 30;
    private static final String JSON = "application/json";
    private static final String XML = "application/xml";
    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    /** name → machine configuration; memory in KiB follows: small 1 GiB, medium 4 GiB, large 8 GiB. */
    private static final String[][] MACHINES = {
            {"c", "medium"}, {"a", "small"}, {"e", "large"}, {"b", "small"}, {"d", "medium"}};

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private CimiFrontEnd frontEnd;
    private String base;

    @BeforeClass
    public void start() throws Exception {
        Datacenter dc = new Datacenter(7, new DatacenterOptions(0));
        dc.addHost(new HostSpec("host0", 32, 64 * GIB, List.of(new StorageVolume("vol0", 500 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L))));
        frontEnd = new CimiFrontEnd();
        String cep = frontEnd.start(dc, FrontEndOptions.loopbackEphemeral()).get(CimiFrontEnd.KIND);
        base = mapper.readTree(get(cep, JSON).body()).get("baseURI").asText();
        for (String[] m : MACHINES) {
            HttpResponse<String> r = send("POST", base + "machines", """
                    {"name":"%s","machineTemplate":{"machineConfig":{"href":"%smachineConfigs/%s"},
                     "machineImage":{"href":"%smachineImages/tiny-linux"}}}""".formatted(m[0], base, m[1], base));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        frontEnd.stop();
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", JSON);
        if (body != null) {
            b.header("Content-Type", JSON);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET base + path with the given raw (unencoded) parameter pairs; '$' may be given encoded or not. */
    private HttpResponse<String> query(String path, String accept, String... kv) throws Exception {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            q.append(q.length() == 0 ? "?" : "&").append(kv[i]).append('=')
                    .append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return get(base + path + q, accept);
    }

    private JsonNode json(String path, String... kv) throws Exception {
        HttpResponse<String> r = query(path, JSON, kv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return mapper.readTree(r.body());
    }

    private static List<String> names(JsonNode collection, String array) {
        List<String> out = new ArrayList<>();
        collection.get(array).forEach(n -> out.add(n.get("name").asText()));
        return out;
    }

    private Document xml(String path, String... kv) throws Exception {
        HttpResponse<String> r = query(path, XML, kv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> xmlNames(Document doc, String memberElement) {
        List<String> out = new ArrayList<>();
        NodeList members = doc.getElementsByTagNameNS(NS, memberElement);
        for (int i = 0; i < members.getLength(); i++) {
            Element m = (Element) members.item(i);
            out.add(m.getElementsByTagNameNS(NS, "name").item(0).getTextContent());
        }
        return out;
    }

    private static String xmlCount(Document doc) {
        return doc.getElementsByTagNameNS(NS, "count").item(0).getTextContent();
    }

    @Test
    public void filterInJsonAndXml() throws Exception {
        String filter = "memory>=4194304 and name!='e'";
        JsonNode j = json("machines", "$filter", filter);
        assertThat(names(j, "machines")).containsExactlyInAnyOrder("c", "d");
        assertThat(j.get("count").asInt()).isEqualTo(2);
        Document x = xml("machines", "$filter", filter);
        assertThat(xmlNames(x, "Machine")).containsExactlyInAnyOrder("c", "d");
        assertThat(xmlCount(x)).isEqualTo("2");
    }

    @Test
    public void percentEncodedDollarWorksLikeDollar() throws Exception {
        assertThat(names(json("machines", "%24filter", "name='b'"), "machines")).containsExactly("b");
    }

    @Test
    public void orderByAndPagingInJsonAndXml() throws Exception {
        JsonNode j = json("machines", "$orderby", "name:desc", "$first", "2", "$last", "3");
        assertThat(names(j, "machines")).containsExactly("d", "c");
        assertThat(j.get("count").asInt()).isEqualTo(5);
        Document x = xml("machines", "$orderby", "memory:desc,name", "$first", "1", "$last", "3");
        assertThat(xmlNames(x, "Machine")).containsExactly("e", "c", "d");
        assertThat(xmlCount(x)).isEqualTo("5");
    }

    @Test
    public void pagingPastTheEndIsShortNotAnError() throws Exception {
        JsonNode j = json("machines", "$first", "9");
        assertThat(j.get("machines")).isEmpty();
        assertThat(j.get("count").asInt()).isEqualTo(5);
    }

    @Test
    public void selectInJsonAndXml() throws Exception {
        JsonNode j = json("machines", "$select", "name,state");
        JsonNode first = j.get("machines").get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("resourceURI", "id", "name", "state");
        Document x = xml("machines", "$select", "name");
        Element machine = (Element) x.getElementsByTagNameNS(NS, "Machine").item(0);
        assertThat(machine.getElementsByTagNameNS(NS, "name").getLength()).isEqualTo(1);
        assertThat(machine.getElementsByTagNameNS(NS, "id").getLength()).isEqualTo(1);
        assertThat(machine.getElementsByTagNameNS(NS, "memory").getLength()).isZero();
    }

    @Test
    public void selectOnASingleResource() throws Exception {
        JsonNode t = json("machineTemplates/medium-appliance", "$select", "machineConfig");
        assertThat(t.has("machineConfig")).isTrue();
        assertThat(t.has("name")).isFalse();
        assertThat(t.get("id").asText()).endsWith("machineTemplates/medium-appliance");
    }

    @Test
    public void otherCollectionsTakeQueriesToo() throws Exception {
        JsonNode configs = json("machineConfigs", "$filter", "cpu>=2", "$orderby", "cpu:desc");
        assertThat(names(configs, "machineConfigs")).containsExactly("large", "medium");
        // three finished start jobs, on b, c and d; nothing else in this class looks at machine state
        for (String name : List.of("b", "c", "d")) {
            String id = json("machines", "$filter", "name='" + name + "'").get("machines").get(0).get("id").asText();
            HttpResponse<String> started = send("POST", id + "/start", """
                    {"resourceURI":"http://schemas.dmtf.org/cimi/1/Action",
                     "action":"http://schemas.dmtf.org/cimi/1/action/start"}""");
            assertThat(started.statusCode()).as(started.body()).isIn(200, 202);
        }
        JsonNode jobs = json("jobs", "$filter", "state='SUCCESS'", "$first", "2", "$last", "9");
        assertThat(jobs.get("jobs")).hasSize(2);
        assertThat(jobs.get("count").asInt()).isEqualTo(3);
        assertThat(json("jobs", "$filter", "state='FAILED'").get("count").asInt()).isZero();
    }

    @Test
    public void badQueriesAre400NamingTheParameter() throws Exception {
        for (String[] kv : new String[][] {
                {"$filter", "state="}, {"$first", "0"}, {"$orderby", "name:up"}, {"$bogus", "1"},
                {"$select", "name,,id"}}) {
            HttpResponse<String> r = query("machines", JSON, kv);
            assertThat(r.statusCode()).as(kv[0] + " " + r.body()).isEqualTo(400);
            JsonNode err = mapper.readTree(r.body());
            assertThat(err.get("attribute").asText()).isEqualTo(kv[0]);
        }
        HttpResponse<String> r = query("machines", XML, "$filter", "(state='x'");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("position 11").contains("$filter");
    }

    @Test
    public void collectionParametersOnAResourceAre400() throws Exception {
        HttpResponse<String> r = query("machineConfigs/small", JSON, "$first", "1");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("collections only");
    }

    @Test
    public void expandReplacesTheReferenceWithTheResourceInJson() throws Exception {
        JsonNode plain = json("machineTemplates/medium-appliance");
        JsonNode expanded = json("machineTemplates/medium-appliance", "$expand", "machineConfig");

        assertThat(plain.path("machineConfig").size()).as("unexpanded: only the href").isEqualTo(1);
        String href = plain.path("machineConfig").path("href").asText();
        assertThat(expanded.path("machineConfig").path("href").asText()).isEqualTo(href);
        assertThat(expanded.path("machineConfig").path("cpu").isNumber()).as("the configuration's own attribute")
                .isTrue();
        assertThat(expanded.path("machineImage").size()).as("references not named stay references").isEqualTo(1);
    }

    @Test
    public void expandNestsTheResourceInXml() throws Exception {
        HttpResponse<String> r = query("machineTemplates/medium-appliance", XML, "$expand", "*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("<machineConfig href=\"[^\"]+\">\\s*<");
        assertThat(r.body()).contains("<cpu>");
    }

    @Test
    public void queriesDoNotTouchNonGetRequests() throws Exception {
        HttpResponse<String> r = send("POST", base + "machines?$bogus=1", "{\"name\":\"x\"}");
        // the body is refused for its own reasons (no template), not for the unknown parameter
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("$bogus");
    }
}
