package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

public class SnapshotRoundTripTest {

    /** A datacenter with a bit of everything, including jobs still running (3-tick jobs, 1 tick advanced). */
    private static Datacenter busyDatacenter(long seed) {
        Datacenter dc = new Datacenter(seed, new DatacenterOptions(3, 50, 20));
        String h1 = dc.addHost(Fixtures.smallHost("h1")).id();
        String h2 = dc.addHost(Fixtures.smallHost("h2")).id();
        String s1 = dc.createSwitch(h1, "lan", 8).id();
        dc.createSwitch(h2, "lan", 8);
        ResourcePool child = dc.createChildPool(dc.primordialPool(h1, ResourceType.MEMORY).id(), "gold",
                4 * Fixtures.GIB, 1.5);
        VirtualSystem a = dc.defineSystem(h1, new SystemSpec("a", null,
                new SystemSettings("first", "linux", List.of("cdrom", "disk")), List.of(
                        AllocationSpec.processors(2), AllocationSpec.memory(Fixtures.GIB).withPool(child.id()),
                        AllocationSpec.controller(DeviceKind.IDE_CONTROLLER),
                        AllocationSpec.cdDvd("/iso/x.iso").withParent("#2", "0:1"), AllocationSpec.nic())));
        dc.connectNic(a.id(), a.allocationsOf(DeviceKind.NIC).get(0).id(), s1, 7);
        VirtualSystem b = dc.defineSystem(h1, Fixtures.smallSystem("b"));
        dc.connectNic(b.id(), b.allocationsOf(DeviceKind.NIC).get(0).id(), s1, 0);
        dc.requestStateChange(a.id(), StateChange.START);
        dc.migrate(b.id(), h2, MigrationKind.OFFLINE);
        dc.tick();
        return dc;
    }

    @Test
    public void restoreGivesTheSameSnapshot() {
        Datacenter dc = busyDatacenter(99);
        DatacenterSnapshot snap = dc.snapshot();
        assertThat(snap.jobs()).anySatisfy(j -> assertThat(j.state()).isEqualTo(JobState.RUNNING));
        Datacenter restored = Datacenter.restore(snap);
        assertThat(restored.snapshot()).isEqualTo(snap);
    }

    @Test
    public void aRestoredDatacenterContinuesExactlyLikeTheOriginal() {
        Datacenter original = busyDatacenter(99);
        Datacenter restored = Datacenter.restore(original.snapshot());
        for (Datacenter dc : List.of(original, restored)) {
            dc.advance(5); // finishes the running start and migration
            VirtualSystem c = dc.defineSystem("host-0001", Fixtures.smallSystem("c"));
            dc.addAllocation(c.id(), AllocationSpec.nic());
            dc.requestStateChange(c.id(), StateChange.START);
            dc.tick();
        }
        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.system("vm-0002").hostId()).isEqualTo("host-0002");
        assertThat(restored.system("vm-0001").state()).isEqualTo(SystemState.RUNNING);
        assertThat(restored.system("vm-0003").uuid()).isEqualTo(original.system("vm-0003").uuid());
    }

    @Test
    public void aRunningJobCanBeKilledAfterRestore() {
        Datacenter dc = busyDatacenter(5);
        Job migration = dc.jobs().stream().filter(j -> j.operation() == JobOperation.MIGRATE_OFFLINE)
                .findFirst().orElseThrow();
        Datacenter restored = Datacenter.restore(dc.snapshot());
        restored.killJob(migration.id());
        assertThat(restored.system(migration.systemId()).hostId()).isEqualTo("host-0001");
        assertThat(restored.pools()).filteredOn(p -> p.hostId().equals("host-0002"))
                .allSatisfy(p -> assertThat(p.allocated()).isZero());
        assertThat(refusal(() -> restored.addAllocation("vm-0001", AllocationSpec.processors(1))).kind())
                .as("the restored start job still keeps its system busy").isEqualTo(ErrorKind.IN_USE);
    }

    @Test
    public void theSnapshotSurvivesJsonWithJackson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        DatacenterSnapshot snap = busyDatacenter(1).snapshot();
        String text = json.writeValueAsString(snap);
        DatacenterSnapshot back = json.readValue(text, DatacenterSnapshot.class);
        assertThat(back).isEqualTo(snap);
        assertThat(Datacenter.restore(back).snapshot()).isEqualTo(snap);
    }

    @Test
    public void inconsistentSnapshotsAreRefused() {
        DatacenterSnapshot snap = busyDatacenter(1).snapshot();
        List<ResourcePool> pools = new ArrayList<>(snap.pools());
        ResourcePool p = pools.get(0);
        pools.set(0, new ResourcePool(p.id(), p.name(), p.hostId(), p.type(), p.parentId(), p.primordial(),
                p.capacity(), p.allocated() + 1, p.childReserved(), p.overcommit()));
        DatacenterSnapshot bad = new DatacenterSnapshot(snap.formatVersion(), snap.seed(), snap.options(), snap.tick(),
                snap.counters(), snap.hosts(), pools, snap.systems(), snap.switches(), snap.jobs(), snap.events());
        ModelException e = refusal(() -> Datacenter.restore(bad));
        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        assertThat(e.getMessage()).contains(p.id());

        DatacenterSnapshot future = new DatacenterSnapshot(99, snap.seed(), snap.options(), snap.tick(),
                snap.counters(), snap.hosts(), snap.pools(), snap.systems(), snap.switches(), snap.jobs(), snap.events());
        assertThat(refusal(() -> Datacenter.restore(future)).field()).isEqualTo("formatVersion");
    }
}
