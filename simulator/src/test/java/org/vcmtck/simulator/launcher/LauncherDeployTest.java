package org.vcmtck.simulator.launcher;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.inventory.InventoryLoader;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.VirtualSystem;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class LauncherDeployTest extends LauncherTestSupport {
    private static final String NS = "http://schemas.dmtf.org/ovf/envelope/1";
    private Path ova;
    private Path eulaPackage;

    @BeforeClass
    public void createPackages() throws IOException {
        dir = Files.createTempDirectory("launcher-deploy-test");
        Result export = run("export", "--system", "guest-2", "--seed", "5", "--out", dir.resolve("pkg").toString());
        assertThat(export.exit()).as(export.err()).isZero();
        ova = dir.resolve("pkg").resolve("guest-2.ova");
        eulaPackage = dir.resolve("eula");
        Files.createDirectories(eulaPackage);
        Files.writeString(eulaPackage.resolve("licensed.ovf"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS + "\" xmlns:ovf=\"" + NS + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">"
                + "<References/><VirtualSystem ovf:id=\"licensed\"><Info>vs</Info>"
                + "<EulaSection><Info>license</Info><License>Be nice.</License></EulaSection>"
                + "<VirtualHardwareSection><Info>hw</Info><Item><rasd:ElementName>cpu</rasd:ElementName>"
                + "<rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item></VirtualHardwareSection>"
                + "</VirtualSystem></Envelope>\n", StandardCharsets.UTF_8);
    }

    /** The system id printed on a "deployed NAME ID" line. */
    private static String deployedId(Result r, String name) {
        // the optional hardware/network/annotation detail lines follow; exactly one system is deployed
        List<String> deployed = r.outLines().stream().filter(l -> l.startsWith("deployed ")).toList();
        assertThat(deployed).singleElement().satisfies(l -> assertThat(l).startsWith("deployed " + name + " "));
        return deployed.get(0).substring(("deployed " + name + " ").length());
    }

    @Test
    public void deploysIntoAStateFileThatKeepsTheNewSystems() throws Exception {
        Path state = dir.resolve("state.json");
        Result first = run("deploy", ova.toString(), "--hosts", "1", "--vms", "0", "--state", state.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        String firstId = deployedId(first, "guest-2");
        Datacenter saved = InventoryLoader.restoreSnapshot(state);
        assertThat(saved.systems()).extracting(VirtualSystem::id).containsExactly(firstId);
        assertThat(saved.system(firstId).name()).isEqualTo("guest-2");

        Result second = run("deploy", ova.toString(), "--state", state.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        String secondId = deployedId(second, "guest-2");
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(InventoryLoader.restoreSnapshot(state).systems()).extracting(VirtualSystem::id)
                .containsExactlyInAnyOrder(firstId, secondId);
    }

    @Test
    public void readsAnOvaFromStandardInput() throws Exception {
        Result r = run(new ByteArrayInputStream(Files.readAllBytes(ova)), "deploy", "-", "--hosts", "2",
                "--vms", "3", "--seed", "8");
        assertThat(r.exit()).as(r.err()).isZero();
        deployedId(r, "guest-2");
    }

    @Test
    public void aRefusedPackageExitsOneNamingTheRequirementAndLeavesTheStateFileAlone() throws Exception {
        Path state = dir.resolve("refused-state.json");
        Result r = run("deploy", eulaPackage.toString(), "--state", state.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("OVF-SEC-003");
        assertThat(r.out()).isEmpty();
        assertThat(state).doesNotExist();

        Result accepted = run("deploy", eulaPackage.toString(), "--accept-eula", "--state", state.toString());
        assertThat(accepted.exit()).as(accepted.err()).isZero();
        String id = deployedId(accepted, "licensed");
        assertThat(InventoryLoader.restoreSnapshot(state).system(id).name()).isEqualTo("licensed");
    }

    @Test
    public void anUnknownPropertyIsRefusedNamingIt() {
        Result r = run("deploy", ova.toString(), "--property", "nosuch.key=1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("OVF-PROD-004").contains("nosuch.key");
    }

    @Test
    public void anUnknownDeploymentOptionIsRefused() {
        Result r = run("deploy", ova.toString(), "--deployment-option", "huge");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("OVF-SEC-009").contains("huge");
    }

    @Test
    public void theHostCanBeChosenByName() throws Exception {
        Path state = dir.resolve("host-state.json");
        Result r = run("deploy", ova.toString(), "--hosts", "2", "--vms", "0", "--seed", "3", "--state",
                state.toString(), "--host", "host2");
        assertThat(r.exit()).as(r.err()).isZero();
        Datacenter saved = InventoryLoader.restoreSnapshot(state);
        VirtualSystem vs = saved.system(deployedId(r, "guest-2"));
        assertThat(saved.host(vs.hostId()).name()).isEqualTo("host2");
    }

    @Test
    public void usageErrorsExitTwo() {
        assertThat(run("deploy").exit()).isEqualTo(2);
        Result missing = run("deploy", dir.resolve("no-such.ova").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such.ova");
        Result property = run("deploy", ova.toString(), "--property", "novalue");
        assertThat(property.exit()).isEqualTo(2);
        assertThat(property.err()).contains("--property");
        Result host = run("deploy", ova.toString(), "--host", "nowhere");
        assertThat(host.exit()).isEqualTo(2);
        assertThat(host.err()).contains("nowhere");
        assertThat(run("deploy", ova.toString(), "--inventory", "x.yaml", "--hosts", "2").exit()).isEqualTo(2);
    }

    @Test
    public void helpDocumentsEveryDeployOption() {
        Result help = run("deploy", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("PACKAGE", "--accept-eula", "--property", "--deployment-option", "--host",
                "--inventory", "--hosts", "--vms", "--seed", "--state");
        for (OptionSpec option : new CommandLine(new DeployCommand()).getCommandSpec().options()) {
            assertThat(help.out()).contains(option.longestName());
            assertThat(String.join(" ", option.description())).as(option.longestName()).isNotBlank();
        }
        assertThat(run("--help").out()).contains("deploy");
    }

    @Test
    public void startRefusesTheDeployCommand() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Launcher.start("deploy", ova.toString()))
                .isInstanceOf(LaunchException.class);
    }
}
