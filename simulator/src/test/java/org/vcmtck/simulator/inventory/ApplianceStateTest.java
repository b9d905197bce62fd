package org.vcmtck.simulator.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.ApplianceEntity;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.AllocationSpec;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Package metadata in state files: kept through JSON and YAML, and absent from files written before it existed. */
public class ApplianceStateTest {
    private static Datacenter withAppliance() {
        Datacenter dc = new Datacenter(5);
        String host = dc.addHost(new HostSpec("h", 8, 16L << 30, List.of(new StorageVolume("v", 100L << 30)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L)))).id();
        String sys = dc.defineSystem(host, new SystemSpec("s", List.of(AllocationSpec.processors(1),
                AllocationSpec.memory(1L << 30)))).id();
        dc.recordAppliance(new Appliance("app-" + sys, "http://schemas.dmtf.org/ovf/envelope/2", null,
                Map.of("com.acme.ip", "10.0.0.1"), List.of("<ovf:DeploymentOptionSection xmlns:ovf=\"urn:o\"/>"),
                List.of(), new ApplianceEntity("s", false, "s", List.of(sys),
                List.of("<ovf:EulaSection xmlns:ovf=\"urn:o\"><ovf:Info>i</ovf:Info></ovf:EulaSection>"),
                List.of())));
        return dc;
    }

    @Test
    public void anApplianceComesBackFromAJsonStateFileAndFromYaml() throws Exception {
        Datacenter dc = withAppliance();
        Path json = Files.createTempFile("state", ".json");
        Path yaml = Files.createTempFile("state", ".yaml");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SnapshotCodec.writeJson(dc.snapshot(), out);
            Files.write(json, out.toByteArray());
            Files.writeString(yaml, SnapshotCodec.toYaml(dc.snapshot()));
            assertThat(InventoryLoader.restoreSnapshot(json).appliances()).isEqualTo(dc.appliances());
            assertThat(InventoryLoader.restoreSnapshot(yaml).snapshot()).isEqualTo(dc.snapshot());
        } finally {
            Files.deleteIfExists(json);
            Files.deleteIfExists(yaml);
        }
    }

    @Test
    public void aStateFileWrittenBeforeAppliancesExistedStillLoads() throws Exception {
        Datacenter dc = new Datacenter(5);
        dc.addHost(new HostSpec("h", 8, 16L << 30, List.of(new StorageVolume("v", 100L << 30)), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotCodec.writeJson(dc.snapshot(), out);
        ObjectMapper json = new ObjectMapper();
        ObjectNode old = (ObjectNode) json.readTree(out.toByteArray());
        assertThat(old.remove("appliances")).isNotNull();
        Path file = Files.createTempFile("old-state", ".json");
        try {
            Files.write(file, json.writeValueAsBytes(old));
            Datacenter restored = InventoryLoader.restoreSnapshot(file);
            assertThat(restored.appliances()).isEmpty();
            assertThat(restored.hosts()).extracting(h -> h.name()).containsExactly("h");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void anApplianceSavedBeforeFilesWereKeptLoadsWithNone() throws Exception {
        Datacenter dc = withAppliance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotCodec.writeJson(dc.snapshot(), out);
        ObjectMapper json = new ObjectMapper();
        ObjectNode old = (ObjectNode) json.readTree(out.toByteArray());
        assertThat(((ObjectNode) old.get("appliances").get(0)).remove("files")).isNotNull();
        Path file = Files.createTempFile("old-appliance", ".json");
        try {
            Files.write(file, json.writeValueAsBytes(old));
            Datacenter restored = InventoryLoader.restoreSnapshot(file);
            assertThat(restored.appliances()).singleElement().satisfies(a -> {
                assertThat(a.files().files()).isEmpty();
                assertThat(a.files().diskSections()).isEmpty();
                assertThat(a.properties()).containsEntry("com.acme.ip", "10.0.0.1");
            });
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
