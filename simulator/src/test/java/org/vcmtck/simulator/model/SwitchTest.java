package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class SwitchTest {
    private Datacenter dc;
    private String host;
    private String vm;
    private String nic;

    @BeforeMethod
    public void setUp() {
        dc = new Datacenter(9);
        host = dc.addHost(Fixtures.smallHost("h")).id();
        VirtualSystem v = dc.defineSystem(host, Fixtures.smallSystem("vm"));
        vm = v.id();
        nic = v.allocationsOf(DeviceKind.NIC).get(0).id();
    }

    @Test
    public void connectingTakesAPortAndChangingTheVlanKeepsIt() {
        VirtualSwitch sw = dc.createSwitch(host, "lan", 2);
        dc.connectNic(vm, nic, sw.id(), 100);
        Allocation a = dc.system(vm).allocation(nic);
        assertThat(a.switchId()).isEqualTo(sw.id());
        assertThat(a.switchPort()).isZero();
        assertThat(a.vlanId()).isEqualTo(100);
        dc.connectNic(vm, nic, sw.id(), 4094);
        assertThat(dc.virtualSwitch(sw.id()).connections()).containsExactly(new PortConnection(0, vm, nic, 4094));
        assertThat(dc.system(vm).allocation(nic).vlanId()).isEqualTo(4094);
    }

    @Test
    public void movingToAnotherSwitchFreesTheOldPort() {
        VirtualSwitch a = dc.createSwitch(host, "a", 1);
        VirtualSwitch b = dc.createSwitch(host, "b", 1);
        dc.connectNic(vm, nic, a.id(), 0);
        dc.connectNic(vm, nic, b.id(), 0);
        assertThat(dc.virtualSwitch(a.id()).connections()).isEmpty();
        assertThat(dc.virtualSwitch(b.id()).freePorts()).isZero();
        dc.disconnectNic(vm, nic);
        assertThat(dc.virtualSwitch(b.id()).connections()).isEmpty();
        assertThat(dc.system(vm).allocation(nic).connected()).isFalse();
    }

    @Test
    public void aPortServesOneNic() {
        VirtualSwitch sw = dc.createSwitch(host, "lan", 1);
        dc.connectNic(vm, nic, sw.id(), 0);
        VirtualSystem other = dc.defineSystem(host, Fixtures.smallSystem("other"));
        String otherNic = other.allocationsOf(DeviceKind.NIC).get(0).id();
        ModelException e = refusal(() -> dc.connectNic(other.id(), otherNic, sw.id(), 0));
        assertThat(e.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CAPACITY);
        assertThat(dc.system(other.id()).allocation(otherNic).connected()).isFalse();
    }

    @Test
    public void vlanIdsOutsideTheRangeAreRefused() {
        VirtualSwitch sw = dc.createSwitch(host, "lan", 4);
        assertThat(refusal(() -> dc.connectNic(vm, nic, sw.id(), 4095)).field()).isEqualTo("vlanId");
        assertThat(refusal(() -> dc.connectNic(vm, nic, sw.id(), -1)).kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        assertThat(dc.virtualSwitch(sw.id()).connections()).isEmpty();
    }

    @Test
    public void onlyNicsOnTheSameHostConnect() {
        String other = dc.addHost(Fixtures.smallHost("h2")).id();
        VirtualSwitch remote = dc.createSwitch(other, "lan", 4);
        assertThat(refusal(() -> dc.connectNic(vm, nic, remote.id(), 0)).field()).isEqualTo("switchId");
        VirtualSwitch local = dc.createSwitch(host, "lan", 4);
        String cpu = dc.system(vm).allocationsOf(DeviceKind.PROCESSOR).get(0).id();
        assertThat(refusal(() -> dc.connectNic(vm, cpu, local.id(), 0)).field()).isEqualTo("nicAllocationId");
    }

    @Test
    public void switchesWithConnectedNicsCannotBeDeleted() {
        VirtualSwitch sw = dc.createSwitch(host, "lan", 4);
        dc.connectNic(vm, nic, sw.id(), 0);
        assertThat(refusal(() -> dc.deleteSwitch(sw.id())).kind()).isEqualTo(ErrorKind.IN_USE);
        dc.removeAllocation(vm, nic);
        dc.deleteSwitch(sw.id());
        assertThat(dc.switches()).isEmpty();
    }

    @Test
    public void destroyingASystemFreesItsPorts() {
        VirtualSwitch sw = dc.createSwitch(host, "lan", 4);
        dc.connectNic(vm, nic, sw.id(), 0);
        dc.destroySystem(vm);
        assertThat(dc.virtualSwitch(sw.id()).connections()).isEmpty();
    }

    @Test
    public void switchNamesAreUniquePerHostAndPortCountsBounded() {
        dc.createSwitch(host, "lan", 4);
        assertThat(refusal(() -> dc.createSwitch(host, "lan", 4)).kind()).isEqualTo(ErrorKind.ALREADY_EXISTS);
        assertThat(refusal(() -> dc.createSwitch(host, "wan", 0)).field()).isEqualTo("ports");
        String other = dc.addHost(Fixtures.smallHost("h2")).id();
        assertThat(dc.createSwitch(other, "lan", 4).hostId()).isEqualTo(other);
    }
}
