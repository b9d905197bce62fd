package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.List;

/** Mutable port table of one virtual switch, only touched under the datacenter's write lock. */
final class SwitchState {
    final String id;
    final String name;
    final String hostId;
    private final PortConnection[] ports;
    private int used;

    SwitchState(String id, String name, String hostId, int portCount) {
        this.id = id;
        this.name = name;
        this.hostId = hostId;
        this.ports = new PortConnection[portCount];
    }

    static SwitchState of(VirtualSwitch view) {
        SwitchState s = new SwitchState(view.id(), view.name(), view.hostId(), view.portCount());
        for (PortConnection c : view.connections()) {
            if (c.port() < 0 || c.port() >= view.portCount() || s.ports[c.port()] != null) {
                throw ModelException.invalid("switches", "switch " + view.id() + " has a bad or doubly used port "
                        + c.port());
            }
            s.ports[c.port()] = c;
            s.used++;
        }
        return s;
    }

    int portCount() {
        return ports.length;
    }

    PortConnection at(int port) {
        return port >= 0 && port < ports.length ? ports[port] : null;
    }

    List<PortConnection> connections() {
        return view().connections();
    }

    boolean hasFreePort() {
        return used < ports.length;
    }

    int used() {
        return used;
    }

    /** Takes the lowest free port; the caller has checked {@link #hasFreePort()}. */
    int connect(String systemId, String allocationId, int vlanId) {
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] == null) {
                ports[i] = new PortConnection(i, systemId, allocationId, vlanId);
                used++;
                return i;
            }
        }
        throw new IllegalStateException("switch " + id + " has no free port");
    }

    void setVlan(int port, int vlanId) {
        PortConnection c = ports[port];
        ports[port] = new PortConnection(port, c.systemId(), c.allocationId(), vlanId);
    }

    void release(int port) {
        if (ports[port] != null) {
            ports[port] = null;
            used--;
        }
    }

    /** Releases every port held by the system; returns how many. */
    int releaseAll(String systemId) {
        int released = 0;
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] != null && ports[i].systemId().equals(systemId)) {
                ports[i] = null;
                used--;
                released++;
            }
        }
        return released;
    }

    /** The port held by the given NIC allocation, or -1. */
    int portOf(String systemId, String allocationId) {
        for (PortConnection c : ports) {
            if (c != null && c.systemId().equals(systemId) && c.allocationId().equals(allocationId)) {
                return c.port();
            }
        }
        return -1;
    }

    VirtualSwitch view() {
        List<PortConnection> connections = new ArrayList<>(used);
        for (PortConnection c : ports) {
            if (c != null) {
                connections.add(c);
            }
        }
        return new VirtualSwitch(id, name, hostId, ports.length, connections);
    }
}
