package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.testng.annotations.Test;

public class DeterminismTest {
    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern LOCAL_UNICAST_MAC = Pattern.compile("02(:[0-9a-f]{2}){5}");

    /** The same script of operations, run on a fresh datacenter. */
    private static Datacenter script(long seed) {
        Datacenter dc = new Datacenter(seed);
        String h1 = dc.addHost(Fixtures.smallHost("h1")).id();
        String h2 = dc.addHost(Fixtures.smallHost("h2")).id();
        for (int i = 0; i < 3; i++) {
            VirtualSystem vs = dc.defineSystem(i % 2 == 0 ? h1 : h2, Fixtures.smallSystem("vm" + i));
            dc.addAllocation(vs.id(), AllocationSpec.nic());
            dc.requestStateChange(vs.id(), StateChange.START);
        }
        dc.advance(7);
        return dc;
    }

    private static List<String> identities(Datacenter dc) {
        List<String> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            out.add(vs.id());
            out.add(vs.uuid());
            for (Allocation a : vs.allocations()) {
                out.add(a.id());
                if (a.mac() != null) {
                    out.add(a.mac());
                }
            }
        }
        return out;
    }

    private static List<MeterSample> samples(Datacenter dc) {
        List<MeterSample> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            for (long t = 0; t < 20; t++) {
                out.add(dc.sample(vs.id(), t));
            }
        }
        return out;
    }

    @Test
    public void sameSeedSameOperationsSameModel() {
        Datacenter a = script(42);
        Datacenter b = script(42);
        assertThat(identities(a)).isEqualTo(identities(b)).hasSize(3 * (2 + 5 + 2));
        assertThat(samples(a)).isEqualTo(samples(b));
        assertThat(a.snapshot()).isEqualTo(b.snapshot());
    }

    @Test
    public void differentSeedDifferentUuidsMacsAndSamples() {
        Datacenter a = script(42);
        Datacenter b = script(43);
        List<String> uuidsA = a.systems().stream().map(VirtualSystem::uuid).toList();
        List<String> uuidsB = b.systems().stream().map(VirtualSystem::uuid).toList();
        assertThat(uuidsA).doesNotContainAnyElementsOf(uuidsB);
        assertThat(macs(a)).doesNotContainAnyElementsOf(macs(b));
        assertThat(samples(a)).isNotEqualTo(samples(b));
        // ids are plain counters and therefore the same
        assertThat(a.systems()).extracting(VirtualSystem::id).containsExactly("vm-0001", "vm-0002", "vm-0003");
    }

    private static List<String> macs(Datacenter dc) {
        return dc.systems().stream().flatMap(v -> v.allocations().stream())
                .filter(x -> x.mac() != null).map(Allocation::mac).toList();
    }

    @Test
    public void uuidsAreVersion4AndMacsLocallyAdministeredUnicastAndUnique() {
        Datacenter dc = script(7);
        assertThat(dc.systems()).allSatisfy(v -> {
            assertThat(v.uuid()).matches(UUID_V4);
            assertThat(UUID.fromString(v.uuid()).version()).isEqualTo(4);
            assertThat(UUID.fromString(v.uuid()).variant()).isEqualTo(2);
        });
        List<String> macs = macs(dc);
        assertThat(macs).hasSize(6).doesNotHaveDuplicates().allSatisfy(m -> assertThat(m).matches(LOCAL_UNICAST_MAC));
    }

    @Test
    public void generatedMacsNeverCollideEvenOverManyDraws() {
        Identities ids = new Identities(123);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long n = 0; n < 200_000; n++) {
            assertThat(seen.add(ids.mac(n))).isTrue();
        }
    }

    @Test
    public void aGeneratedMacAlreadyTakenByHandIsSkipped() {
        String firstGenerated = new Identities(5).mac(0);
        Datacenter dc = new Datacenter(5);
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        VirtualSystem vs = dc.defineSystem(host, new SystemSpec("a", List.of(AllocationSpec.nic(firstGenerated))));
        Allocation generated = dc.addAllocation(vs.id(), AllocationSpec.nic());
        assertThat(generated.mac()).isNotEqualTo(firstGenerated).isEqualTo(new Identities(5).mac(1));
    }

    @Test
    public void samplesAreZeroUnlessRunningAndWithinBounds() {
        Datacenter dc = new Datacenter(3);
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        String vm = dc.defineSystem(host, Fixtures.smallSystem("vm")).id();
        assertThat(dc.sample(vm, 5)).isEqualTo(new MeterSample(vm, 5, 0.0, 0));
        dc.requestStateChange(vm, StateChange.START);
        long memory = dc.system(vm).total(DeviceKind.MEMORY);
        List<Double> cpu = new ArrayList<>();
        for (long t = 0; t < 200; t++) {
            MeterSample s = dc.sample(vm, t);
            assertThat(s.cpuPercent()).isBetween(0.0, 100.0);
            assertThat(s.memoryUsedBytes()).isBetween(1L, memory);
            cpu.add(s.cpuPercent());
        }
        assertThat(cpu.stream().distinct().count()).as("the workload varies over time").isGreaterThan(20);
        assertThat(dc.sample(vm, 17)).isEqualTo(dc.sample(vm, 17));
    }
}
