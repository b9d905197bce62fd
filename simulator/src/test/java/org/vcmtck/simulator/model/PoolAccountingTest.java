package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.GIB;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import java.util.List;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class PoolAccountingTest {
    private Datacenter dc;
    private String host;

    @BeforeMethod
    public void setUp() {
        dc = new Datacenter(11);
        host = dc.addHost(Fixtures.smallHost("h1")).id();
    }

    private ResourcePool primordial(ResourceType type) {
        return dc.primordialPool(host, type);
    }

    @Test
    public void aHostGetsOnePrimordialPoolPerTypeSizedFromItsCapacity() {
        assertThat(dc.pools()).hasSize(5).allSatisfy(p -> {
            assertThat(p.primordial()).isTrue();
            assertThat(p.hostId()).isEqualTo(host);
            assertThat(p.reserved()).isZero();
        });
        assertThat(dc.pools()).extracting(ResourcePool::type).containsExactlyInAnyOrder(ResourceType.values());
        assertThat(primordial(ResourceType.PROCESSOR).capacity()).isEqualTo(8);
        assertThat(primordial(ResourceType.MEMORY).capacity()).isEqualTo(16 * GIB);
        assertThat(primordial(ResourceType.STORAGE).capacity()).isEqualTo(100 * GIB);
        assertThat(primordial(ResourceType.ETHERNET).capacity()).isEqualTo(HostSpec.VIRTUAL_PORTS_PER_NIC);
        assertThat(primordial(ResourceType.MEMORY).unit()).isEqualTo("byte");
    }

    @Test
    public void cimResourceTypeCodes() {
        assertThat(ResourceType.PROCESSOR.cimCode()).isEqualTo(3);
        assertThat(ResourceType.MEMORY.cimCode()).isEqualTo(4);
        assertThat(ResourceType.ETHERNET.cimCode()).isEqualTo(10);
        assertThat(ResourceType.STORAGE.cimCode()).isEqualTo(17);
        assertThat(ResourceType.GENERIC_DEVICE.cimCode()).isEqualTo(1);
        assertThat(DeviceKind.CD_DVD.cimResourceType()).isEqualTo(16);
        assertThat(DeviceKind.SCSI_CONTROLLER.cimResourceType()).isEqualTo(6);
    }

    @Test
    public void defineAllocatesAndDestroyFrees() {
        VirtualSystem vs = dc.defineSystem(host, Fixtures.smallSystem("a"));
        assertThat(primordial(ResourceType.PROCESSOR).allocated()).isEqualTo(2);
        assertThat(primordial(ResourceType.MEMORY).allocated()).isEqualTo(2 * GIB);
        assertThat(primordial(ResourceType.STORAGE).allocated()).isEqualTo(10 * GIB);
        assertThat(primordial(ResourceType.ETHERNET).allocated()).isEqualTo(1);
        assertThat(vs.allocations()).extracting(Allocation::poolId)
                .containsExactly(primordial(ResourceType.PROCESSOR).id(), primordial(ResourceType.MEMORY).id(),
                        primordial(ResourceType.STORAGE).id(), primordial(ResourceType.ETHERNET).id());
        assertThat(vs.allocationsOf(DeviceKind.DISK).get(0).format()).isEqualTo("raw");
        dc.destroySystem(vs.id());
        assertThat(dc.pools()).allSatisfy(p -> assertThat(p.allocated()).isZero());
    }

    @Test
    public void addModifyRemoveAdjustTheReservation() {
        VirtualSystem vs = dc.defineSystem(host, Fixtures.smallSystem("a"));
        Allocation extra = dc.addAllocation(vs.id(), AllocationSpec.memory(4 * GIB));
        assertThat(primordial(ResourceType.MEMORY).allocated()).isEqualTo(6 * GIB);
        Allocation grown = dc.modifyAllocation(vs.id(), extra.id(), AllocationSpec.memory(10 * GIB));
        assertThat(grown.quantity()).isEqualTo(10 * GIB);
        assertThat(grown.id()).isEqualTo(extra.id());
        assertThat(primordial(ResourceType.MEMORY).allocated()).isEqualTo(12 * GIB);
        dc.modifyAllocation(vs.id(), extra.id(), AllocationSpec.memory(1 * GIB));
        assertThat(primordial(ResourceType.MEMORY).allocated()).isEqualTo(3 * GIB);
        dc.removeAllocation(vs.id(), extra.id());
        assertThat(primordial(ResourceType.MEMORY).allocated()).isEqualTo(2 * GIB);
        assertThat(dc.system(vs.id()).allocations()).hasSize(4);
    }

    @Test
    public void growingUpToExactlyTheCapacityIsAllowedOneMoreIsNot() {
        VirtualSystem vs = dc.defineSystem(host, Fixtures.smallSystem("a"));
        String cpu = vs.allocationsOf(DeviceKind.PROCESSOR).get(0).id();
        dc.modifyAllocation(vs.id(), cpu, AllocationSpec.processors(8));
        assertThat(primordial(ResourceType.PROCESSOR).available()).isZero();
        ModelException e = refusal(() -> dc.modifyAllocation(vs.id(), cpu, AllocationSpec.processors(9)));
        assertThat(e.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        assertThat(e.field()).isEqualTo("quantity");
        assertThat(dc.system(vs.id()).allocation(cpu).quantity()).isEqualTo(8);
        assertThat(primordial(ResourceType.PROCESSOR).allocated()).isEqualTo(8);
    }

    @Test
    public void insufficientCapacityOnDefineLeavesEverythingUnchanged() {
        dc.defineSystem(host, Fixtures.smallSystem("a"));
        DatacenterSnapshot before = dc.snapshot();
        SystemSpec tooBig = new SystemSpec("big", List.of(AllocationSpec.processors(1), AllocationSpec.memory(GIB),
                AllocationSpec.disk(60 * GIB, null, null), AllocationSpec.disk(40 * GIB, null, null)));
        ModelException e = refusal(() -> dc.defineSystem(host, tooBig));
        assertThat(e.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        assertThat(e.getMessage()).contains(primordial(ResourceType.STORAGE).id());
        assertThat(dc.snapshot()).isEqualTo(before);
        // the failed attempt consumed no id: the next system gets the id the failed one would have had
        assertThat(dc.defineSystem(host, Fixtures.smallSystem("b")).id()).isEqualTo("vm-0002");
    }

    @Test
    public void overcommitLetsAllocationsExceedCapacityUpToTheRatio() {
        Datacenter oc = new Datacenter(1);
        String h = oc.addHost(new HostSpec("oc", 4, 8 * GIB, List.of(new StorageVolume("v", 100 * GIB)),
                List.of(), 2.5, 1.0)).id();
        ResourcePool cpu = oc.primordialPool(h, ResourceType.PROCESSOR);
        assertThat(cpu.limit()).isEqualTo(10);
        oc.defineSystem(h, new SystemSpec("a", List.of(AllocationSpec.processors(6))));
        oc.defineSystem(h, new SystemSpec("b", List.of(AllocationSpec.processors(4))));
        assertThat(oc.pool(cpu.id()).allocated()).isEqualTo(10).isGreaterThan(cpu.capacity());
        assertThat(refusal(() -> oc.defineSystem(h, new SystemSpec("c", List.of(AllocationSpec.processors(1)))))
                .kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        // no NICs on this host: its Ethernet pool has no capacity at all
        assertThat(refusal(() -> oc.addAllocation(oc.systems().get(0).id(), AllocationSpec.nic())).kind())
                .isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
    }

    @Test
    public void childPoolsReserveTheirCapacityInTheParent() {
        ResourcePool mem = primordial(ResourceType.MEMORY);
        ResourcePool child = dc.createChildPool(mem.id(), "gold", 6 * GIB, 1.0);
        assertThat(child.parentId()).isEqualTo(mem.id());
        assertThat(child.primordial()).isFalse();
        assertThat(child.type()).isEqualTo(ResourceType.MEMORY);
        assertThat(dc.pool(mem.id()).childReserved()).isEqualTo(6 * GIB);
        assertThat(dc.pool(mem.id()).available()).isEqualTo(10 * GIB);

        VirtualSystem vs = dc.defineSystem(host, new SystemSpec("a",
                List.of(AllocationSpec.memory(5 * GIB).withPool(child.id()))));
        assertThat(dc.pool(child.id()).allocated()).isEqualTo(5 * GIB);
        assertThat(dc.pool(mem.id()).allocated()).isZero();
        assertThat(refusal(() -> dc.addAllocation(vs.id(), AllocationSpec.memory(2 * GIB).withPool(child.id())))
                .kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);

        ModelException inUse = refusal(() -> dc.deletePool(child.id()));
        assertThat(inUse.kind()).isEqualTo(ErrorKind.IN_USE);
        ResourcePool grandchild = dc.createChildPool(child.id(), "gold-small", GIB, 1.0);
        dc.destroySystem(vs.id());
        assertThat(refusal(() -> dc.deletePool(child.id())).kind()).as("still has a child").isEqualTo(ErrorKind.IN_USE);
        dc.deletePool(grandchild.id());
        dc.deletePool(child.id());
        assertThat(dc.pool(mem.id()).reserved()).isZero();
        assertThat(refusal(() -> dc.pool(child.id())).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    public void childPoolLargerThanWhatIsLeftIsRefused() {
        ResourcePool cpu = primordial(ResourceType.PROCESSOR);
        dc.defineSystem(host, Fixtures.smallSystem("a"));
        ModelException e = refusal(() -> dc.createChildPool(cpu.id(), "too-big", 7, 1.0));
        assertThat(e.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        assertThat(e.field()).isEqualTo("capacity");
        assertThat(dc.pools()).hasSize(5);
    }

    @Test
    public void primordialPoolsCannotBeDeleted() {
        ModelException e = refusal(() -> dc.deletePool(primordial(ResourceType.STORAGE).id()));
        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        assertThat(dc.pools()).hasSize(5);
    }

    @Test
    public void allocationsMustComeFromAPoolOfTheRightTypeOnTheSystemsHost() {
        String other = dc.addHost(Fixtures.smallHost("h2")).id();
        String foreignMemory = dc.primordialPool(other, ResourceType.MEMORY).id();
        String localCpu = primordial(ResourceType.PROCESSOR).id();
        ModelException wrongHost = refusal(() -> dc.defineSystem(host,
                new SystemSpec("a", List.of(AllocationSpec.memory(GIB).withPool(foreignMemory)))));
        assertThat(wrongHost.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        assertThat(wrongHost.field()).isEqualTo("allocations[0].poolId");
        ModelException wrongType = refusal(() -> dc.defineSystem(host,
                new SystemSpec("a", List.of(AllocationSpec.processors(1), AllocationSpec.memory(GIB).withPool(localCpu)))));
        assertThat(wrongType.field()).isEqualTo("allocations[1].poolId");
        assertThat(refusal(() -> dc.defineSystem(host,
                new SystemSpec("a", List.of(AllocationSpec.memory(GIB).withPool("pool-9999"))))).kind())
                .isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(dc.systems()).isEmpty();
    }

    @Test
    public void controllersParentDisksAndCannotBeRemovedWhileTheyDo() {
        VirtualSystem vs = dc.defineSystem(host, new SystemSpec("a", List.of(
                AllocationSpec.controller(DeviceKind.SCSI_CONTROLLER),
                AllocationSpec.disk(GIB, "vmdk-streamOptimized", "/d.vmdk").withParent("#0", "0"),
                AllocationSpec.cdDvd("/iso/boot.iso").withParent("#0", "1"))));
        Allocation scsi = vs.allocationsOf(DeviceKind.SCSI_CONTROLLER).get(0);
        Allocation disk = vs.allocationsOf(DeviceKind.DISK).get(0);
        assertThat(disk.parentId()).isEqualTo(scsi.id());
        assertThat(disk.addressOnParent()).isEqualTo("0");
        assertThat(disk.format()).isEqualTo("vmdk-streamOptimized");
        assertThat(vs.allocationsOf(DeviceKind.CD_DVD).get(0).backing()).isEqualTo("/iso/boot.iso");
        assertThat(primordial(ResourceType.GENERIC_DEVICE).allocated()).isEqualTo(2);
        assertThat(refusal(() -> dc.removeAllocation(vs.id(), scsi.id())).kind()).isEqualTo(ErrorKind.IN_USE);
        dc.removeAllocation(vs.id(), disk.id());
        dc.removeAllocation(vs.id(), vs.allocationsOf(DeviceKind.CD_DVD).get(0).id());
        dc.removeAllocation(vs.id(), scsi.id());
        assertThat(dc.system(vs.id()).allocations()).isEmpty();
        assertThat(dc.pools()).allSatisfy(p -> assertThat(p.allocated()).isZero());
    }

    @Test
    public void parentReferencesInASpecMustNameAnEarlierController() {
        ModelException notController = refusal(() -> dc.defineSystem(host, new SystemSpec("a", List.of(
                AllocationSpec.memory(GIB), AllocationSpec.disk(GIB, null, null).withParent("#0", "0")))));
        assertThat(notController.field()).isEqualTo("allocations[1].parentId");
        ModelException forward = refusal(() -> dc.defineSystem(host, new SystemSpec("a", List.of(
                AllocationSpec.disk(GIB, null, null).withParent("#1", "0"),
                AllocationSpec.controller(DeviceKind.IDE_CONTROLLER)))));
        assertThat(forward.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        assertThat(dc.pools()).allSatisfy(p -> assertThat(p.allocated()).isZero());
    }

    @Test
    public void modifyCanMoveAnAllocationToAnotherPoolButNotChangeItsKind() {
        VirtualSystem vs = dc.defineSystem(host, Fixtures.smallSystem("a"));
        Allocation mem = vs.allocationsOf(DeviceKind.MEMORY).get(0);
        ResourcePool child = dc.createChildPool(primordial(ResourceType.MEMORY).id(), "silver", 4 * GIB, 1.0);
        Allocation moved = dc.modifyAllocation(vs.id(), mem.id(), AllocationSpec.memory(3 * GIB).withPool(child.id()));
        assertThat(moved.poolId()).isEqualTo(child.id());
        assertThat(dc.pool(child.id()).allocated()).isEqualTo(3 * GIB);
        assertThat(primordial(ResourceType.MEMORY).allocated()).isZero();
        ModelException e = refusal(() -> dc.modifyAllocation(vs.id(), mem.id(), AllocationSpec.processors(1)));
        assertThat(e.field()).isEqualTo("kind");
    }

    @Test
    public void specsValidateTheirFields() {
        assertThat(refusal(() -> AllocationSpec.processors(0)).field()).isEqualTo("quantity");
        assertThat(refusal(() -> new AllocationSpec(DeviceKind.NIC, 2, null, null, null, null, null, null)).field())
                .isEqualTo("quantity");
        assertThat(refusal(() -> AllocationSpec.nic("01:00:5e:00:00:01")).getMessage()).contains("multicast");
        assertThat(refusal(() -> AllocationSpec.nic("02:00:5e")).field()).isEqualTo("mac");
        assertThat(refusal(() -> new SystemSpec(" ", List.of())).field()).isEqualTo("name");
        assertThat(refusal(() -> new HostSpec("h", 0, GIB, List.of(), List.of())).field())
                .isEqualTo("logicalProcessors");
        assertThat(refusal(() -> new HostSpec("h", 1, GIB, List.of(), List.of(), 0.5, 1.0)).field())
                .isEqualTo("processorOvercommit");
        assertThat(refusal(() -> dc.createChildPool(primordial(ResourceType.MEMORY).id(), "x", GIB, Double.NaN))
                .field()).isEqualTo("overcommit");
        assertThat(AllocationSpec.nic("02:AB:cd:00:00:01").mac()).isEqualTo("02:ab:cd:00:00:01");
    }

    @Test
    public void duplicateHostNamesAndMacsAreRefused() {
        assertThat(refusal(() -> dc.addHost(Fixtures.smallHost("h1"))).kind()).isEqualTo(ErrorKind.ALREADY_EXISTS);
        VirtualSystem vs = dc.defineSystem(host, new SystemSpec("a", List.of(AllocationSpec.nic("02:00:00:00:00:07"))));
        ModelException e = refusal(() -> dc.addAllocation(vs.id(), AllocationSpec.nic("02:00:00:00:00:07")));
        assertThat(e.kind()).isEqualTo(ErrorKind.ALREADY_EXISTS);
        assertThat(e.field()).isEqualTo("mac");
        dc.removeAllocation(vs.id(), vs.allocations().get(0).id());
        assertThat(dc.addAllocation(vs.id(), AllocationSpec.nic("02:00:00:00:00:07")).mac())
                .as("a freed MAC can be used again").isEqualTo("02:00:00:00:00:07");
    }
}
