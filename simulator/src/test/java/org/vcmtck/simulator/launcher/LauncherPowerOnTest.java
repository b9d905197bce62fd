package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import org.vcmtck.simulator.inventory.InventoryLoader;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

public class LauncherPowerOnTest extends LauncherTestSupport {
    private static final String NS = "http://schemas.dmtf.org/ovf/envelope/1";

    private static String system(String id) {
        return "<VirtualSystem ovf:id=\"" + id + "\"><Info>vs</Info>"
                + "<VirtualHardwareSection><Info>hw</Info><Item><rasd:ElementName>cpu</rasd:ElementName>"
                + "<rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item></VirtualHardwareSection></VirtualSystem>";
    }

    /**
     * Document order web, cache, db, tools; the StartupSection puts db (order 1) before web (order 2), keeps cache
     * (order 1) off and does not name tools.
     */
    private Path collectionPackage() throws IOException {
        Path folder = dir.resolve("ordered");
        Files.createDirectories(folder);
        Path ovf = folder.resolve("ordered.ovf");
        Files.writeString(ovf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS + "\" xmlns:ovf=\"" + NS + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">"
                + "<References/><VirtualSystemCollection ovf:id=\"tiers\"><Info>tiers</Info>"
                + "<StartupSection><Info>order</Info>"
                + "<Item ovf:id=\"web\" ovf:order=\"2\"/>"
                + "<Item ovf:id=\"cache\" ovf:order=\"1\" ovf:startAction=\"none\"/>"
                + "<Item ovf:id=\"db\" ovf:order=\"1\" ovf:startAction=\"powerOn\"/>"
                + "</StartupSection>"
                + system("web") + system("cache") + system("db") + system("tools")
                + "</VirtualSystemCollection></Envelope>\n", StandardCharsets.UTF_8);
        return ovf;
    }

    @Test
    public void startsByAscendingOrderSkipsNoneAndThenTheUnnamedSystems() throws Exception {
        Path state = dir.resolve("started-state.json");
        Result r = run("deploy", collectionPackage().toString(), "--power-on", "--hosts", "1", "--vms", "0",
                "--state", state.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("started "))
                .containsExactly("started db db", "started web web", "started tools tools");
        assertThat(r.err()).doesNotContain("OVF-SEC-006");

        Datacenter saved = InventoryLoader.restoreSnapshot(state);
        Map<String, SystemState> states = saved.systems().stream()
                .collect(Collectors.toMap(VirtualSystem::name, VirtualSystem::state));
        assertThat(states.get("cache")).isEqualTo(SystemState.DEFINED);
        assertThat(states.get("db")).isNotEqualTo(SystemState.DEFINED);
        assertThat(states.get("web")).isNotEqualTo(SystemState.DEFINED);
        assertThat(states.get("tools")).isNotEqualTo(SystemState.DEFINED);
    }

    @Test
    public void withoutPowerOnNothingIsStarted() throws Exception {
        Path state = dir.resolve("defined-state.json");
        Result r = run("deploy", collectionPackage().toString(), "--hosts", "1", "--vms", "0",
                "--state", state.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).noneMatch(l -> l.startsWith("started "));
        assertThat(InventoryLoader.restoreSnapshot(state).systems()).extracting(VirtualSystem::state)
                .containsOnly(SystemState.DEFINED);
    }

    @Test
    public void helpDescribesThePowerOnOption() {
        Result r = run("deploy", "--help");
        assertThat(r.exit()).isZero();
        // the usage text wraps lines, so only words are looked for
        assertThat(r.out()).contains("--power-on").contains("OVF-SEC-006").contains("startAction");
    }
}
