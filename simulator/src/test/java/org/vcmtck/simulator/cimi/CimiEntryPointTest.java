package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiEntryPointTest {
    private CimiClient client;

    @BeforeClass
    public void start() throws Exception {
        client = new CimiClient();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        client.close();
    }

    @Test
    public void publishesTheEntryPointUrlOnLoopback() {
        assertThat(client.cep).matches("http://127\\.0\\.0\\.1:\\d+/cimi/cloudEntryPoint");
    }

    @Test
    public void entryPointHasCommonAttributesAndOnlyImplementedCollections() throws Exception {
        HttpResponse<String> r = client.get(client.cep, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(
                "application/json"));
        JsonNode cep = client.json(r);
        assertThat(cep.get("resourceURI").asText()).isEqualTo("http://schemas.dmtf.org/cimi/1/CloudEntryPoint");
        assertThat(cep.get("id").asText()).isEqualTo(client.cep);
        assertThat(cep.get("baseURI").asText()).endsWith("/").startsWith("http://127.0.0.1:");
        assertThat(cep.has("created")).isTrue();
        List<String> refs = new ArrayList<>();
        cep.fields().forEachRemaining(f -> {
            if (f.getValue().isObject()) {
                refs.add(f.getKey());
                assertThat(f.getValue().get("href").asText()).startsWith(cep.get("baseURI").asText());
            }
        });
        assertThat(refs).containsExactlyInAnyOrder("machines", "machineTemplates", "machineConfigs",
                "machineImages", "jobs", "volumes", "volumeTemplates", "volumeConfigs", "volumeImages", "networks",
                "networkTemplates", "networkConfigs", "networkPorts", "resourceMetadata", "credentials",
                "credentialTemplates", "systems", "systemTemplates", "networkPortTemplates", "networkPortConfigs",
                "addresses", "addressTemplates", "forwardingGroups", "forwardingGroupTemplates", "meters",
                "meterTemplates", "meterConfigs", "eventLogs", "eventLogTemplates");
    }

    @Test
    public void everyResponseCarriesTheSpecificationVersion() throws Exception {
        assertThat(client.get(client.cep, null).headers().firstValue(CimiNames.VERSION_HEADER))
                .hasValue(CimiNames.SPEC_VERSION);
        assertThat(client.get(client.cep.replace("cloudEntryPoint", "notACollection"), null).headers()
                .firstValue(CimiNames.VERSION_HEADER)).hasValue(CimiNames.SPEC_VERSION);
    }

    @Test
    public void unsupportedRequestedVersionIs400() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.cep))
                .header(CimiNames.VERSION_HEADER, "9.9").GET().build();
        var r = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("9.9");
    }

    @Test
    public void absentCollectionIs404() throws Exception {
        assertThat(client.get(client.cep.replace("cloudEntryPoint", "notACollection"), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    public void catalogueCollectionsListFixedEntriesWithoutAdd() throws Exception {
        JsonNode configs = client.getJson(client.collectionHref("machineConfigs"));
        assertThat(configs.get("resourceURI").asText()).endsWith("/MachineConfigurationCollection");
        assertThat(configs.get("count").asInt()).isEqualTo(configs.get("machineConfigs").size()).isEqualTo(3);
        assertThat(client.operation(configs, "add")).isNull();
        JsonNode small = client.getJson(configs.get("machineConfigs").get(0).get("id").asText());
        assertThat(small.get("cpu").asInt()).isEqualTo(1);
        assertThat(small.get("memory").asLong()).isEqualTo(1024L * 1024);

        JsonNode templates = client.getJson(client.collectionHref("machineTemplates"));
        JsonNode first = templates.get("machineTemplates").get(0);
        assertThat(client.getJson(first.get("machineConfig").get("href").asText()).get("resourceURI").asText())
                .endsWith("/MachineConfiguration");
        assertThat(client.getJson(first.get("machineImage").get("href").asText()).get("state").asText())
                .isEqualTo("AVAILABLE");
        assertThat(client.get(client.collectionHref("machineImages") + "/nope", null).statusCode()).isEqualTo(404);
    }

    @Test
    public void readOnlyCollectionsRefuseWritesWith405() throws Exception {
        HttpResponse<String> r = client.postJson(client.collectionHref("jobs"), "{}");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
        assertThat(client.send("DELETE", client.cep, null, null, null).statusCode()).isEqualTo(405);
    }

    @Test
    public void stopIsIdempotent() throws Exception {
        CimiClient other = new CimiClient();
        String cep = other.cep;
        other.close();
        other.close();
        try (java.net.Socket s = new java.net.Socket()) {
            java.net.URI uri = java.net.URI.create(cep);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(
                    new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 2000))
                    .isInstanceOf(java.io.IOException.class);
        }
    }
}
