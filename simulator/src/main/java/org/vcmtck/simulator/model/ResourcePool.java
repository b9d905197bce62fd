package org.vcmtck.simulator.model;

/**
 * A resource pool (immutable view). {@code allocated} is what allocations (and in-flight migrations) hold,
 * {@code childReserved} the capacity carved out for child pools. Reservations may reach
 * {@link #limit()} = capacity × overcommit.
 */
public record ResourcePool(String id, String name, String hostId, ResourceType type, String parentId,
                           boolean primordial, long capacity, long allocated, long childReserved, double overcommit) {

    public String unit() {
        return type.unit();
    }

    /** Everything taken from this pool: allocations plus child pools. */
    public long reserved() {
        return allocated + childReserved;
    }

    public long limit() {
        return limitOf(capacity, overcommit);
    }

    public long available() {
        return limit() - reserved();
    }

    static long limitOf(long capacity, double overcommit) {
        double limit = Math.floor(capacity * overcommit);
        return limit >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) limit;
    }
}
