package org.vcmtck.simulator.cimi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Systems created over CIMI from a SystemTemplate: the model has no grouping of its own for them (deployed OVF
 * packages are grouped by the model's appliances instead), so the CIMI view keeps which machines each one made.
 */
final class SystemRecords {
    /** Ids of systems created here; appliance ids never start with it, so the two never collide. */
    static final String PREFIX = "cimi-system-";

    record Group(String id, String name, String description, List<String> machineIds) {
        Group {
            machineIds = List.copyOf(machineIds);
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    synchronized Group add(String name, String description, List<String> machineIds) {
        String id = PREFIX + next.getAndIncrement();
        Group g = new Group(id, name == null ? id : name, description, machineIds);
        groups.put(id, g);
        return g;
    }

    synchronized Group get(String id) {
        return groups.get(id);
    }

    synchronized List<Group> all() {
        return new ArrayList<>(groups.values());
    }

    synchronized void forget(String id) {
        groups.remove(id);
    }
}
