package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans a migration: checks and reserves the destination, then hands the move to a job. */
final class MigrationOperation {
    private final ModelState s;
    private final JobEngine engine;

    MigrationOperation(ModelState s, JobEngine engine) {
        this.s = s;
        this.engine = engine;
    }

    /**
     * Moves a system to another host. All allocations are re-homed to the destination's primordial pools, and
     * connected NICs to the destination switch with the same name (same VLAN); both are reserved when the job
     * starts, and a lack of either refuses the request with INSUFFICIENT_CAPACITY. OFFLINE needs a DEFINED
     * system, LIVE a RUNNING one, which keeps running. Id, UUID and MACs stay.
     */
    Job migrate(String systemId, String destinationHostId, MigrationKind kind) {
        ModelState.requireArgument("kind", kind);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        Host destination = s.hostOrThrow("destinationHostId", destinationHostId);
        SystemState needed = kind == MigrationKind.LIVE ? SystemState.RUNNING : SystemState.DEFINED;
        if (system.state() != needed) {
            throw new ModelException(ErrorKind.INVALID_STATE_TRANSITION, "kind", kind + " migration needs a "
                    + needed + " system; " + system.id() + " is " + system.state());
        }
        s.requireIdle(system);
        if (destination.id().equals(system.hostId())) {
            throw ModelException.invalid("destinationHostId", "system " + system.id() + " is already on "
                    + destination.id());
        }
        long[] demand = new long[ResourceType.values().length];
        for (Allocation a : system.allocations()) {
            demand[a.type().ordinal()] = ModelState.saturatedAdd(demand[a.type().ordinal()], a.quantity());
        }
        PoolState[] target = s.primordial.get(destination.id());
        for (ResourceType type : ResourceType.values()) {
            if (demand[type.ordinal()] > target[type.ordinal()].available()) {
                throw ModelState.capacityError("destinationHostId", target[type.ordinal()], demand[type.ordinal()]);
            }
        }
        Map<SwitchState, Integer> portsNeeded = new LinkedHashMap<>();
        for (Allocation a : system.allocations()) {
            if (a.connected()) {
                String name = s.switches.get(a.switchId()).name;
                SwitchState peer = s.switchNamed(destination.id(), name);
                if (peer == null) {
                    throw new ModelException(ErrorKind.INSUFFICIENT_CAPACITY, "destinationHostId",
                            "host " + destination.id() + " has no switch named '" + name + "' for NIC " + a.id());
                }
                portsNeeded.merge(peer, 1, Integer::sum);
            }
        }
        for (Map.Entry<SwitchState, Integer> p : portsNeeded.entrySet()) {
            SwitchState peer = p.getKey();
            if (peer.portCount() - peer.used() < p.getValue()) {
                throw new ModelException(ErrorKind.INSUFFICIENT_CAPACITY, "destinationHostId", "switch "
                        + peer.id + " on " + destination.id() + " has too few free ports");
            }
        }
        List<PoolReservation> reservations = new ArrayList<>();
        for (ResourceType type : ResourceType.values()) {
            if (demand[type.ordinal()] > 0) {
                PoolState pool = target[type.ordinal()];
                pool.allocated += demand[type.ordinal()];
                reservations.add(new PoolReservation(pool.id, demand[type.ordinal()]));
            }
        }
        for (Allocation a : system.allocations()) {
            if (a.connected()) {
                s.switchNamed(destination.id(), s.switches.get(a.switchId()).name)
                        .connect(system.id(), a.id(), a.vlanId());
            }
        }
        return engine.start(JobOperation.of(kind), system.id(), system.state(), destination.id(), reservations);
    }
}
