package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.SystemState;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiSystemTest {
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

    private String base() throws Exception {
        return client.getJson(client.cep).get("baseURI").asText();
    }

    private HttpResponse<String> createFrom(String template, String name) throws Exception {
        return client.postJson(client.collectionHref("systems"), """
                {"resourceURI":"%s/SystemCreate","name":"%s","systemTemplate":{"href":"%ssystemTemplates/%s"}}"""
                .formatted(NS, name, base(), template));
    }

    private static String action(String name) {
        return "{\"resourceURI\":\"" + NS + "/Action\",\"action\":\"" + NS + "/action/" + name + "\"}";
    }

    private List<String> memberMachines(String system) throws Exception {
        JsonNode machines = client.getJson(client.getJson(system).get("machines").get("href").asText());
        List<String> ids = new ArrayList<>();
        for (JsonNode m : machines.path("machines")) {
            ids.add(m.get("machine").get("href").asText());
        }
        assertThat(machines.get("count").asInt()).isEqualTo(ids.size());
        return ids;
    }

    @Test
    public void theEntryPointListsSystemsAndTemplatesWithComponentDescriptors() throws Exception {
        JsonNode cep = client.getJson(client.cep);
        assertThat(cep.get("systems").get("href").asText()).isEqualTo(base() + "systems");
        JsonNode template = client.getJson(base() + "systemTemplates/web-pair");
        assertThat(template.get("resourceURI").asText()).isEqualTo(NS + "/SystemTemplate");
        JsonNode descriptor = template.get("componentDescriptors").get(0);
        assertThat(descriptor.get("type").asText()).isEqualTo(NS + "/Machine");
        assertThat(descriptor.get("quantity").asInt()).isEqualTo(2);
        assertThat(descriptor.get("machineTemplate").get("href").asText())
                .isEqualTo(base() + "machineTemplates/small-tiny-linux");
    }

    @Test
    public void aSystemFromATemplateMakesQuantityMachinesAndActsOnAllOfThem() throws Exception {
        HttpResponse<String> created = createFrom("web-pair", "shop");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String system = created.headers().firstValue("Location").orElseThrow();
        List<String> members = memberMachines(system);
        assertThat(members).hasSize(2);
        assertThat(client.getJson(system).get("state").asText()).isEqualTo("STOPPED");

        HttpResponse<String> started = client.postJson(client.operation(client.getJson(system),
                NS + "/action/start"), action("start"));
        assertThat(started.statusCode()).isIn(200, 202);
        for (String m : members) {
            assertThat(client.getJson(m).get("state").asText()).isEqualTo("STARTED");
        }
        assertThat(client.getJson(system).get("state").asText()).isEqualTo("STARTED");

        // one member stopped on its own: the system is MIXED
        client.act(members.get(0), "stop");
        assertThat(client.getJson(system).get("state").asText()).isEqualTo("MIXED");
        client.postJson(system + "/stop", action("stop"));
        for (String m : members) {
            assertThat(client.getJson(m).get("state").asText()).isEqualTo("STOPPED");
        }
        assertThat(client.postJson(system + "/stop", action("stop")).statusCode()).isEqualTo(409);
    }

    @Test
    public void anActionBodyNamingAnotherActionIsRefused() throws Exception {
        String system = createFrom("web-pair", "shop").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> r = client.postJson(system + "/start", action("stop"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(client.getJson(system).get("state").asText()).isEqualTo("STOPPED");
    }

    @Test
    public void deletingAStoppedSystemDestroysItsMachines() throws Exception {
        String system = createFrom("web-and-appliance", "pair").headers().firstValue("Location").orElseThrow();
        assertThat(memberMachines(system)).hasSize(2);
        int before = client.dc.systems().size();
        assertThat(client.send("DELETE", system, CimiClient.JSON, null, null).statusCode()).isIn(200, 202, 204);
        assertThat(client.dc.systems()).hasSize(before - 2);
        assertThat(client.get(system, CimiClient.JSON).statusCode()).isEqualTo(404);
    }

    @Test
    public void anExportedSystemImportsAgainAsASystemWithTheSameMachines() throws Exception {
        String system = createFrom("web-pair", "shop").headers().firstValue("Location").orElseThrow();
        JsonNode sys = client.getJson(system);
        String export = client.operation(sys, NS + "/action/export");
        assertThat(export).isEqualTo(system + "/export");
        HttpResponse<String> exported = client.postJson(export, action("export"));
        assertThat(exported.statusCode()).as(exported.body()).isEqualTo(201);
        String descriptorUrl = exported.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> descriptor = client.get(descriptorUrl, null);
        assertThat(descriptor.statusCode()).isEqualTo(200);
        assertThat(descriptor.body()).contains("VirtualSystemCollection").contains("shop-web-1")
                .contains("shop-web-2");

        Path folder = Files.createTempDirectory("cimi-import");
        Path ovf = folder.resolve("shop.ovf");
        Files.writeString(ovf, descriptor.body());
        Files.writeString(folder.resolve("shop.mf"), client.get(descriptorUrl.replace(".ovf", ".mf"), null).body());
        int before = client.dc.systems().size();

        JsonNode systems = client.getJson(client.collectionHref("systems"));
        String importHref = client.operation(systems, NS + "/action/import");
        HttpResponse<String> imported = client.postJson(importHref, """
                {"resourceURI":"%s/Action","action":"%s/action/import","source":"%s"}"""
                .formatted(NS, NS, ovf.toUri()));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String importedSystem = imported.headers().firstValue("Location").orElseThrow();
        assertThat(importedSystem).isNotEqualTo(system);
        assertThat(memberMachines(importedSystem)).hasSize(2);
        assertThat(client.dc.systems()).hasSize(before + 2);
        assertThat(client.dc.appliances()).hasSize(1);
    }

    @Test
    public void importFromAnotherHostOrAMissingFileIsRefusedAndChangesNothing() throws Exception {
        String systems = client.collectionHref("systems");
        int before = client.dc.systems().size();
        for (String source : List.of("http://example.com/app.ova", "ftp://127.0.0.1/app.ova",
                "/no/such/package.ova", "relative/app.ova")) {
            HttpResponse<String> r = client.postJson(systems, """
                    {"resourceURI":"%s/Action","action":"%s/action/import","source":"%s"}"""
                    .formatted(NS, NS, source));
            assertThat(r.statusCode()).as(source).isEqualTo(400);
            assertThat(client.json(r).get("attribute").asText()).isEqualTo("source");
        }
        assertThat(client.dc.systems()).hasSize(before);
    }

    @Test
    public void exportDestinationsOutsideTheExportFolderAreRefused() throws Exception {
        String system = createFrom("web-pair", "shop").headers().firstValue("Location").orElseThrow();
        for (String destination : List.of("../escape", "file:///etc/vcmtck", "http://127.0.0.1/x")) {
            HttpResponse<String> r = client.postJson(system + "/export", """
                    {"resourceURI":"%s/Action","action":"%s/action/export","destination":"%s"}"""
                    .formatted(NS, NS, destination));
            assertThat(r.statusCode()).as(destination).isEqualTo(400);
            assertThat(client.json(r).get("attribute").asText()).isEqualTo("destination");
        }
        String folder = "c2-test-" + System.nanoTime();
        HttpResponse<String> ok = client.postJson(system + "/export", """
                {"resourceURI":"%s/Action","action":"%s/action/export","format":"OVF","destination":"%s"}"""
                .formatted(NS, NS, folder));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        Path written = CimiServices.SYSTEM_EXPORT_FOLDER.resolve(folder).resolve("shop.ovf");
        assertThat(ok.headers().firstValue("Location")).contains(written.toUri().toString());
        assertThat(Files.readString(written)).contains("shop-web-1");
    }

    @Test
    public void systemsAreServedInXmlWithTheirSubCollections() throws Exception {
        String system = createFrom("web-pair", "shop").headers().firstValue("Location").orElseThrow();
        HttpResponse<String> xml = client.get(system, CimiClient.XML);
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("<System").contains("<state>STOPPED</state>")
                .contains("machines href=\"" + system + "/machines\"");
        HttpResponse<String> machines = client.get(system + "/machines", CimiClient.XML);
        assertThat(machines.body()).contains("<SystemMachine>");
        assertThat(client.dc.systems()).allMatch(s -> s.state() == SystemState.DEFINED);
    }
}
