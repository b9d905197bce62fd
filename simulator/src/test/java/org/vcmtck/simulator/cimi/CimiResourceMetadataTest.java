package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiResourceMetadataTest {

    @Test
    public void collectionIsLinkedFromTheEntryPointAndCountsItsEntries() throws Exception {
        try (CimiClient client = new CimiClient()) {
            JsonNode rmd = client.getJson(client.collectionHref("resourceMetadata"));
            assertThat(rmd.get("resourceURI").asText())
                    .isEqualTo("http://schemas.dmtf.org/cimi/1/ResourceMetadataCollection");
            JsonNode entries = rmd.get("resourceMetadata");
            assertThat(rmd.get("count").asInt()).isEqualTo(entries.size()).isPositive();
            List<String> names = new ArrayList<>();
            for (JsonNode e : entries) {
                names.add(e.get("name").asText());
                assertThat(e.get("typeUri").asText()).isEqualTo("http://schemas.dmtf.org/cimi/1/"
                        + e.get("name").asText());
                assertThat(e.has("capabilities") || e.has("attributes") || e.has("actions")).isTrue();
                // every entry can be read on its own
                assertThat(client.getJson(e.get("id").asText()).get("name").asText()).isEqualTo(e.get("name").asText());
            }
            // one entry per collection the entry point links that holds resources
            assertThat(names).contains("Machine", "Volume", "Network", "Job").doesNotHaveDuplicates();
        }
    }

    @Test
    public void defaultInitialStateMatchesWhatACreatedMachineBecomes() throws Exception {
        try (CimiClient client = new CimiClient()) {
            JsonNode machine = machineMetadata(client);
            JsonNode capability = null;
            for (JsonNode c : machine.get("capabilities")) {
                if (c.get("uri").asText().equals(
                        "http://schemas.dmtf.org/cimi/1/capability/Machine/DefaultInitialState")) {
                    capability = c;
                }
            }
            assertThat(capability).isNotNull();
            assertThat(capability.get("description").asText()).isNotBlank();
            String created = client.createSmall("rmd-check");
            assertThat(client.getJson(created).get("state").asText()).isEqualTo(capability.get("value").asText());
        }
    }

    @Test
    public void advertisedActionsAreThoseAMachineOffers() throws Exception {
        try (CimiClient client = new CimiClient()) {
            Set<String> uris = new HashSet<>();
            for (JsonNode a : machineMetadata(client).get("actions")) {
                assertThat(a.get("method").asText()).isEqualTo("POST");
                for (String field : List.of("name", "description", "inputMessage", "outputMessage")) {
                    assertThat(a.get(field).asText()).as(field).isNotBlank();
                }
                uris.add(a.get("uri").asText());
            }
            String id = client.createSmall("rmd-actions");
            // a stopped machine offers start; the metadata must have described it
            String start = client.operation(client.getJson(id), CimiNames.actionUri("start"));
            assertThat(start).isNotNull();
            assertThat(uris).contains(CimiNames.actionUri("start"));
            assertThat(client.act(id, "start").statusCode()).isIn(200, 202);
        }
    }

    @Test
    public void unknownTypeIs404() throws Exception {
        try (CimiClient client = new CimiClient()) {
            String href = client.collectionHref("resourceMetadata") + "/Teapot";
            assertThat(client.get(href, CimiClient.JSON).statusCode()).isEqualTo(404);
        }
    }

    private static JsonNode machineMetadata(CimiClient client) throws Exception {
        JsonNode entries = client.getJson(client.collectionHref("resourceMetadata")).get("resourceMetadata");
        for (JsonNode e : entries) {
            if (e.get("name").asText().equals("Machine")) {
                return e;
            }
        }
        throw new AssertionError("no Machine metadata in " + entries);
    }
}
