package org.vcmtck.simulator.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.testng.annotations.Test;
import org.vcmtck.simulator.frontend.ProbeFrontEndProvider;
import org.vcmtck.simulator.inventory.SnapshotCodec;
import org.vcmtck.simulator.model.DatacenterSnapshot;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class LauncherTest extends LauncherTestSupport {
    private static final String NO_ENDPOINTS = "--frontend-setting=probe.enabled=false";
    /** The tests of the launcher's own contract use the probe front end only; the CIMI front end has its own tests. */
    private static final String NO_CIMI = "--frontend-setting=cimi.enabled=false";
    /** Likewise the WBEM front end, which has its own tests. */
    private static final String NO_WBEM = "--frontend-setting=wbem.enabled=false";

    @Test
    public void helpDocumentsEveryOption() {
        Result help = run("--help");
        assertThat(help.exit()).isZero();
        List<String> required = List.of("--inventory", "--hosts", "--vms", "--seed", "--state", "--job-ticks",
                "--bind", "--port", "--endpoints-file", "--export-inventory", "--exit-after-start", "--benchmark",
                "--deviate", "--help", "--version");
        assertThat(help.out()).contains(required);
        for (OptionSpec option : new CommandLine(new LaunchOptions()).getCommandSpec().options()) {
            assertThat(help.out()).contains(option.longestName());
            assertThat(String.join(" ", option.description())).as(option.longestName()).isNotBlank();
        }
        assertThat(help.out()).contains("catalogue is empty");
    }

    @Test
    public void versionExitsZero() {
        Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("vcmtck-simulator ").doesNotContain("unknown");
    }

    @Test
    public void printsOneLinePerEndpointThenReady() {
        Result r = run("--exit-after-start", "--vms", "3", NO_CIMI, NO_WBEM);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(2);
        assertThat(r.outLines().get(0)).matches("endpoint probe http://127\\.0\\.0\\.1:\\d+/probe\\?systems=3");
        assertThat(r.outLines().get(1)).isEqualTo("ready");
        assertThat(r.err()).contains("2 hosts").contains("3 systems").contains("seed 1");
    }

    @Test
    public void withoutEndpointsOnlyReadyIsPrintedAndASummaryGoesToStandardError() {
        Result r = run("--exit-after-start", "--hosts", "3", "--vms", "5", "--seed", "9", NO_ENDPOINTS, NO_CIMI,
                NO_WBEM);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("ready" + System.lineSeparator());
        assertThat(r.err()).contains("3 hosts, 5 systems, seed 9");
    }

    @Test
    public void endpointsFileHoldsTheAnnouncedEndpointsAsJson() throws Exception {
        Path file = dir.resolve("endpoints.json");
        Result r = run("--exit-after-start", "--endpoints-file", file.toString(), NO_CIMI, NO_WBEM);
        assertThat(r.exit()).as(r.err()).isZero();
        String url = r.outLines().get(0).substring("endpoint probe ".length());
        Map<String, String> json = new ObjectMapper().readValue(file.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
        assertThat(json).containsExactly(Map.entry(ProbeFrontEndProvider.KIND, url));
    }

    @Test
    public void endpointsFileIsAnEmptyObjectWithoutFrontEnds() throws Exception {
        Path file = dir.resolve("none.json");
        assertThat(run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM,
                "--endpoints-file", file.toString()).exit())
                .isZero();
        assertThat(new ObjectMapper().readTree(file.toFile()).isEmpty()).isTrue();
    }

    @Test
    public void anExportLoadedAsInventoryExportsTheSameAgain() throws Exception {
        Path first = dir.resolve("first.yaml");
        Path second = dir.resolve("second.yaml");
        assertThat(run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM,
                "--hosts", "2", "--vms", "7", "--job-ticks", "2",
                "--export-inventory", first.toString()).exit()).isZero();
        Result again = run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM, "--inventory", first.toString(),
                "--export-inventory", second.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).contains("counters:");
    }

    @Test
    public void exportToStandardOutputMovesTheStatusLinesToStandardError() {
        Result r = run("--exit-after-start", "--vms", "1", "--export-inventory", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("formatVersion: 1").doesNotContain("ready");
        assertThat(r.err()).contains("endpoint probe http://").contains("ready");
    }

    @Test
    public void sameSeedGivesIdenticalExportsAndAnotherSeedDifferentOnes() {
        String a = run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM,
                "--seed", "5", "--export-inventory", "-").out();
        String b = run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM,
                "--seed", "5", "--export-inventory", "-").out();
        String c = run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM,
                "--seed", "6", "--export-inventory", "-").out();
        assertThat(a).isEqualTo(b).contains("seed: 5");
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    public void aBadInventoryExitsTwoNamingFileLineAndField() throws Exception {
        Path file = dir.resolve("datacenter.yaml");
        Files.writeString(file, """
                hosts:
                  - name: a
                    logicalProcessors: 2
                    memoryBytes: 1GiB
                  - name: b
                    logicalProcessors: 2
                    memoryBytes: -4GiB
                """);
        Result r = run("--exit-after-start", "--inventory", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file + ":7: hosts[1].memoryBytes: must be a positive size")
                .contains("\"-4GiB\"");
    }

    @Test
    public void aMissingInventoryExitsTwo() {
        Result r = run("--exit-after-start", "--inventory", dir.resolve("absent.yaml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("absent.yaml:1:").contains("no such file");
    }

    @Test
    public void badUsageExitsTwo() {
        assertThat(run("--no-such-option").exit()).isEqualTo(2);
        assertThat(run("--hosts", "many").exit()).isEqualTo(2);
        assertThat(run("--hosts", "0", "--exit-after-start").exit()).isEqualTo(2);
        assertThat(run("--job-ticks", "-1", "--exit-after-start").exit()).isEqualTo(2);
        assertThat(run("--port", "70000", "--exit-after-start").exit()).isEqualTo(2);
        Result mixed = run("--inventory", "x.yaml", "--hosts", "2", "--exit-after-start");
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).contains("--inventory");
    }

    @Test
    public void everyDeviationIsRefusedWhileTheCatalogueIsEmpty() {
        Result r = run("--exit-after-start", "--deviate", "wrong-status-code");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown deviation 'wrong-status-code'");
        assertThat(r.out()).doesNotContain("ready");
    }

    @Test
    public void stateFileIsCreatedThenWinsOverGeneratorOptionsAndKeepsChanges() throws Exception {
        Path state = dir.resolve("reference-state.yaml");
        DatacenterSnapshot beforeClose;
        try (RunningReference first = Launcher.start("--state", state.toString(), "--hosts", "1", "--vms", "2",
                NO_ENDPOINTS, NO_CIMI, NO_WBEM)) {
            assertThat(state).exists();
            VirtualSystem vm = first.datacenter().systems().get(0);
            first.datacenter().requestStateChange(vm.id(),
                    vm.state() == SystemState.RUNNING ? StateChange.PAUSE : StateChange.START);
            beforeClose = first.datacenter().snapshot();
        }
        try (RunningReference second = Launcher.start("--state", state.toString(), "--hosts", "5", "--vms", "9",
                "--seed", "77", NO_ENDPOINTS, NO_CIMI, NO_WBEM)) {
            assertThat(second.datacenter().snapshot()).isEqualTo(beforeClose);
        }
    }

    @Test
    public void startReturnsAServingReferenceAndCloseStopsIt() throws Exception {
        RunningReference ref = Launcher.start("--vms", "2");
        URI url = URI.create(ref.endpoints().get(ProbeFrontEndProvider.KIND));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
            assertThat(socket.isConnected()).isTrue();
        }
        assertThat(ref.datacenter().systems()).hasSize(2);
        ref.close();
        ref.close(); // idempotent
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 5_000);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    public void startRefusesBadInputWithExitCodeTwo() {
        assertThatThrownBy(() -> Launcher.start("--vms", "-3"))
                .isInstanceOfSatisfying(LaunchException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
        assertThatThrownBy(() -> Launcher.start("--help"))
                .isInstanceOfSatisfying(LaunchException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    }

    @Test
    public void benchmarkPrintsItsFiguresAndTargets() {
        Result r = run("--benchmark", "--hosts", "2", "--vms", "20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(4);
        assertThat(r.outLines().get(0)).matches("generate: \\d+ ms for 20 virtual systems on 2 hosts");
        assertThat(r.outLines().get(1)).matches("retained heap: \\d+ MB");
        assertThat(r.outLines().get(2)).matches("target generate under 2000 ms: (PASS|OVER)");
        assertThat(r.outLines().get(3)).matches("target retained heap under 300 MB: (PASS|OVER)");
    }

    @Test
    public void exportIsTheSnapshotOfTheStartedDatacenter() throws Exception {
        try (RunningReference ref = Launcher.start("--vms", "3", "--seed", "4", NO_ENDPOINTS, NO_CIMI, NO_WBEM)) {
            Result r = run("--exit-after-start", NO_ENDPOINTS, NO_CIMI, NO_WBEM, "--vms", "3", "--seed", "4",
                    "--export-inventory", "-");
            assertThat(r.out()).isEqualTo(SnapshotCodec.toYaml(ref.datacenter().snapshot()));
        }
    }
}
