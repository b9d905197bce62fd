package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.SystemSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What one VirtualSystem becomes: the model spec and, per connected NIC, the index of its allocation in the spec
 * and the logical network (NetworkSection name) it connects to; {@code disks} the Disk (or SharedDisk) id of each
 * disk allocation by index in the spec, {@code sharedUses} the SharedDisks its Items named but another system got,
 * {@code itemIds} the InstanceID of the Item each allocation of the spec was made from, index for index.
 */
record SystemPlan(String entityId, SystemSpec spec, List<NicLink> nics, Map<Integer, String> disks,
                  List<String> sharedUses, List<String> itemIds) {
    SystemPlan {
        nics = List.copyOf(nics);
        itemIds = itemIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(itemIds));
        disks = disks == null ? Map.of() : Map.copyOf(disks);
        sharedUses = sharedUses == null ? List.of() : List.copyOf(sharedUses);
    }

    SystemPlan(String entityId, SystemSpec spec, List<NicLink> nics) {
        this(entityId, spec, nics, null, null, null);
    }

    SystemPlan(String entityId, SystemSpec spec, List<NicLink> nics, Map<Integer, String> disks,
               List<String> sharedUses) {
        this(entityId, spec, nics, disks, sharedUses, null);
    }

    /** A NIC allocation (by index in the spec) and the network it connects to. */
    record NicLink(int allocationIndex, String network) {
    }
}
