package org.vcmtck.simulator.model;

import java.util.List;

/** A virtual Ethernet switch of a host (immutable view); ports are numbered 0..portCount-1. */
public record VirtualSwitch(String id, String name, String hostId, int portCount, List<PortConnection> connections) {
    public VirtualSwitch {
        connections = List.copyOf(connections);
    }

    public int freePorts() {
        return portCount - connections.size();
    }
}
