package org.vcmtck.simulator.model;

/** Capacity a running job holds in a pool (a migration holds the destination's capacity until it finishes). */
public record PoolReservation(String poolId, long amount) {
}
