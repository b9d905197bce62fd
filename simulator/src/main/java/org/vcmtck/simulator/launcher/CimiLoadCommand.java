package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code load-cimi}: concurrent mixed create/start/stop/delete traffic on the reference's CIMI front end, then a
 * check that nothing was lost, duplicated or leaked. Option values are checked in {@link #settings()}.
 */
@Command(name = "load-cimi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Starts a reference with an empty generated datacenter (hosts, no machines) on a loopback"
                        + " ephemeral port (no state file, jobs take " + CimiLoad.JOB_TICKS + " tick of "
                        + CimiLoad.TICK_MILLIS + " ms), then runs the given number of concurrent clients (one"
                        + " java.net.http client per thread, HTTP/1.1, JSON) for the given time. Each client"
                        + " creates Machines from a template and starts, stops and deletes the Machines it created,"
                        + " at random; 409 answers (busy machine, illegal state, no capacity) are expected.",
                "Afterwards it waits for running jobs, then checks: every Machine the clients created and did"
                        + " not delete is listed exactly once, no deleted one is listed, every state is a CIMI"
                        + " Machine state, no answer other than 2xx or 409 came back; then it stops and deletes"
                        + " every remaining Machine and checks that every resource pool's reservation is back"
                        + " to its value before the run.",
                "Prints the operation counts and every violation. Exit codes: 0 every invariant holds; 1 an"
                        + " invariant failed, the reference could not be started, or unexpected failure; 2 bad"
                        + " usage."})
final class CimiLoadCommand {
    static final int DEFAULT_CLIENTS = 32;
    static final int DEFAULT_SECONDS = 30;
    static final int DEFAULT_HOSTS = 4;

    @Option(names = "--clients", paramLabel = "N",
            description = "Concurrent clients, one thread each (default: " + DEFAULT_CLIENTS + ").")
    Integer clients;

    @Option(names = "--seconds", paramLabel = "N",
            description = "Seconds of traffic, before the checks and clean-up (default: " + DEFAULT_SECONDS + ").")
    Integer seconds;

    @Option(names = "--hosts", paramLabel = "N",
            description = "Hosts of the generated datacenter; fewer hosts mean more capacity 409s (default: "
                    + DEFAULT_HOSTS + ").")
    Integer hosts;

    /** The checked option values. */
    record Settings(int clients, int seconds, int hosts) {
    }

    Settings settings() {
        return new Settings(OptionRange.within("--clients", clients, DEFAULT_CLIENTS, 1, 256),
                OptionRange.within("--seconds", seconds, DEFAULT_SECONDS, 1, 600),
                OptionRange.within("--hosts", hosts, DEFAULT_HOSTS, 1, 100));
    }
}
