package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.SystemSpec;

import java.util.List;

/**
 * What one VirtualSystem becomes: the model spec and, per connected NIC, the index of its allocation in the spec
 * and the logical network (NetworkSection name) it connects to.
 */
record SystemPlan(String entityId, SystemSpec spec, List<NicLink> nics) {
    SystemPlan {
        nics = List.copyOf(nics);
    }

    /** A NIC allocation (by index in the spec) and the network it connects to. */
    record NicLink(int allocationIndex, String network) {
    }
}
