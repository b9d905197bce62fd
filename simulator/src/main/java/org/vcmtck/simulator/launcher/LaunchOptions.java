package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of the reference simulator. Numeric options without a value given stay null, so that the
 * launcher can tell "not given" (use the inventory's or the mode's default) from an explicit value.
 */
@Command(name = "vcmtck-simulator", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true, subcommands = {ExportCommand.class, DeployCommand.class,
                OvfBenchmarkCommand.class},
        description = {
                "Starts the VCM-TCK reference simulator: a virtual datacenter served by the protocol front ends"
                        + " found on the class path.",
                "Prints one line 'endpoint <kind> <url>' per endpoint, then 'ready'. With --state, the datacenter is"
                        + " saved to the state file at start and atomically after every change. Exit codes: 0 ok;"
                        + " 2 bad usage or bad inventory/state file; 1 unexpected failure."})
final class LaunchOptions {
    static final int DEFAULT_HOSTS = 2;
    static final int DEFAULT_VMS = 4;
    static final int BENCHMARK_HOSTS = 100;
    static final int BENCHMARK_VMS = 10_000;

    @Mixin
    ModelOptions model = new ModelOptions();

    @Option(names = "--job-ticks", paramLabel = "N",
            description = "Virtual clock ticks an asynchronous job takes; 0 = jobs finish at once (default: 0, or"
                    + " the inventory's options.jobTicks).")
    Integer jobTicks;

    @Option(names = "--tick-millis", paramLabel = "MS", defaultValue = "100",
            description = "While serving, the virtual clock moves one tick every MS milliseconds whenever a job is"
                    + " running, so jobs started through a front end finish (a job takes --job-ticks ticks);"
                    + " 0 = the clock never moves by itself (default: ${DEFAULT-VALUE}).")
    long tickMillis;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address the front ends listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Base port: the n-th front end (by kind, alphabetically) listens on N+n; 0 = ephemeral"
                    + " ports (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--endpoints-file", paramLabel = "FILE",
            description = "Writes the endpoints as a JSON object {\"<key>\": \"<url>\", ...} before 'ready'.")
    Path endpointsFile;

    @Option(names = "--export-inventory", paramLabel = "FILE",
            description = "Writes the started datacenter as a complete snapshot (the inventory/state format)"
                    + " before 'ready'; '-' writes it to standard output, and the endpoint and ready lines then go"
                    + " to standard error.")
    String exportInventory;

    @Option(names = "--exit-after-start",
            description = "Start, print, write the files, then stop cleanly and exit 0 (otherwise serve until"
                    + " SIGINT/SIGTERM, then stop the front ends and save the state).")
    boolean exitAfterStart;

    @Option(names = "--benchmark",
            description = "Only measure: generate the datacenter (--hosts/--vms, default " + BENCHMARK_HOSTS
                    + "/" + BENCHMARK_VMS + "), print the time and retained heap against the targets (under 2 s,"
                    + " under 300 MB), exit 0.")
    boolean benchmark;

    @Option(names = "--deviate", paramLabel = "NAME",
            description = "Switches on a deliberate deviation from the standards (repeatable), for the suite's"
                    + " meta-tests. The deviation catalogue is empty in this version, so every name is refused"
                    + " (exit 2).")
    List<String> deviations = new ArrayList<>();

    @Option(names = "--frontend-setting", paramLabel = "KIND.KEY=VALUE",
            description = "Passes a setting to one front end (repeatable), e.g. --frontend-setting"
                    + " wbem.namespace=root/virt.")
    Map<String, String> frontEndSettings = new LinkedHashMap<>();

    boolean exportsToStdout() {
        return "-".equals(exportInventory);
    }
}
