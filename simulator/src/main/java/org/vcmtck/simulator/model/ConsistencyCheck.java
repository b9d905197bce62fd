package org.vcmtck.simulator.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Cross-checks a restored model, so that a hand-edited or corrupted snapshot is refused instead of breaking
 * the capacity invariants later. Also recomputes each pool's child count, which the snapshot does not carry.
 */
final class ConsistencyCheck {
    private ConsistencyCheck() {
    }

    static void verify(Set<String> hostIds, Map<String, PoolState> pools, Map<String, VirtualSystem> systems,
                       Map<String, SwitchState> switches, Set<String> activeJobs, Map<String, Job> jobs) {
        Map<String, Long> allocated = new HashMap<>();
        Map<String, Long> childReserved = new HashMap<>();
        for (PoolState p : pools.values()) {
            if (p.parentId != null) {
                PoolState parent = pools.get(p.parentId);
                if (parent == null || parent.type != p.type || !parent.hostId.equals(p.hostId)) {
                    throw fail("pool " + p.id + " has a missing or mismatched parent " + p.parentId);
                }
                parent.children++;
                childReserved.merge(parent.id, p.capacity, Long::sum);
            }
        }
        for (VirtualSystem v : systems.values()) {
            if (!hostIds.contains(v.hostId())) {
                throw fail("system " + v.id() + " names unknown host " + v.hostId());
            }
            for (Allocation a : v.allocations()) {
                PoolState pool = pools.get(a.poolId());
                if (pool == null || pool.type != a.type() || !pool.hostId.equals(v.hostId())) {
                    throw fail("allocation " + a.id() + " of " + v.id() + " names a missing or mismatched pool "
                            + a.poolId());
                }
                allocated.merge(pool.id, a.quantity(), Long::sum);
                if (a.connected()) {
                    SwitchState s = switches.get(a.switchId());
                    PortConnection c = s == null ? null : s.at(a.switchPort());
                    if (c == null || !c.systemId().equals(v.id()) || !c.allocationId().equals(a.id())) {
                        throw fail("NIC " + a.id() + " of " + v.id() + " is not on port " + a.switchPort() + " of "
                                + a.switchId());
                    }
                }
            }
        }
        for (String jobId : activeJobs) {
            Job j = jobs.get(jobId);
            if (!systems.containsKey(j.systemId())) {
                throw fail("running job " + jobId + " names unknown system " + j.systemId());
            }
            for (PoolReservation r : j.reservations()) {
                if (!pools.containsKey(r.poolId())) {
                    throw fail("job " + jobId + " reserves in unknown pool " + r.poolId());
                }
                allocated.merge(r.poolId(), r.amount(), Long::sum);
            }
        }
        for (PoolState p : pools.values()) {
            long expectAllocated = allocated.getOrDefault(p.id, 0L);
            long expectChildren = childReserved.getOrDefault(p.id, 0L);
            if (p.allocated != expectAllocated || p.childReserved != expectChildren) {
                throw fail("pool " + p.id + " records " + p.allocated + " allocated / " + p.childReserved
                        + " reserved for children, but its allocations sum to " + expectAllocated
                        + " and its children to " + expectChildren);
            }
        }
        for (SwitchState s : switches.values()) {
            if (!hostIds.contains(s.hostId)) {
                throw fail("switch " + s.id + " names unknown host " + s.hostId);
            }
            for (PortConnection c : s.connections()) {
                VirtualSystem v = systems.get(c.systemId());
                Allocation a = v == null ? null : v.allocation(c.allocationId());
                boolean current = a != null && s.id.equals(a.switchId()) && a.switchPort() == c.port();
                if (a == null || (!current && !migratingTo(v.id(), s.hostId, activeJobs, jobs))) {
                    throw fail("port " + c.port() + " of switch " + s.id + " is held by unknown NIC "
                            + c.allocationId() + " of " + c.systemId());
                }
            }
        }
    }

    /** A running migration holds ports on the destination's switches before the NIC moves there. */
    private static boolean migratingTo(String systemId, String hostId, Set<String> activeJobs, Map<String, Job> jobs) {
        for (String jobId : activeJobs) {
            Job j = jobs.get(jobId);
            if (j.systemId().equals(systemId) && hostId.equals(j.destinationHostId())) {
                return true;
            }
        }
        return false;
    }

    private static ModelException fail(String message) {
        return ModelException.invalid("snapshot", message);
    }
}
