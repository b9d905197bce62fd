package org.vcmtck.simulator.model;

/**
 * One resource allocation of a virtual system (immutable view). NIC connection fields: {@code switchId} is null
 * and {@code switchPort} is -1 while the NIC is not connected.
 */
public record Allocation(String id, DeviceKind kind, String poolId, long quantity, String parentId,
                         String addressOnParent, String format, String backing, String mac, String switchId,
                         int switchPort, int vlanId) {

    public ResourceType type() {
        return kind.poolType();
    }

    public boolean connected() {
        return switchId != null;
    }

    Allocation withPool(String newPool) {
        return new Allocation(id, kind, newPool, quantity, parentId, addressOnParent, format, backing, mac, switchId,
                switchPort, vlanId);
    }

    Allocation withConnection(String newSwitch, int port, int vlan) {
        return new Allocation(id, kind, poolId, quantity, parentId, addressOnParent, format, backing, mac, newSwitch,
                port, vlan);
    }
}
