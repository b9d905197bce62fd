package org.vcmtck.features.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The {@code vcmtck} command line run in-process, keeping what it printed for the assertions of the CLI tests. */
final class CapturedCli {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs the command line with {@code args}; output accumulates across calls. */
    int execute(String... args) {
        CommandLine cli = VcmtckCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
