package org.vcmtck.simulator.model;

/**
 * The sequence counters behind generated ids, UUIDs and MACs. Persisting them lets a restored datacenter
 * continue exactly where the original would have.
 */
public record ModelCounters(long hosts, long pools, long systems, long allocations, long switches, long jobs,
                            long events, long uuids, long macs, long changes) {
}
