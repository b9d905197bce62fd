package org.vcmtck.simulator.inventory;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.DatacenterSnapshot;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class StateFileTest {
    private Path dir;
    private final List<String> warnings = new ArrayList<>();

    @BeforeMethod
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("state-test");
        warnings.clear();
    }

    @AfterMethod(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private StateFile state() {
        return new StateFile(dir.resolve("state.yaml"), warnings::add);
    }

    @Test
    public void attachingSavesAtOnce() throws Exception {
        StateFile state = state();
        assertThat(state.exists()).isFalse();
        Datacenter dc = InventoryGenerator.generate(1, 2, 3);
        state.attach(dc);
        assertThat(state.exists()).isTrue();
        assertThat(state.load().snapshot()).isEqualTo(dc.snapshot());
    }

    @Test
    public void everyChangeIsSavedSoARestartLosesNothing() throws Exception {
        StateFile state = state();
        Datacenter dc = InventoryGenerator.generate(2, 3, 11, new DatacenterOptions(2));
        state.attach(dc);
        String host = dc.hosts().get(1).id();
        String vm = dc.defineSystem(host, new SystemSpec("late", List.of(AllocationSpec.processors(2),
                AllocationSpec.memory(1L << 30)))).id();
        dc.requestStateChange(vm, StateChange.START);
        dc.tick(); // the start job is half done: a restart must keep it half done
        DatacenterSnapshot before = dc.snapshot();

        Datacenter reloaded = state().load();

        assertThat(reloaded.snapshot()).isEqualTo(before);
        assertThat(warnings).isEmpty();
    }

    @Test
    public void aStateLargerThanSnakeYamlsDefaultLimitRoundTrips() throws Exception {
        StateFile state = state();
        Datacenter dc = InventoryGenerator.generate(4, 2_500, 8);
        state.attach(dc);
        assertThat(Files.size(state.path())).as("bigger than SnakeYAML's 3 MB default").isGreaterThan(3L << 20);
        assertThat(state().load().snapshot()).isEqualTo(dc.snapshot());
    }

    @Test
    public void theStateFileIsJsonThatTheInventoryLoaderAlsoReads() throws Exception {
        StateFile state = state();
        Datacenter dc = InventoryGenerator.generate(1, 2, 8);
        state.attach(dc);
        assertThat(Files.readString(state.path())).startsWith("{");
        assertThat(InventoryLoader.load(state.path(), LoadOptions.none()).snapshot()).isEqualTo(dc.snapshot());
    }

    @Test
    public void detachingStopsFollowingTheDatacenter() throws Exception {
        StateFile state = state();
        Datacenter dc = InventoryGenerator.generate(1, 1, 3);
        state.attach(dc);
        state.detach();
        DatacenterSnapshot saved = dc.snapshot();
        dc.requestStateChange(dc.systems().get(0).id(),
                dc.systems().get(0).state().name().equals("RUNNING") ? StateChange.STOP : StateChange.START);
        assertThat(state.load().snapshot()).isEqualTo(saved).isNotEqualTo(dc.snapshot());
    }

    @Test
    public void aCrashMidWriteLeavesTheLastGoodStateAndItsLeftoversAreCleanedUp() throws Exception {
        StateFile state = state();
        Datacenter dc = InventoryGenerator.generate(1, 2, 5);
        state.attach(dc);
        state.detach();
        DatacenterSnapshot good = dc.snapshot();
        // what a crash between "write temp" and "rename" leaves: a half-written temporary next to the state file
        String full = SnapshotCodec.toYaml(good);
        Path leftover = dir.resolve("state.yaml.12345.tmp");
        Files.writeString(leftover, full.substring(0, full.length() / 2));

        Datacenter afterCrash = state().load();
        assertThat(afterCrash.snapshot()).isEqualTo(good);

        StateFile restarted = state();
        restarted.attach(afterCrash);
        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.yaml");
        }
    }

    @Test
    public void aDamagedStateFileIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("state.yaml");
        Files.writeString(file, "formatVersion: 1\ncounters: {hosts: 1}\nseed: [\n");
        assertThatThrownBy(() -> new StateFile(file, warnings::add).load())
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith(file.toAbsolutePath().normalize() + ":");
    }

    @Test
    public void aHandWrittenInventoryIsNotAStateFile() throws Exception {
        Path file = dir.resolve("state.yaml");
        Files.writeString(file, "hosts: []\n");
        assertThatThrownBy(() -> new StateFile(file, warnings::add).load())
                .isInstanceOfSatisfying(InventoryException.class,
                        e -> assertThat(e.detail()).contains("not a complete snapshot"));
    }

    @Test
    public void aSaveFailureInsideANotificationIsReportedNotThrown() throws Exception {
        Path blocked = dir.resolve("sub");
        StateFile state = new StateFile(blocked.resolve("state.yaml"), warnings::add);
        Datacenter dc = InventoryGenerator.generate(1, 1, 5);
        state.attach(dc);
        // replace the directory by a file: the next save cannot create its temporary file
        Files.delete(blocked.resolve("state.yaml"));
        Files.delete(blocked);
        Files.writeString(blocked, "not a directory");
        dc.addHost(new org.vcmtck.simulator.model.HostSpec("extra", 2, 1L << 30, List.of(), List.of()));
        assertThat(warnings).singleElement().asString().startsWith("state: cannot save");
        assertThat(dc.hosts()).hasSize(2);
    }
}
