package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.VirtualSystem;

import java.io.PrintWriter;

/** Runs a parsed {@link SystemsCommand}: builds the datacenter and prints {@code system <name> <id>} per system. */
final class SystemsRun {
    private SystemsRun() {
    }

    /** Returns the exit code; messages go to {@code err} prefixed with {@code name}. */
    static int run(SystemsCommand command, PrintWriter out, PrintWriter err, String name) {
        Datacenter dc;
        try {
            dc = new Startup(command.modelOptions(), out, err).datacenterOnly();
        } catch (LaunchException e) {
            err.println(name + " systems: " + e.getMessage());
            return e.exitCode();
        }
        for (VirtualSystem vs : dc.systems()) {
            out.println("system " + vs.name() + " " + vs.id());
        }
        return 0;
    }
}
