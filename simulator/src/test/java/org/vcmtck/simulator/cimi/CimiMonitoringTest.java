package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class CimiMonitoringTest {
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

    @Test
    public void machineLinksItsMetersWithModelSamples() throws Exception {
        String machine = client.createSmall("vm1");
        client.act(machine, "start");
        client.dc.advance(3);
        String systemId = machine.substring(machine.lastIndexOf('/') + 1);
        JsonNode meters = client.getJson(client.getJson(machine).get("meters").get("href").asText());
        assertThat(meters.get("count").asInt()).isEqualTo(2);
        JsonNode cpu = client.getJson(client.collectionHref("meters") + "/" + systemId + "-cpu");
        assertThat(cpu.get("resourceURI").asText()).isEqualTo(NS + "/Meter");
        assertThat(cpu.get("units").asText()).isEqualTo("percent");
        assertThat(cpu.get("targetResource").get("href").asText()).isEqualTo(machine);
        JsonNode samples = cpu.get("samples");
        assertThat(samples).isNotEmpty();
        JsonNode last = samples.get(samples.size() - 1);
        long now = client.dc.clock().now();
        assertThat(last.get("value").asLong()).isEqualTo(Math.round(client.dc.sample(systemId, now).cpuPercent()));
        assertThat(client.getJson(cpu.get("meterConfig").get("href").asText()).get("units").asText())
                .isEqualTo("percent");
    }

    @Test
    public void stateChangeOfAMachineIsAStateEventInItsLog() throws Exception {
        String machine = client.createSmall("vm1");
        client.act(machine, "start");
        JsonNode log = client.getJson(client.getJson(machine).get("eventLog").get("href").asText());
        assertThat(log.get("targetResource").get("href").asText()).isEqualTo(machine);
        assertThat(log.get("persistence").asText()).isNotBlank();
        JsonNode events = client.getJson(log.get("events").get("href").asText()).get("events");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("state");
            assertThat(e.get("content").asText()).contains("RUNNING");
        });
        JsonNode first = events.get(0);
        assertThat(client.getJson(first.get("id").asText()).get("timestamp").asText())
                .isEqualTo(first.get("timestamp").asText());
    }

    @Test
    public void entryPointListsTheMonitoringCollections() throws Exception {
        JsonNode cep = client.getJson(client.cep);
        for (String name : new String[] {"meters", "meterTemplates", "meterConfigs", "eventLogs",
                "eventLogTemplates", "addresses", "forwardingGroups", "networkPortTemplates"}) {
            assertThat(client.get(cep.get(name).get("href").asText(), CimiClient.JSON).statusCode())
                    .as(name).isEqualTo(200);
        }
    }
}
