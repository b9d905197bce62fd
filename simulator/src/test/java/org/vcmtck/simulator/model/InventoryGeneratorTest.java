package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.GIB;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.testng.annotations.Test;

public class InventoryGeneratorTest {

    @Test
    public void tenThousandSystemsOnAHundredHosts() {
        Datacenter dc = InventoryGenerator.generate(100, 10_000, 77);
        assertThat(dc.hosts()).hasSize(100);
        assertThat(dc.systems()).hasSize(10_000);
        assertThat(dc.switches()).hasSize(100);
        Map<String, Long> perHost = dc.systems().stream()
                .collect(Collectors.groupingBy(VirtualSystem::hostId, Collectors.counting()));
        assertThat(perHost.values()).as("round-robin").containsOnly(100L);
        long running = dc.systems().stream().filter(v -> v.state() == SystemState.RUNNING).count();
        assertThat(running).isBetween(4_000L, 6_000L);
        assertThat(dc.systems()).allSatisfy(v -> {
            assertThat(v.total(DeviceKind.PROCESSOR)).isBetween(1L, 4L);
            assertThat(v.total(DeviceKind.MEMORY)).isBetween(GIB, 8 * GIB);
            assertThat(v.allocationsOf(DeviceKind.DISK)).hasSize(1);
            assertThat(v.allocationsOf(DeviceKind.NIC)).singleElement()
                    .satisfies(n -> assertThat(n.connected()).isTrue());
        });
        ConcurrencyTest.assertBooksBalance(dc);
    }

    @Test
    public void sameArgumentsSameInventory() {
        assertThat(InventoryGenerator.generate(3, 50, 5).snapshot())
                .isEqualTo(InventoryGenerator.generate(3, 50, 5).snapshot());
        assertThat(InventoryGenerator.generate(3, 50, 5).snapshot())
                .isNotEqualTo(InventoryGenerator.generate(3, 50, 6).snapshot());
    }

    @Test
    public void manySystemsOnOneHostStillFit() {
        Datacenter dc = InventoryGenerator.generate(1, 3_000, 1);
        assertThat(dc.systems()).hasSize(3_000);
        ConcurrencyTest.assertBooksBalance(dc);
    }

    @Test
    public void withJobTicksEveryStartedSystemEndsUpRunning() {
        Datacenter dc = InventoryGenerator.generate(2, 20, 3, new DatacenterOptions(4));
        Map<SystemState, Long> states = dc.systems().stream()
                .collect(Collectors.groupingBy(VirtualSystem::state, Collectors.counting()));
        assertThat(states.keySet()).containsOnly(SystemState.DEFINED, SystemState.RUNNING);
        Map<String, Job> jobs = dc.jobs().stream().collect(Collectors.toMap(Job::id, Function.identity()));
        assertThat(jobs.values()).allSatisfy(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
        assertThat(states.get(SystemState.RUNNING)).isEqualTo(jobs.size());
    }

    @Test
    public void badArgumentsAreRefused() {
        assertThat(refusal(() -> InventoryGenerator.generate(0, 1, 1)).field()).isEqualTo("hosts");
        assertThat(refusal(() -> InventoryGenerator.generate(1, -1, 1)).field()).isEqualTo("vms");
    }
}
