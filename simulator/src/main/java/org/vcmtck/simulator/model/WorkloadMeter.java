package org.vcmtck.simulator.model;

/**
 * Synthetic workload: each sample is a pure function of (seed, system id, tick), so no history is stored and
 * the same seed always yields the same numbers.
 */
final class WorkloadMeter {
    private final long seed;

    WorkloadMeter(long seed) {
        this.seed = seed;
    }

    MeterSample sample(VirtualSystem system, long tick) {
        boolean busy = system.state() == SystemState.RUNNING;
        if (!busy) {
            return new MeterSample(system.id(), tick, 0.0, 0L);
        }
        long systemKey = Identities.mix(seed ^ (0x632BE59BD9B4E019L * system.id().hashCode()));
        // A per-system baseline (5..65 %) plus per-tick noise (-20..+20 %).
        double baseline = 5.0 + 60.0 * unit(systemKey);
        double noise = 40.0 * unit(Identities.mix(systemKey + 0x9E3779B97F4A7C15L * tick)) - 20.0;
        double cpu = Math.round(Math.max(0.0, Math.min(100.0, baseline + noise)) * 10.0) / 10.0;
        long memory = system.total(DeviceKind.MEMORY);
        double usedFraction = 0.3 + 0.6 * unit(Identities.mix(systemKey ^ (tick * 0xD6E8FEB86659FD93L)));
        return new MeterSample(system.id(), tick, cpu, (long) (memory * usedFraction));
    }

    private static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
