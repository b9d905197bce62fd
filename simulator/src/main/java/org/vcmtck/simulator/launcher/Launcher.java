package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.inventory.LoadOptions;
import org.vcmtck.simulator.model.Datacenter;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Entry point of the reference simulator: {@code java -jar vcmtck-simulator.jar --help}. The suite starts the
 * built-in target in-process with {@link #start(String...)}; scripts use the command line and wait for the
 * {@code ready} line.
 */
public final class Launcher {
    private static final String NAME = "vcmtck-simulator";

    private Launcher() {
    }

    public static void main(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** As {@link #main}, without exiting: returns the exit code. Blocks while serving unless --exit-after-start. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, reading {@code deploy -} packages from {@code in}. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandLine cli = commandLine(out, err);
            LaunchOptions options;
            try {
                options = parse(cli, args);
            } catch (LaunchException e) {
                err.println(NAME + ": " + e.getMessage());
                err.println("Try '" + NAME + " --help' for the options.");
                return e.exitCode();
            }
            if (cli.getParseResult().hasSubcommand()) {
                CommandLine sub = cli.getParseResult().subcommand().commandSpec().commandLine();
                if (sub.isUsageHelpRequested()) {
                    sub.usage(out);
                    return 0;
                }
                if (sub.isVersionHelpRequested()) {
                    sub.printVersionHelp(out);
                    return 0;
                }
                if (sub.getCommand() instanceof DeployCommand deploy) {
                    return DeployRun.run(deploy, in, out, err, NAME);
                }
                if (sub.getCommand() instanceof SystemsCommand systems) {
                    return SystemsRun.run(systems, out, err, NAME);
                }
                if (sub.getCommand() instanceof OvfBenchmarkCommand benchmark) {
                    return OvfBenchmarkRun.run(benchmark, out, err, NAME);
                }
                if (sub.getCommand() instanceof CimiBenchmarkCommand benchmark) {
                    return CimiBenchmarkRun.run(benchmark, out, err, NAME);
                }
                if (sub.getCommand() instanceof CimiLoadCommand load) {
                    return CimiLoadRun.run(load, out, err, NAME);
                }
                if (sub.getCommand() instanceof WbemBenchmarkCommand benchmark) {
                    return WbemBenchmarkRun.run(benchmark, out, err, NAME);
                }
                return ExportRun.run(sub.getCommand(), out, err, NAME);
            }
            if (cli.isUsageHelpRequested()) {
                cli.usage(out);
                return 0;
            }
            if (cli.isVersionHelpRequested()) {
                cli.printVersionHelp(out);
                return 0;
            }
            if (options.benchmark) {
                return benchmark(options, out, err);
            }
            return serve(options, out, err);
        } catch (RuntimeException e) {
            err.println(NAME + ": unexpected failure: " + e);
            return LaunchException.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Parses like the command line, starts, and returns at once; close the result to stop. */
    public static RunningReference start(String... args) throws LaunchException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cli = commandLine(out, err);
        LaunchOptions options = parse(cli, args);
        if (cli.isUsageHelpRequested() || cli.isVersionHelpRequested() || options.benchmark
                || cli.getParseResult().hasSubcommand()) {
            throw new LaunchException(LaunchException.BAD_INPUT,
                    "--help, --version, --benchmark, export, deploy, systems and benchmark-ovf are command-line"
                            + " only;"
                            + " start() starts a reference");
        }
        ReferenceInstance reference = new Startup(options, out, err).start();
        if (options.exitAfterStart) {
            reference.close();
        }
        return reference;
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LaunchOptions());
        // registered here rather than in LaunchOptions' annotation, which lists the commands it owns
        cli.addSubcommand(new SystemsCommand());
        cli.addSubcommand(new CimiBenchmarkCommand());
        cli.addSubcommand(new CimiLoadCommand());
        cli.addSubcommand(new WbemBenchmarkCommand());
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    private static LaunchOptions parse(CommandLine cli, String... args) throws LaunchException {
        try {
            cli.parseArgs(args);
            return cli.getCommand();
        } catch (CommandLine.ParameterException e) {
            throw new LaunchException(LaunchException.BAD_INPUT, e.getMessage(), e);
        }
    }

    private static int benchmark(LaunchOptions options, PrintWriter out, PrintWriter err) {
        if (options.model.inventory != null || options.model.state != null) {
            err.println(NAME + ": --benchmark generates its datacenter; it takes --hosts, --vms and --seed only");
            return LaunchException.BAD_INPUT;
        }
        int hosts = options.model.hosts == null ? LaunchOptions.BENCHMARK_HOSTS : options.model.hosts;
        int vms = options.model.vms == null ? LaunchOptions.BENCHMARK_VMS : options.model.vms;
        if (hosts < 1 || vms < 0) {
            err.println(NAME + ": --hosts must be at least 1 and --vms not negative");
            return LaunchException.BAD_INPUT;
        }
        Benchmark.run(out, hosts, vms, options.model.seed == null ? LoadOptions.DEFAULT_SEED : options.model.seed);
        return 0;
    }

    private static int serve(LaunchOptions options, PrintWriter out, PrintWriter err) {
        ReferenceInstance reference;
        try {
            reference = new Startup(options, out, err).start();
        } catch (LaunchException e) {
            err.println(NAME + ": " + e.getMessage());
            return e.exitCode();
        }
        PrintWriter lines = options.exportsToStdout() ? err : out;
        for (Map.Entry<String, String> e : reference.endpoints().entrySet()) {
            // only served URLs are announced (REF-LAUNCH-001); facts such as the WBEM namespaces go to the
            // endpoints file alone
            if (e.getValue().contains("://")) {
                lines.println("endpoint " + e.getKey() + " " + e.getValue());
            }
        }
        lines.println("ready");
        lines.flush();
        Datacenter dc = reference.datacenter();
        err.println("reference: " + dc.hosts().size() + " hosts, " + dc.systems().size() + " systems, seed "
                + dc.seed() + (reference.deviations().isEmpty() ? "" : ", deviations " + reference.deviations()));
        err.flush();
        if (options.exitAfterStart) {
            reference.close();
            return 0;
        }
        Thread hook = new Thread(reference::close, NAME + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            reference.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reference.close();
        }
        return 0;
    }
}
