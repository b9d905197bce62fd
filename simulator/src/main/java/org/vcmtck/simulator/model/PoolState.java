package org.vcmtck.simulator.model;

/** Mutable book-keeping of one pool, only touched under the datacenter's write lock. */
final class PoolState {
    final String id;
    final String name;
    final String hostId;
    final ResourceType type;
    final String parentId;
    final boolean primordial;
    final long capacity;
    final double overcommit;
    long allocated;
    long childReserved;
    int children;

    PoolState(String id, String name, String hostId, ResourceType type, String parentId, boolean primordial,
              long capacity, double overcommit) {
        this.id = id;
        this.name = name;
        this.hostId = hostId;
        this.type = type;
        this.parentId = parentId;
        this.primordial = primordial;
        this.capacity = capacity;
        this.overcommit = overcommit;
    }

    static PoolState of(ResourcePool view) {
        PoolState p = new PoolState(view.id(), view.name(), view.hostId(), view.type(), view.parentId(),
                view.primordial(), view.capacity(), view.overcommit());
        p.allocated = view.allocated();
        p.childReserved = view.childReserved();
        return p;
    }

    long available() {
        return ResourcePool.limitOf(capacity, overcommit) - allocated - childReserved;
    }

    ResourcePool view() {
        return new ResourcePool(id, name, hostId, type, parentId, primordial, capacity, allocated, childReserved,
                overcommit);
    }
}
