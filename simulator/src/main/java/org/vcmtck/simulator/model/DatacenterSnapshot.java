package org.vcmtck.simulator.model;

import java.util.List;

/** The whole model as plain data, for persistence; see {@code Datacenter.snapshot()} and {@code restore}. */
public record DatacenterSnapshot(int formatVersion, long seed, DatacenterOptions options, long tick,
                                 ModelCounters counters, List<Host> hosts, List<ResourcePool> pools,
                                 List<VirtualSystem> systems, List<VirtualSwitch> switches, List<Job> jobs,
                                 List<Event> events,
                                 List<Appliance> appliances) {
    public static final int FORMAT_VERSION = 1;

    /** The snapshot as it was before appliances were kept: the same model, no package metadata. */
    public DatacenterSnapshot(int formatVersion, long seed, DatacenterOptions options, long tick,
                              ModelCounters counters, List<Host> hosts, List<ResourcePool> pools,
                              List<VirtualSystem> systems, List<VirtualSwitch> switches, List<Job> jobs,
                              List<Event> events) {
        this(formatVersion, seed, options, tick, counters, hosts, pools, systems, switches, jobs, events, List.of());
    }

    public DatacenterSnapshot {
        hosts = List.copyOf(hosts);
        pools = List.copyOf(pools);
        systems = List.copyOf(systems);
        switches = List.copyOf(switches);
        jobs = List.copyOf(jobs);
        events = List.copyOf(events);
        appliances = appliances == null ? List.of() : List.copyOf(appliances);
    }
}
