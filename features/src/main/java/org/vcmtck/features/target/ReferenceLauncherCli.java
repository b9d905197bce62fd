package org.vcmtck.features.target;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.vcmtck.simulator.launcher.Launcher;

/**
 * Runs the reference launcher's command line in this process and captures what it prints, so scenarios about
 * the launcher contract observe only its public behaviour: arguments in; exit code, output and files out.
 */
public final class ReferenceLauncherCli {

    private ReferenceLauncherCli() {
    }

    /** Runs {@code vcmtck-simulator} with the arguments; it must be told {@code --exit-after-start} to return. */
    public static Result run(List<String> arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exit = Launcher.run(o, e, arguments.toArray(String[]::new));
        }
        return new Result(List.copyOf(arguments), exit, out.toString(), err.toString());
    }

    /** What one launcher invocation did. */
    public record Result(List<String> arguments, int exitCode, String out, String err) {

        public List<String> outLines() {
            return out.lines().toList();
        }

        /** A compact transcript for failure messages and report evidence. */
        public String transcript() {
            return "$ vcmtck-simulator " + String.join(" ", arguments) + "\n" + out
                    + (err.isEmpty() ? "" : "[stderr]\n" + err) + "[exit " + exitCode + "]";
        }
    }
}
