package org.vcmtck.simulator.model;

/** Virtual Ethernet switches and NIC connections. */
final class SwitchOperations {
    private final ModelState s;

    SwitchOperations(ModelState s) {
        this.s = s;
    }

    VirtualSwitch createSwitch(String hostId, String name, int ports) {
        Checks.nonBlank("name", name);
        if (ports < 1 || ports > 65_536) {
            throw ModelException.invalid("ports", "must be in 1..65536, was " + ports);
        }
        Host host = s.hostOrThrow("hostId", hostId);
        if (s.switchNamed(host.id(), name) != null) {
            throw new ModelException(ErrorKind.ALREADY_EXISTS, "name",
                    "host " + host.id() + " already has a switch named '" + name + "'");
        }
        SwitchState created = new SwitchState(Identities.id("switch-", ++s.switchSeq), name, host.id(), ports);
        s.switches.put(created.id, created);
        s.log(EventKind.SWITCH_CREATED, created.id, "switch " + name + " created on " + host.id());
        return created.view();
    }

    void deleteSwitch(String id) {
        SwitchState target = s.switchOrThrow("id", id);
        if (target.used() > 0) {
            throw new ModelException(ErrorKind.IN_USE, "id",
                    "switch " + id + " still has " + target.used() + " connected ports");
        }
        s.switches.remove(id);
        s.log(EventKind.SWITCH_DELETED, id, "switch " + target.name + " deleted");
    }

    /** Connects a NIC to a free port of a switch on the system's host (or changes its VLAN if already there). */
    void connectNic(String systemId, String nicAllocationId, String switchId, int vlanId) {
        Checks.vlan("vlanId", vlanId);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        s.requireIdle(system);
        Allocation nic = ModelState.allocationOrThrow(system, nicAllocationId);
        if (nic.kind() != DeviceKind.NIC) {
            throw ModelException.invalid("nicAllocationId", nicAllocationId + " is a " + nic.kind() + ", not a NIC");
        }
        SwitchState target = s.switchOrThrow("switchId", switchId);
        if (!target.hostId.equals(system.hostId())) {
            throw ModelException.invalid("switchId", "switch " + switchId + " is on " + target.hostId
                    + ", system " + system.id() + " on " + system.hostId());
        }
        int port;
        if (target.id.equals(nic.switchId())) {
            port = nic.switchPort();
            target.setVlan(port, vlanId);
        } else {
            if (!target.hasFreePort()) {
                throw new ModelException(ErrorKind.INSUFFICIENT_CAPACITY, "switchId",
                        "switch " + switchId + " has no free port");
            }
            if (nic.connected()) {
                s.switches.get(nic.switchId()).release(nic.switchPort());
            }
            port = target.connect(system.id(), nic.id(), vlanId);
        }
        Allocation connected = nic.withConnection(target.id, port, vlanId);
        s.systems.put(system.id(), system.withAllocations(ModelState.replace(system.allocations(), connected)));
        s.log(EventKind.NIC_CONNECTED, system.id(), "NIC " + nic.id() + " on " + target.id + " port " + port
                + " VLAN " + vlanId);
    }

    /** Disconnects a NIC from its switch; a NIC that is not connected is left as it is. */
    void disconnectNic(String systemId, String nicAllocationId) {
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        s.requireIdle(system);
        Allocation nic = ModelState.allocationOrThrow(system, nicAllocationId);
        if (nic.connected()) {
            s.switches.get(nic.switchId()).release(nic.switchPort());
            Allocation loose = nic.withConnection(null, -1, 0);
            s.systems.put(system.id(), system.withAllocations(ModelState.replace(system.allocations(), loose)));
            s.log(EventKind.NIC_DISCONNECTED, system.id(), "NIC " + nic.id() + " disconnected from " + nic.switchId());
        }
    }
}
