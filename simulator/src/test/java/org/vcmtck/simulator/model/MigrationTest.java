package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.GIB;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import java.util.List;
import org.testng.annotations.Test;

public class MigrationTest {

    private static final class World {
        final Datacenter dc;
        final String source;
        final String destination;
        final String vm;

        World(int jobTicks, HostSpec destinationSpec) {
            dc = new Datacenter(5, new DatacenterOptions(jobTicks));
            source = dc.addHost(Fixtures.smallHost("src")).id();
            destination = dc.addHost(destinationSpec).id();
            String srcSwitch = dc.createSwitch(source, "lan", 4).id();
            dc.createSwitch(destination, "lan", 4);
            VirtualSystem v = dc.defineSystem(source, Fixtures.smallSystem("mover"));
            vm = v.id();
            dc.connectNic(vm, v.allocationsOf(DeviceKind.NIC).get(0).id(), srcSwitch, 42);
        }

        ResourcePool pool(String host, ResourceType type) {
            return dc.primordialPool(host, type);
        }

        void settle() {
            dc.advance(dc.options().jobTicks());
        }
    }

    @Test
    public void offlineMigrationRehomesEverythingAndKeepsIdentity() {
        World w = new World(0, Fixtures.smallHost("dst"));
        VirtualSystem before = w.dc.system(w.vm);
        Job job = w.dc.migrate(w.vm, w.destination, MigrationKind.OFFLINE);
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.operation()).isEqualTo(JobOperation.MIGRATE_OFFLINE);
        VirtualSystem after = w.dc.system(w.vm);
        assertThat(after.hostId()).isEqualTo(w.destination);
        assertThat(after.state()).isEqualTo(SystemState.DEFINED);
        assertThat(after.uuid()).isEqualTo(before.uuid());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.allocations()).extracting(Allocation::id)
                .containsExactlyElementsOf(before.allocations().stream().map(Allocation::id).toList());
        assertThat(after.allocationsOf(DeviceKind.NIC).get(0).mac())
                .isEqualTo(before.allocationsOf(DeviceKind.NIC).get(0).mac());
        for (Allocation a : after.allocations()) {
            assertThat(a.poolId()).isEqualTo(w.pool(w.destination, a.type()).id());
        }
        for (ResourceType t : ResourceType.values()) {
            assertThat(w.pool(w.source, t).allocated()).as("source %s", t).isZero();
        }
        assertThat(w.pool(w.destination, ResourceType.MEMORY).allocated()).isEqualTo(2 * GIB);
        Allocation nic = after.allocationsOf(DeviceKind.NIC).get(0);
        VirtualSwitch lan = w.dc.virtualSwitch(nic.switchId());
        assertThat(lan.hostId()).isEqualTo(w.destination);
        assertThat(nic.vlanId()).isEqualTo(42);
        assertThat(lan.connections()).containsExactly(new PortConnection(nic.switchPort(), w.vm, nic.id(), 42));
        assertThat(w.dc.switches()).filteredOn(s -> s.hostId().equals(w.source))
                .allSatisfy(s -> assertThat(s.connections()).isEmpty());
    }

    @Test
    public void liveMigrationKeepsTheSystemRunning() {
        World w = new World(3, Fixtures.smallHost("dst"));
        w.dc.requestStateChange(w.vm, StateChange.START);
        w.settle();
        Job job = w.dc.migrate(w.vm, w.destination, MigrationKind.LIVE);
        // while it runs: still on the source and running; the destination capacity is already held
        assertThat(w.dc.system(w.vm).state()).isEqualTo(SystemState.RUNNING);
        assertThat(w.dc.system(w.vm).hostId()).isEqualTo(w.source);
        assertThat(w.pool(w.destination, ResourceType.PROCESSOR).allocated()).isEqualTo(2);
        assertThat(w.pool(w.source, ResourceType.PROCESSOR).allocated()).isEqualTo(2);
        w.settle();
        assertThat(w.dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(w.dc.system(w.vm).state()).isEqualTo(SystemState.RUNNING);
        assertThat(w.dc.system(w.vm).hostId()).isEqualTo(w.destination);
        assertThat(w.pool(w.source, ResourceType.PROCESSOR).allocated()).isZero();
        assertThat(w.pool(w.destination, ResourceType.PROCESSOR).allocated()).isEqualTo(2);
    }

    @Test
    public void theKindMustMatchTheState() {
        World w = new World(0, Fixtures.smallHost("dst"));
        ModelException live = refusal(() -> w.dc.migrate(w.vm, w.destination, MigrationKind.LIVE));
        assertThat(live.kind()).isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
        w.dc.requestStateChange(w.vm, StateChange.START);
        ModelException offline = refusal(() -> w.dc.migrate(w.vm, w.destination, MigrationKind.OFFLINE));
        assertThat(offline.kind()).isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
        assertThat(w.dc.system(w.vm).hostId()).isEqualTo(w.source);
        assertThat(refusal(() -> w.dc.migrate(w.vm, w.source, MigrationKind.LIVE)).field())
                .isEqualTo("destinationHostId");
        assertThat(refusal(() -> w.dc.migrate(w.vm, "host-0404", MigrationKind.LIVE)).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    public void insufficientDestinationCapacityIsRefusedWithNoChange() {
        HostSpec tiny = new HostSpec("dst", 8, GIB, List.of(new StorageVolume("v", 100 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:02", 1_000_000_000L)));
        World w = new World(0, tiny);
        DatacenterSnapshot before = w.dc.snapshot();
        ModelException e = refusal(() -> w.dc.migrate(w.vm, w.destination, MigrationKind.OFFLINE));
        assertThat(e.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        assertThat(e.getMessage()).contains(w.pool(w.destination, ResourceType.MEMORY).id());
        assertThat(w.dc.snapshot()).isEqualTo(before);
    }

    @Test
    public void aConnectedNicNeedsASwitchOfTheSameNameOnTheDestination() {
        World w = new World(0, Fixtures.smallHost("dst"));
        String third = w.dc.addHost(Fixtures.smallHost("third")).id();
        DatacenterSnapshot before = w.dc.snapshot();
        ModelException e = refusal(() -> w.dc.migrate(w.vm, third, MigrationKind.OFFLINE));
        assertThat(e.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        assertThat(e.getMessage()).contains("lan");
        assertThat(w.dc.snapshot()).isEqualTo(before);
    }

    @Test
    public void killingAMigrationReleasesTheDestination() {
        World w = new World(4, Fixtures.smallHost("dst"));
        Job job = w.dc.migrate(w.vm, w.destination, MigrationKind.OFFLINE);
        w.dc.tick();
        assertThat(w.pool(w.destination, ResourceType.MEMORY).allocated()).isEqualTo(2 * GIB);
        assertThat(w.dc.switches()).filteredOn(s -> s.hostId().equals(w.destination))
                .singleElement().satisfies(s -> assertThat(s.connections()).hasSize(1));
        w.dc.killJob(job.id());
        assertThat(w.dc.job(job.id()).state()).isEqualTo(JobState.KILLED);
        assertThat(w.dc.system(w.vm).hostId()).isEqualTo(w.source);
        for (ResourceType t : ResourceType.values()) {
            assertThat(w.pool(w.destination, t).allocated()).isZero();
        }
        assertThat(w.dc.switches()).allSatisfy(s -> assertThat(s.connections()).hasSize(
                s.hostId().equals(w.source) ? 1 : 0));
        w.dc.advance(10);
        assertThat(w.dc.system(w.vm).hostId()).as("a killed job does nothing later").isEqualTo(w.source);
    }
}
