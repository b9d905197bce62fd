package org.vcmtck.simulator.model;

/**
 * Per-datacenter tuning. {@code jobTicks} = 0 makes every job finish inside the call that starts it;
 * N makes it take N clock ticks. The two limits bound the event log and the history of finished jobs.
 */
public record DatacenterOptions(int jobTicks, int eventLogLimit, int jobHistoryLimit) {
    public static final int DEFAULT_LIMIT = 10_000;

    public DatacenterOptions {
        Checks.notNegative("jobTicks", jobTicks);
        Checks.positive("eventLogLimit", eventLogLimit);
        Checks.positive("jobHistoryLimit", jobHistoryLimit);
    }

    public DatacenterOptions(int jobTicks) {
        this(jobTicks, DEFAULT_LIMIT, DEFAULT_LIMIT);
    }

    public static DatacenterOptions defaults() {
        return new DatacenterOptions(0);
    }
}
