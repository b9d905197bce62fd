package org.vcmtck.simulator.inventory;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class InventoryLoaderTest {
    private static final String ONE_HOST = """
            hosts:
              - name: h1
                logicalProcessors: 8
                memoryBytes: 16GiB
                storageVolumes: [{name: ds0, capacityBytes: 1TiB}]
                nics: [{name: eth0, mac: "00:16:3e:00:00:01", speedBitsPerSecond: 1000000000}]
            switches:
              - {name: sw0, hostId: h1, portCount: 4}
            """;

    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("inventory-test");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private Datacenter load(String yaml) throws Exception {
        return InventoryLoader.load(write("dc.yaml", yaml), LoadOptions.none());
    }

    private Datacenter loadExample(LoadOptions options) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/examples/datacenter.yaml")) {
            assertThat(in).as("example inventory on the class path").isNotNull();
            Path copy = dir.resolve("example.yaml");
            Files.write(copy, in.readAllBytes());
            return InventoryLoader.load(copy, options);
        }
    }

    private static VirtualSystem named(Datacenter dc, String name) {
        return dc.systems().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    public void theDocumentedExampleLoads() throws Exception {
        Datacenter dc = loadExample(LoadOptions.none());
        assertThat(dc.seed()).isEqualTo(42);
        assertThat(dc.hosts()).extracting(Host::name).containsExactly("host1", "host2");
        Host host1 = dc.hosts().get(0);
        assertThat(host1.memoryBytes()).isEqualTo(256L << 30);
        assertThat(dc.primordialPool(host1.id(), ResourceType.PROCESSOR).overcommit()).isEqualTo(4.0);

        VirtualSystem web = named(dc, "web1");
        assertThat(web.state()).isEqualTo(SystemState.RUNNING);
        assertThat(web.hostId()).isEqualTo(host1.id());
        assertThat(web.settings().bootOrder()).containsExactly("disk", "network");
        Allocation memory = web.allocationsOf(DeviceKind.MEMORY).get(0);
        assertThat(dc.pool(memory.poolId()).name()).isEqualTo("gold-memory");
        Allocation controller = web.allocationsOf(DeviceKind.SCSI_CONTROLLER).get(0);
        Allocation disk = web.allocationsOf(DeviceKind.DISK).get(0);
        assertThat(disk.parentId()).isEqualTo(controller.id());
        assertThat(disk.quantity()).isEqualTo(20L << 30);
        Allocation nic = web.allocationsOf(DeviceKind.NIC).get(0);
        VirtualSwitch sw = dc.virtualSwitch(nic.switchId());
        assertThat(sw.name()).isEqualTo("vswitch0");
        assertThat(sw.hostId()).isEqualTo(host1.id());
        assertThat(nic.vlanId()).isEqualTo(10);
        assertThat(nic.mac()).startsWith("02:");

        VirtualSystem db = named(dc, "db1");
        assertThat(db.state()).isEqualTo(SystemState.DEFINED);
        assertThat(db.allocationsOf(DeviceKind.NIC).get(0).mac()).isEqualTo("02:00:00:00:0d:b1");
        assertThat(db.allocationsOf(DeviceKind.CD_DVD).get(0).backing()).isEqualTo("/isos/install.iso");
    }

    @Test
    public void commandLineValuesOverrideTheDocumentsSeedAndJobTicks() throws Exception {
        Datacenter dc = loadExample(new LoadOptions(7L, 3));
        assertThat(dc.seed()).isEqualTo(7);
        assertThat(dc.options().jobTicks()).isEqualTo(3);
        assertThat(named(dc, "web1").state()).as("the builder lets the start job finish").isEqualTo(SystemState.RUNNING);
    }

    @Test
    public void sameSeedGivesTheSameDatacenterAndAnotherSeedAnotherOne() throws Exception {
        String a = SnapshotCodec.toYaml(loadExample(LoadOptions.none()).snapshot());
        String b = SnapshotCodec.toYaml(loadExample(LoadOptions.none()).snapshot());
        Datacenter other = loadExample(new LoadOptions(43L, null));
        assertThat(a).isEqualTo(b);
        assertThat(named(other, "web1").uuid()).isNotEqualTo(named(loadExample(LoadOptions.none()), "web1").uuid());
    }

    @Test
    public void pausedAndSuspendedStatesAreReachedThroughTheLifecycle() throws Exception {
        Datacenter dc = load(ONE_HOST + """
                systems:
                  - {name: p, hostId: h1, state: paused, allocations: [{kind: PROCESSOR, quantity: 1}]}
                  - {name: s, hostId: host-0001, state: SUSPENDED}
                """);
        assertThat(named(dc, "p").state()).isEqualTo(SystemState.PAUSED);
        assertThat(named(dc, "s").state()).isEqualTo(SystemState.SUSPENDED);
    }

    @Test
    public void givenIdsThatMatchWhatTheModelAssignsAreAccepted() throws Exception {
        Datacenter dc = load("""
                hosts:
                  - {id: host-0001, name: h1, logicalProcessors: 2, memoryBytes: 1GiB}
                """);
        assertThat(dc.hosts()).extracting(Host::id).containsExactly("host-0001");
    }

    @DataProvider
    public Object[][] badInventories() {
        return new Object[][] {
                {"negative size", """
                        hosts:
                          - {name: a, logicalProcessors: 1, memoryBytes: 1GiB}
                          - name: b
                            logicalProcessors: 1
                            memoryBytes: -4GiB
                        """, 5, "hosts[1].memoryBytes", "must be a positive size"},
                {"unknown field", """
                        hosts:
                          - name: a
                            logicalProcessors: 1
                            memoryBytes: 1GiB
                            colour: red
                        """, 5, "hosts[0].colour", "unknown field"},
                {"wrong type", """
                        seed: 1
                        hosts:
                          - name: a
                            logicalProcessors: four
                            memoryBytes: 1GiB
                        """, 4, "hosts[0].logicalProcessors", "must be a whole number, got \"four\""},
                {"missing field", """
                        hosts:
                          - name: a
                            memoryBytes: 1GiB
                        """, 2, "hosts[0].logicalProcessors", "is required"},
                {"list expected", """
                        hosts: {name: a}
                        """, 1, "hosts", "must be a list"},
                {"model refuses a value", """
                        hosts:
                          - name: a
                            logicalProcessors: 0
                            memoryBytes: 1GiB
                        """, 3, "hosts[0].logicalProcessors", "at least 1"},
                {"duplicate host name", """
                        hosts:
                          - {name: a, logicalProcessors: 1, memoryBytes: 1GiB}
                          - {name: a, logicalProcessors: 1, memoryBytes: 1GiB}
                        """, 3, "hosts[1].name", "already exists"},
                {"bad physical MAC", """
                        hosts:
                          - name: a
                            logicalProcessors: 1
                            memoryBytes: 1GiB
                            nics:
                              - name: eth0
                                mac: "zz:00:00:00:00:01"
                        """, 7, "hosts[0].nics[0].mac", "not a MAC address"},
                {"unknown host reference", ONE_HOST + """
                        systems:
                          - name: vm
                            hostId: h9
                        """, 11, "systems[0].hostId", "no host with id or name \"h9\""},
                {"insufficient capacity", ONE_HOST + """
                        systems:
                          - name: vm
                            hostId: h1
                            allocations:
                              - {kind: MEMORY, quantity: 64GiB}
                        """, 12, "systems[0].allocations", "available"},
                {"unknown allocation kind", ONE_HOST + """
                        systems:
                          - name: vm
                            hostId: h1
                            allocations:
                              - {kind: FLOPPY}
                        """, 13, "systems[0].allocations[0].kind", "must be one of"},
                {"VLAN out of range", ONE_HOST + """
                        systems:
                          - name: vm
                            hostId: h1
                            allocations:
                              - kind: NIC
                                switchId: sw0
                                vlanId: 5000
                        """, 15, "systems[0].allocations[0].vlanId", "0..4094"},
                {"unknown switch", ONE_HOST + """
                        systems:
                          - name: vm
                            hostId: h1
                            allocations:
                              - {kind: NIC, switchId: nope}
                        """, 13, "systems[0].allocations[0].switchId", "no switch"},
                {"transitional state", ONE_HOST + """
                        systems:
                          - name: vm
                            hostId: h1
                            state: STARTING
                        """, 12, "systems[0].state", "only lasts while a job runs"},
                {"id the model would not assign", """
                        hosts:
                          - name: a
                            id: host-0042
                            logicalProcessors: 1
                            memoryBytes: 1GiB
                        """, 3, "hosts[0].id", "the model assigns \"host-0001\""},
                {"child pool bigger than its parent", ONE_HOST + """
                        pools:
                          - name: big
                            parentId: h1-memory
                            capacity: 32GiB
                        """, 12, "pools[0].capacity", "available"},
                {"state-only field in a hand-written inventory", """
                        hosts: []
                        jobs: []
                        """, 2, "jobs", "complete snapshots"},
                {"document is not a mapping", """
                        - a
                        - b
                        """, 1, "(document)", "must be a mapping"},
                {"future format", """
                        formatVersion: 2
                        """, 1, "formatVersion", "reads format 1"},
        };
    }

    @Test(dataProvider = "badInventories")
    public void badInventoriesAreRefusedWithFileLineAndField(String why, String yaml, int line, String field,
                                                              String detail) throws IOException {
        Path file = write("bad.yaml", yaml);
        assertThatThrownBy(() -> InventoryLoader.load(file, LoadOptions.none()))
                .as(why)
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.getMessage()).as(why).startsWith(file + ":" + line + ": " + field + ": ");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.detail()).contains(detail);
                });
    }

    @Test
    public void aCompleteSnapshotIsRestoredExactly() throws Exception {
        Datacenter dc = InventoryGenerator.generate(2, 6, 5, new DatacenterOptions(3));
        String vm = dc.systems().get(0).id();
        dc.createChildPool(dc.primordialPool(dc.hosts().get(0).id(), ResourceType.MEMORY).id(), "silver", 1L << 30, 1.0);
        dc.requestStateChange(vm, dc.system(vm).state() == SystemState.RUNNING ? StateChange.STOP : StateChange.START);
        dc.tick(); // leaves the job mid-way: 1 of 3 ticks
        Path file = write("snapshot.yaml", SnapshotCodec.toYaml(dc.snapshot()));

        Datacenter restored = InventoryLoader.load(file, new LoadOptions(99L, 0));

        assertThat(restored.snapshot()).isEqualTo(dc.snapshot());
        assertThat(restored.seed()).as("command-line values do not touch a snapshot").isEqualTo(5);
    }

    @DataProvider
    public Object[][] badSnapshots() {
        return new Object[][] {
                {"unknown field", "  name: \"host1\"\n", "  name: \"host1\"\n  colour: \"red\"\n", "hosts[0].colour",
                        "unknown field"},
                {"missing field", "  name: \"host1\"\n", "", "hosts[0].name", "is required"},
                {"wrong type", "  logicalProcessors: 64\n", "  logicalProcessors: \"many\"\n",
                        "hosts[0].logicalProcessors", "must be a whole number"},
                {"inconsistent accounting", "  allocated: 0\n  childReserved: 0\n  overcommit: 1.0\n",
                        "  allocated: 5\n  childReserved: 0\n  overcommit: 1.0\n", "pools[", "allocations sum to"},
        };
    }

    @Test(dataProvider = "badSnapshots")
    public void badSnapshotsAreRefusedWithTheLineOfTheEntryAtFault(String why, String find, String replace,
                                                                   String field, String detail) throws Exception {
        String good = SnapshotCodec.toYaml(InventoryGenerator.generate(1, 0, 1).snapshot());
        assertThat(good).contains(find);
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
        Path file = write("bad-snapshot.yaml", bad);
        assertThatThrownBy(() -> InventoryLoader.load(file, LoadOptions.none()))
                .as(why)
                .isInstanceOfSatisfying(InventoryException.class, e -> {
                    assertThat(e.field()).startsWith(field);
                    assertThat(e.detail()).contains(detail);
                    String[] lines = bad.split("\n", -1);
                    String atLine = lines[e.line() - 1];
                    // the reported line is the one of the field, or the first line of its entry
                    assertThat(atLine).as(why + ": line " + e.line()).containsAnyOf(
                            lastSegment(e.field()) + ":", "- id:");
                });
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
