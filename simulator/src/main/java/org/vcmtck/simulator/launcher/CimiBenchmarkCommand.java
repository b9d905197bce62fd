package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-cimi}: load on the reference's CIMI front end, printed against the reference's targets. Option
 * values are checked in {@link #settings()}, so that every usage error exits 2 with one message.
 */
@Command(name = "benchmark-cimi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Starts a reference with a generated datacenter on a loopback ephemeral port (no state file),"
                        + " finds the Machine collection from the Cloud Entry Point, warms up, then runs two"
                        + " workloads one after the other, each with the given number of concurrent clients"
                        + " (one thread per client, each with its own plain HTTP/1.1 keep-alive connection, JSON):",
                "  1. GET of a single Machine, chosen at random among the discovered ones; target >= "
                        + CimiBenchmarkRun.TARGET_GETS_PER_SECOND + " requests/s with p99 under "
                        + CimiBenchmarkRun.TARGET_P99_MILLIS + " ms.",
                "  2. GET of a random page of the Machine collection ($first/$last); target p99 under "
                        + CimiBenchmarkRun.TARGET_P99_MILLIS + " ms.",
                "Each prints requests, errors, requests/s, p50 and p99 latency, and PASS or BELOW. Targets are"
                        + " reported, not enforced. Exit codes: 0 measured (whatever the figures); 1 the reference"
                        + " could not be started or discovered, or unexpected failure; 2 bad usage."})
final class CimiBenchmarkCommand {
    static final int DEFAULT_VMS = 10_000;
    static final int DEFAULT_CLIENTS = 32;
    static final int DEFAULT_SECONDS = 10;
    static final int DEFAULT_PAGE = 100;

    @Option(names = "--vms", paramLabel = "N",
            description = "Virtual systems (Machines) of the generated datacenter (default: " + DEFAULT_VMS + ").")
    Integer vms;

    @Option(names = "--clients", paramLabel = "N",
            description = "Concurrent clients, one thread each (default: " + DEFAULT_CLIENTS + ").")
    Integer clients;

    @Option(names = "--seconds", paramLabel = "N",
            description = "Measured seconds per workload, after a warm-up of up to "
                    + CimiBenchmarkRun.MAX_WARM_UP_SECONDS + " s (default: " + DEFAULT_SECONDS + ").")
    Integer seconds;

    @Option(names = "--page", paramLabel = "N",
            description = "Machines per collection page in workload 2 (default: " + DEFAULT_PAGE + ").")
    Integer page;

    /** The checked option values. */
    record Settings(int vms, int clients, int seconds, int page) {
    }

    /** The options with their defaults; refuses values that cannot give a measurement. */
    Settings settings() {
        int v = OptionRange.within("--vms", vms, DEFAULT_VMS, 1, 1_000_000);
        int c = OptionRange.within("--clients", clients, DEFAULT_CLIENTS, 1, 1_024);
        int s = OptionRange.within("--seconds", seconds, DEFAULT_SECONDS, 1, 3_600);
        int p = OptionRange.within("--page", page, DEFAULT_PAGE, 1, 10_000);
        return new Settings(v, c, s, p);
    }
}
