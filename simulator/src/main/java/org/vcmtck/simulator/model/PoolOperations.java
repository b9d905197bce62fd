package org.vcmtck.simulator.model;

import java.util.Locale;

/** Hosts and resource pools: adding hosts, carving and deleting child pools. */
final class PoolOperations {
    private final ModelState s;

    PoolOperations(ModelState s) {
        this.s = s;
    }

    /** Adds a host and its five primordial pools (one per {@link ResourceType}). */
    Host addHost(HostSpec spec) {
        ModelState.requireArgument("spec", spec);
        long storage;
        try {
            storage = spec.storageBytes();
        } catch (ArithmeticException e) {
            throw ModelException.invalid("storageVolumes", "total capacity overflows");
        }
        for (Host h : s.hosts.values()) {
            if (h.name().equals(spec.name())) {
                throw new ModelException(ErrorKind.ALREADY_EXISTS, "name",
                        "a host named '" + spec.name() + "' already exists (" + h.id() + ")");
            }
        }
        Host host = new Host(Identities.id("host-", ++s.hostSeq), spec.name(), spec.logicalProcessors(),
                spec.memoryBytes(), spec.storageVolumes(), spec.nics());
        s.hosts.put(host.id(), host);
        PoolState[] own = new PoolState[ResourceType.values().length];
        for (ResourceType type : ResourceType.values()) {
            long capacity = switch (type) {
                case PROCESSOR -> spec.logicalProcessors();
                case MEMORY -> spec.memoryBytes();
                case STORAGE -> storage;
                case ETHERNET -> (long) spec.nics().size() * HostSpec.VIRTUAL_PORTS_PER_NIC;
                case GENERIC_DEVICE -> HostSpec.DEVICE_SLOTS;
            };
            double overcommit = switch (type) {
                case PROCESSOR -> spec.processorOvercommit();
                case MEMORY -> spec.memoryOvercommit();
                default -> 1.0;
            };
            PoolState pool = new PoolState(Identities.id("pool-", ++s.poolSeq),
                    spec.name() + "-" + type.name().toLowerCase(Locale.ROOT), host.id(), type, null, true,
                    capacity, overcommit);
            s.pools.put(pool.id, pool);
            own[type.ordinal()] = pool;
        }
        s.primordial.put(host.id(), own);
        s.log(EventKind.HOST_ADDED, host.id(), "host " + host.name() + " added");
        return host;
    }

    /** Carves a child pool out of a parent: the child's capacity is reserved in the parent. */
    ResourcePool createChildPool(String parentPoolId, String name, long capacity, double overcommit) {
        Checks.nonBlank("name", name);
        Checks.positive("capacity", capacity);
        Checks.overcommit("overcommit", overcommit);
        PoolState parent = s.poolOrThrow("parentPoolId", parentPoolId);
        if (parent.available() < capacity) {
            throw new ModelException(ErrorKind.INSUFFICIENT_CAPACITY, "capacity", "pool " + parent.id
                    + " has " + parent.available() + " " + parent.type.unit() + " available, " + capacity
                    + " requested for the child pool");
        }
        PoolState child = new PoolState(Identities.id("pool-", ++s.poolSeq), name, parent.hostId, parent.type,
                parent.id, false, capacity, overcommit);
        parent.childReserved += capacity;
        parent.children++;
        s.pools.put(child.id, child);
        s.log(EventKind.POOL_CREATED, child.id, "pool " + name + " created from " + parent.id);
        return child.view();
    }

    /** Deletes a child pool; refused for primordial pools and pools with allocations or children. */
    void deletePool(String poolId) {
        PoolState pool = s.poolOrThrow("poolId", poolId);
        if (pool.primordial) {
            throw ModelException.invalid("poolId", "primordial pool " + poolId + " cannot be deleted");
        }
        if (pool.allocated > 0 || pool.children > 0) {
            throw new ModelException(ErrorKind.IN_USE, "poolId", "pool " + poolId + " still has "
                    + pool.allocated + " " + pool.type.unit() + " allocated and " + pool.children
                    + " child pools");
        }
        PoolState parent = s.pools.get(pool.parentId);
        parent.childReserved -= pool.capacity;
        parent.children--;
        s.pools.remove(poolId);
        s.log(EventKind.POOL_DELETED, poolId, "pool " + pool.name + " deleted");
    }
}
