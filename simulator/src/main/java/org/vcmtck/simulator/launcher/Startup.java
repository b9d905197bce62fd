package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.frontend.FrontEndStartException;
import org.vcmtck.simulator.frontend.FrontEnds;
import org.vcmtck.simulator.inventory.InventoryException;
import org.vcmtck.simulator.inventory.InventoryLoader;
import org.vcmtck.simulator.inventory.LoadOptions;
import org.vcmtck.simulator.inventory.SnapshotCodec;
import org.vcmtck.simulator.inventory.StateFile;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.ModelException;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Brings a reference up from parsed options, in the order the launcher promises: datacenter (state file, else
 * inventory, else generator), state file attached, front ends started, endpoints file and export written.
 * A failure undoes what was started.
 */
final class Startup {
    private final LaunchOptions options;
    private final PrintWriter stdout;
    private final PrintWriter notes;

    Startup(LaunchOptions options, PrintWriter stdout, PrintWriter notes) {
        this.options = options;
        this.stdout = stdout;
        this.notes = notes;
    }

    ReferenceInstance start() throws LaunchException {
        validate();
        List<String> deviations = Deviations.check(options.deviations);
        InetAddress bind = bindAddress();
        StateFile state = options.model.state == null ? null
                : new StateFile(options.model.state, message -> {
                    notes.println(message);
                    notes.flush();
                });
        Datacenter dc = datacenter(state);
        boolean attached = false;
        FrontEnds frontEnds = null;
        try {
            if (state != null) {
                state.attach(dc);
                attached = true;
            }
            frontEnds = FrontEnds.start(FrontEnds.discover(Launcher.class.getClassLoader()), dc, bind, options.port,
                    frontEndSettings());
            ReferenceInstance instance = new ReferenceInstance(dc, frontEnds, state, deviations,
                    ClockDriver.start(dc, options.tickMillis));
            if (options.endpointsFile != null) {
                EndpointsFile.write(options.endpointsFile, instance.endpoints());
            }
            export(dc);
            return instance;
        } catch (FrontEndStartException e) {
            undo(null, attached ? state : null);
            throw new LaunchException(LaunchException.FAILURE, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            undo(frontEnds, attached ? state : null);
            throw new LaunchException(LaunchException.FAILURE, "cannot start: " + e.getMessage(), e);
        }
    }

    /**
     * The datacenter the launcher would start with (state file if it exists, else inventory, else generator),
     * without front ends and without creating or attaching a state file. Used by commands such as export.
     */
    Datacenter datacenterOnly() throws LaunchException {
        validate();
        StateFile state = options.model.state == null ? null
                : new StateFile(options.model.state, message -> {
                    notes.println(message);
                    notes.flush();
                });
        return datacenter(state);
    }

    private void validate() throws LaunchException {
        if (options.model.inventory != null && (options.model.hosts != null || options.model.vms != null)) {
            throw usage("--hosts and --vms generate a datacenter; they cannot be combined with --inventory");
        }
        if (options.model.hosts != null && options.model.hosts < 1) {
            throw usage("--hosts must be at least 1, was " + options.model.hosts);
        }
        if (options.model.vms != null && options.model.vms < 0) {
            throw usage("--vms must not be negative, was " + options.model.vms);
        }
        if (options.tickMillis < 0) {
            throw usage("--tick-millis must not be negative, was " + options.tickMillis);
        }
        if (options.jobTicks != null && options.jobTicks < 0) {
            throw usage("--job-ticks must not be negative, was " + options.jobTicks);
        }
        if (options.port < 0 || options.port > 65_535) {
            throw usage("--port must be in 0..65535, was " + options.port);
        }
    }

    private InetAddress bindAddress() throws LaunchException {
        try {
            return InetAddress.getByName(options.bind);
        } catch (UnknownHostException e) {
            throw usage("--bind: unknown address '" + options.bind + "'");
        }
    }

    private Datacenter datacenter(StateFile state) throws LaunchException {
        try {
            if (state != null && state.exists()) {
                notes.println("state: restoring " + options.model.state + "; it wins over --inventory, --hosts, --vms,"
                        + " --seed and --job-ticks");
                notes.flush();
                return state.load();
            }
            if (options.model.inventory != null) {
                return InventoryLoader.load(options.model.inventory, new LoadOptions(options.model.seed, options.jobTicks));
            }
            return InventoryGenerator.generate(
                    options.model.hosts == null ? LaunchOptions.DEFAULT_HOSTS : options.model.hosts,
                    options.model.vms == null ? LaunchOptions.DEFAULT_VMS : options.model.vms,
                    options.model.seed == null ? LoadOptions.DEFAULT_SEED : options.model.seed,
                    new DatacenterOptions(options.jobTicks == null ? 0 : options.jobTicks));
        } catch (InventoryException e) {
            throw new LaunchException(LaunchException.BAD_INPUT, e.getMessage(), e);
        } catch (ModelException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * The settings given on the command line, plus the inventory file as {@code cimi.users} and {@code wbem.users}:
     * its {@code users:} list protects the CIMI and WBEM endpoints (an explicit setting wins; a state file does not
     * hold users).
     */
    private java.util.Map<String, String> frontEndSettings() {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>(options.frontEndSettings);
        if (options.model.inventory != null) {
            settings.putIfAbsent("cimi.users", options.model.inventory.toString());
            settings.putIfAbsent("wbem.users", options.model.inventory.toString());
        }
        return settings;
    }

    private void export(Datacenter dc) throws IOException {
        if (options.exportInventory == null) {
            return;
        }
        String yaml = SnapshotCodec.toYaml(dc.snapshot());
        if (options.exportsToStdout()) {
            stdout.print(yaml);
            stdout.flush();
            return;
        }
        Path target = Paths.get(options.exportInventory);
        Files.writeString(target, yaml, StandardCharsets.UTF_8);
    }

    private static void undo(FrontEnds frontEnds, StateFile state) {
        if (frontEnds != null) {
            frontEnds.stop();
        }
        if (state != null) {
            try {
                state.detach();
            } catch (IOException ignored) {
                // the start already failed; the state file keeps its last good content
            }
        }
    }

    private static LaunchException usage(String message) {
        return new LaunchException(LaunchException.BAD_INPUT, message);
    }
}
