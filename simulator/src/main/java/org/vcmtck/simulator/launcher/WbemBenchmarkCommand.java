package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark-wbem}: load on the reference's WBEM (CIM-XML) front end, printed against the targets. */
@Command(name = "benchmark-wbem", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Starts the reference WBEM front end on a loopback ephemeral port with the given number of"
                        + " CIM_ComputerSystem instances in the virtualization namespace, runs workloads 1 and 2 once"
                        + " untimed (warm-up), then measures, over HTTP:",
                "  1. EnumerateInstances of all of them: time and peak heap; target <= "
                        + WbemBenchmarkRun.TARGET_MILLIS + " ms and <= " + WbemBenchmarkRun.TARGET_HEAP_MEGABYTES
                        + " MB.",
                "  2. OpenEnumerateInstances + PullInstancesWithPath of all of them, --page per request: same"
                        + " targets.",
                "  3. GetInstance round trips of random instances from --clients concurrent clients for --seconds:"
                        + " requests/s, p50 and p99 latency.",
                "Targets are reported, not enforced. Exit codes: 0 measured; 1 could not start or unexpected"
                        + " failure; 2 bad usage."})
final class WbemBenchmarkCommand {
    static final int DEFAULT_INSTANCES = 10_000;
    static final int DEFAULT_CLIENTS = 32;
    static final int DEFAULT_SECONDS = 5;
    static final int DEFAULT_PAGE = 500;

    @Option(names = "--instances", paramLabel = "N",
            description = "Instances of the enumerated class (default: " + DEFAULT_INSTANCES + ").")
    Integer instances;

    @Option(names = "--clients", paramLabel = "N",
            description = "Concurrent GetInstance clients, one thread each (default: " + DEFAULT_CLIENTS + ").")
    Integer clients;

    @Option(names = "--seconds", paramLabel = "N",
            description = "Measured seconds of the GetInstance workload (default: " + DEFAULT_SECONDS + ").")
    Integer seconds;

    @Option(names = "--page", paramLabel = "N",
            description = "MaxObjectCount of each pull request (default: " + DEFAULT_PAGE + ").")
    Integer page;

    record Settings(int instances, int clients, int seconds, int page) {
    }

    Settings settings() {
        return new Settings(OptionRange.within("--instances", instances, DEFAULT_INSTANCES, 1, 1_000_000),
                OptionRange.within("--clients", clients, DEFAULT_CLIENTS, 1, 1_024),
                OptionRange.within("--seconds", seconds, DEFAULT_SECONDS, 1, 3_600),
                OptionRange.within("--page", page, DEFAULT_PAGE, 1, 100_000));
    }
}
