package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Defining, changing and destroying virtual systems and their allocations. */
final class SystemOperations {
    private final ModelState s;
    private final JobEngine engine;

    SystemOperations(ModelState s, JobEngine engine) {
        this.s = s;
        this.engine = engine;
    }

    /**
     * Defines a system on a host, in state DEFINED, allocating every resource of the spec or none.
     * Parents inside the spec are written "#n" (see {@link AllocationSpec}).
     */
    VirtualSystem defineSystem(String hostId, SystemSpec spec) {
        ModelState.requireArgument("spec", spec);
        Host host = s.hostOrThrow("hostId", hostId);
        List<AllocationSpec> wanted = spec.allocations();
        PoolState[] poolOf = new PoolState[wanted.size()];
        int[] parentIndex = new int[wanted.size()];
        Map<PoolState, Long> demand = new LinkedHashMap<>();
        Set<String> requestedMacs = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            AllocationSpec a = wanted.get(i);
            String field = "allocations[" + i + "]";
            poolOf[i] = s.resolvePool(field + ".poolId", host.id(), a);
            parentIndex[i] = a.parentId() == null ? -1 : ModelState.specParent(field + ".parentId", wanted, i);
            if (a.mac() != null && (s.macs.contains(a.mac()) || !requestedMacs.add(a.mac()))) {
                throw new ModelException(ErrorKind.ALREADY_EXISTS, field + ".mac",
                        "MAC " + a.mac() + " is already in use");
            }
            demand.merge(poolOf[i], a.quantity(), ModelState::saturatedAdd);
        }
        for (Map.Entry<PoolState, Long> d : demand.entrySet()) {
            ModelState.requireAvailable("allocations", d.getKey(), d.getValue());
        }
        String id = Identities.id("vm-", ++s.systemSeq);
        String uuid = s.identities.uuid(s.uuidSeq++);
        List<Allocation> allocations = new ArrayList<>(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            AllocationSpec a = wanted.get(i);
            String parent = parentIndex[i] < 0 ? null : allocations.get(parentIndex[i]).id();
            allocations.add(s.allocate(a, poolOf[i], parent));
        }
        VirtualSystem system = new VirtualSystem(id, uuid, spec.name(), spec.systemType(), host.id(),
                SystemState.DEFINED, null, spec.settings(), allocations, 0, s.tick);
        s.systems.put(id, system);
        s.log(EventKind.SYSTEM_DEFINED, id, "system " + spec.name() + " defined on " + host.id());
        return system;
    }

    /**
     * Creates a system the way {@link #defineSystem} does (all its resources are held from the start) and runs a
     * CREATE job for it: while the job runs the system is busy; when it ends the system has settled in the
     * creation's state, or, if the creation fails, is gone again with its resources released.
     */
    Job createSystem(String hostId, SystemSpec spec, SystemCreation creation) {
        ModelState.requireArgument("creation", creation);
        VirtualSystem system = defineSystem(hostId, spec);
        return engine.startCreation(system.id(), creation);
    }

    /**
     * Requests a lifecycle change (see {@link SystemLifecycle}). START (from DEFINED) and STOP show STARTING /
     * STOPPING while their job runs; the other changes take effect when their job completes.
     */
    Job requestStateChange(String systemId, StateChange change) {
        ModelState.requireArgument("change", change);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        if (SystemLifecycle.target(system.state(), change).isEmpty()) {
            throw new ModelException(ErrorKind.INVALID_STATE_TRANSITION, "change",
                    change + " is not possible while system " + system.id() + " is " + system.state());
        }
        s.requireIdle(system);
        SystemState during = SystemLifecycle.during(system.state(), change);
        VirtualSystem updated = system.withRequest(change);
        if (during != system.state()) {
            updated = updated.withState(during, s.tick);
            s.log(EventKind.STATE_CHANGED, system.id(), system.state() + " -> " + during);
        }
        s.systems.put(system.id(), updated);
        return engine.start(JobOperation.of(change), system.id(), system.state(), null, List.of());
    }

    /** Destroys a system that is off (DEFINED); its resources return to their pools when the job completes. */
    Job destroySystem(String systemId) {
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        if (!SystemLifecycle.destroyable(system.state())) {
            throw new ModelException(ErrorKind.INVALID_STATE_TRANSITION, "systemId",
                    "system " + system.id() + " is " + system.state() + "; only a DEFINED (off) system can be"
                            + " destroyed");
        }
        s.requireIdle(system);
        return engine.start(JobOperation.DESTROY, system.id(), system.state(), null, List.of());
    }

    Allocation addAllocation(String systemId, AllocationSpec spec) {
        ModelState.requireArgument("spec", spec);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        s.requireIdle(system);
        PoolState pool = s.resolvePool("poolId", system.hostId(), spec);
        if (spec.parentId() != null) {
            ModelState.requireController("parentId", system, spec.parentId(), null);
        }
        if (spec.mac() != null && s.macs.contains(spec.mac())) {
            throw new ModelException(ErrorKind.ALREADY_EXISTS, "mac", "MAC " + spec.mac() + " is already in use");
        }
        ModelState.requireAvailable("quantity", pool, spec.quantity());
        Allocation added = s.allocate(spec, pool, spec.parentId());
        List<Allocation> all = new ArrayList<>(system.allocations());
        all.add(added);
        s.systems.put(system.id(), system.withAllocations(all));
        s.log(EventKind.ALLOCATION_ADDED, system.id(), added.kind() + " " + added.id() + " added");
        return added;
    }

    /**
     * Changes an allocation: quantity, pool, parent, address, format, backing, MAC. Null fields of the spec keep
     * the current value; the kind cannot change.
     */
    Allocation modifyAllocation(String systemId, String allocationId, AllocationSpec spec) {
        ModelState.requireArgument("spec", spec);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        s.requireIdle(system);
        Allocation current = ModelState.allocationOrThrow(system, allocationId);
        if (spec.kind() != current.kind()) {
            throw ModelException.invalid("kind", "allocation " + allocationId + " is a " + current.kind()
                    + " and cannot become a " + spec.kind());
        }
        PoolState oldPool = s.pools.get(current.poolId());
        PoolState newPool = spec.poolId() == null ? oldPool : s.resolvePool("poolId", system.hostId(), spec);
        String parent = spec.parentId() == null ? current.parentId() : spec.parentId();
        if (spec.parentId() != null) {
            ModelState.requireController("parentId", system, parent, allocationId);
        }
        String mac = spec.mac() == null ? current.mac() : spec.mac();
        if (mac != null && !mac.equals(current.mac()) && s.macs.contains(mac)) {
            throw new ModelException(ErrorKind.ALREADY_EXISTS, "mac", "MAC " + mac + " is already in use");
        }
        long freed = newPool == oldPool ? current.quantity() : 0;
        if (newPool.available() + freed < spec.quantity()) {
            throw ModelState.capacityError("quantity", newPool, spec.quantity() - freed);
        }
        oldPool.allocated -= current.quantity();
        newPool.allocated += spec.quantity();
        if (current.mac() != null && !current.mac().equals(mac)) {
            s.macs.remove(current.mac());
            s.macs.add(mac);
        }
        Allocation changed = new Allocation(current.id(), current.kind(), newPool.id, spec.quantity(), parent,
                spec.addressOnParent() == null ? current.addressOnParent() : spec.addressOnParent(),
                spec.format() == null ? current.format() : spec.format(),
                spec.backing() == null ? current.backing() : spec.backing(), mac, current.switchId(),
                current.switchPort(), current.vlanId());
        s.systems.put(system.id(), system.withAllocations(ModelState.replace(system.allocations(), changed)));
        s.log(EventKind.ALLOCATION_MODIFIED, system.id(), changed.kind() + " " + changed.id() + " modified");
        return changed;
    }

    /** Removes an allocation, returning its quantity to its pool; a controller still parenting devices stays. */
    void removeAllocation(String systemId, String allocationId) {
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        s.requireIdle(system);
        Allocation current = ModelState.allocationOrThrow(system, allocationId);
        for (Allocation a : system.allocations()) {
            if (allocationId.equals(a.parentId())) {
                throw new ModelException(ErrorKind.IN_USE, "allocationId", "controller " + allocationId
                        + " is the parent of " + a.id());
            }
        }
        s.release(system.id(), current);
        List<Allocation> rest = new ArrayList<>(system.allocations());
        rest.remove(current);
        s.systems.put(system.id(), system.withAllocations(rest));
        s.log(EventKind.ALLOCATION_REMOVED, system.id(), current.kind() + " " + current.id() + " removed");
    }

    VirtualSystem modifySettings(String systemId, SystemSettings settings) {
        ModelState.requireArgument("settings", settings);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        VirtualSystem changed = system.withSettings(system.name(), settings);
        s.systems.put(system.id(), changed);
        s.log(EventKind.SETTINGS_MODIFIED, system.id(), "settings of " + system.id() + " modified");
        return changed;
    }

    VirtualSystem renameSystem(String systemId, String name) {
        Checks.nonBlank("name", name);
        VirtualSystem system = s.systemOrThrow("systemId", systemId);
        VirtualSystem changed = system.withSettings(name, system.settings());
        s.systems.put(system.id(), changed);
        s.log(EventKind.SYSTEM_RENAMED, system.id(), system.name() + " renamed to " + name);
        return changed;
    }
}
