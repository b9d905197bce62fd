package org.vcmtck.simulator.model;

import java.util.List;

/**
 * A virtual system (immutable view); a change to the system replaces the whole record.
 * {@code lastRequest} is the last state change requested (null if none yet), {@code resetCount} counts RESETs.
 */
public record VirtualSystem(String id, String uuid, String name, String systemType, String hostId, SystemState state,
                            StateChange lastRequest, SystemSettings settings, List<Allocation> allocations, long resetCount,
                            long stateChangedTick) {
    public VirtualSystem {
        allocations = List.copyOf(allocations);
    }

    /** The allocation with the given id, or null. */
    public Allocation allocation(String allocationId) {
        for (Allocation a : allocations) {
            if (a.id().equals(allocationId)) {
                return a;
            }
        }
        return null;
    }

    public List<Allocation> allocationsOf(DeviceKind kind) {
        return allocations.stream().filter(a -> a.kind() == kind).toList();
    }

    /** Sum of the quantities of all allocations of a kind (vCPUs, memory bytes, disk bytes, ...). */
    public long total(DeviceKind kind) {
        long sum = 0;
        for (Allocation a : allocations) {
            if (a.kind() == kind) {
                sum += a.quantity();
            }
        }
        return sum;
    }

    VirtualSystem withState(SystemState newState, long tick) {
        return new VirtualSystem(id, uuid, name, systemType, hostId, newState, lastRequest, settings, allocations,
                resetCount, tick);
    }

    VirtualSystem withRequest(StateChange request) {
        return new VirtualSystem(id, uuid, name, systemType, hostId, state, request, settings, allocations, resetCount,
                stateChangedTick);
    }

    VirtualSystem withReset() {
        return new VirtualSystem(id, uuid, name, systemType, hostId, state, lastRequest, settings, allocations,
                resetCount + 1, stateChangedTick);
    }

    VirtualSystem withAllocations(List<Allocation> newAllocations) {
        return new VirtualSystem(id, uuid, name, systemType, hostId, state, lastRequest, settings, newAllocations,
                resetCount, stateChangedTick);
    }

    VirtualSystem withHost(String newHost, List<Allocation> newAllocations) {
        return new VirtualSystem(id, uuid, name, systemType, newHost, state, lastRequest, settings, newAllocations,
                resetCount, stateChangedTick);
    }

    VirtualSystem withSettings(String newName, SystemSettings newSettings) {
        return new VirtualSystem(id, uuid, newName, systemType, hostId, state, lastRequest, newSettings, allocations,
                resetCount, stateChangedTick);
    }
}
