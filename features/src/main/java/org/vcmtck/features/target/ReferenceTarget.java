package org.vcmtck.features.target;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vcmtck.profiles.target.ReferenceOptions;
import org.vcmtck.simulator.launcher.LaunchException;
import org.vcmtck.simulator.launcher.Launcher;
import org.vcmtck.simulator.launcher.RunningReference;

/**
 * Starts the built-in reference in this process, through the launcher's command-line contract only: the suite
 * sees it exactly as it would see a reference started with {@code java -jar vcmtck-simulator.jar}. This is the
 * one place of the checker that touches simulator classes.
 */
public final class ReferenceTarget implements AutoCloseable {

    private final RunningReference running;
    private final List<String> arguments;

    private ReferenceTarget(RunningReference running, List<String> arguments) {
        this.running = running;
        this.arguments = List.copyOf(arguments);
    }

    /** Starts a reference with the target file's options; a bad option or inventory raises {@link StartFailure}. */
    public static ReferenceTarget start(ReferenceOptions options) throws StartFailure {
        List<String> args = launcherArguments(options);
        try {
            return new ReferenceTarget(Launcher.start(args.toArray(String[]::new)), args);
        } catch (LaunchException e) {
            throw new StartFailure(e.exitCode(), e.getMessage());
        }
    }

    /** The launcher command line equivalent to the options, so the report can say how to reproduce the run. */
    public static List<String> launcherArguments(ReferenceOptions options) {
        List<String> args = modelArguments(options);
        args.add("--job-ticks");
        args.add(Integer.toString(options.jobTicks()));
        for (String deviation : options.deviations()) {
            args.add("--deviate");
            args.add(deviation);
        }
        return args;
    }

    /** The options deciding the datacenter, common to the serving and the export commands. */
    private static List<String> modelArguments(ReferenceOptions options) {
        List<String> args = new ArrayList<>();
        args.add("--seed");
        args.add(Long.toString(options.seed()));
        if (options.inventory() != null) {
            args.add("--inventory");
            args.add(options.inventory().toString());
        } else {
            args.add("--hosts");
            args.add(Integer.toString(options.hosts()));
            args.add("--vms");
            args.add(Integer.toString(options.vms()));
        }
        return args;
    }

    /**
     * Has the reference export its datacenter as OVF packages, through its {@code export} command, in every form
     * it offers (OVA and directory, OVF 1.1 and 2.0), into the folder; returns the packages written. These are the
     * packages the OVF producer checks read.
     */
    public static List<Path> exportOvfPackages(ReferenceOptions options, Path folder) throws StartFailure {
        List<Path> packages = new ArrayList<>();
        for (String format : List.of("ova", "dir")) {
            for (String version : List.of("2.0", "1.1")) {
                List<String> args = new ArrayList<>(List.of("export", "--all", "--format", format,
                        "--ovf-version", version, "--out", folder.resolve(format + "-" + version).toString()));
                args.addAll(modelArguments(options));
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int exit;
                try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
                    exit = Launcher.run(o, e, args.toArray(String[]::new));
                }
                if (exit != 0) {
                    throw new StartFailure(exit, "the reference could not export OVF packages ("
                            + String.join(" ", args) + "): " + err.toString().strip());
                }
                out.toString().lines().filter(line -> line.startsWith("package "))
                        .map(line -> Path.of(line.substring("package ".length()).strip()))
                        .forEach(packages::add);
            }
        }
        return packages;
    }

    public Map<String, String> endpoints() {
        return running.endpoints();
    }

    public List<String> arguments() {
        return arguments;
    }

    @Override
    public void close() {
        running.close();
    }

    /** The reference refused to start; {@link #exitCode()} is the launcher's (2 = bad inventory or option). */
    public static final class StartFailure extends Exception {
        private final int exitCode;

        public StartFailure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
