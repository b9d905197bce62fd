package org.vcmtck.features.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.vcmtck.features.process.ExternalCommand;
import org.vcmtck.profiles.target.OvfExportCommand;

/**
 * Runs the target file's {@code producer:} export command once and finds the packages it wrote, so the OVF producer
 * scenarios check them next to {@code endpoints.ovf}. The command runs like every target command (no shell, standard
 * input closed, output capped, stopped with its children at the timeout), in a fresh folder of the run's scratch
 * space; {@code {outdir}} is an empty sub-folder of it, and the packages in it are found the same way as for an
 * {@code endpoints.ovf} folder.
 */
public final class ProducerExport {

    /** Standard error quoted in a failure: the end of it, where tools put the reason they gave up. */
    static final int QUOTED_STDERR_CHARS = 2_000;

    private ProducerExport() {
    }

    /** What running the export command gave. */
    public sealed interface Outcome permits Exported, Failed, NotStarted {
    }

    /**
     * The command exited 0 and left packages in its output folder.
     *
     * @param packages each {@code .ova}, loose {@code .ovf} and {@code .ovf} of a sub-folder, sorted by name
     * @param outDir   the folder given as {@code {outdir}}
     * @param took     how long the command ran
     */
    public record Exported(List<Path> packages, Path outDir, Duration took) implements Outcome {
        public Exported {
            packages = List.copyOf(packages);
        }
    }

    /**
     * The command ran but produced nothing to check: it exited non-zero, ran past its timeout, or wrote no package.
     *
     * @param command  the command line as run
     * @param exitCode its exit code, -1 when it was stopped or did not get to run
     * @param timedOut whether it was stopped at the timeout
     * @param stderr   its standard error (capped)
     * @param reason   one message naming the command, what went wrong and the end of its standard error
     */
    public record Failed(List<String> command, int exitCode, boolean timedOut, String stderr, String reason)
            implements Outcome {
        public Failed {
            command = List.copyOf(command);
        }
    }

    /**
     * The command cannot be started at all: the target file names a program that is not there or cannot run.
     *
     * @param command the command line that was to run
     * @param reason  the message naming the command and why it did not start
     */
    public record NotStarted(List<String> command, String reason) implements Outcome {
        public NotStarted {
            command = List.copyOf(command);
        }
    }

    /** Runs the export, keeping {@link ExternalCommand#DEFAULT_OUTPUT_LIMIT} bytes of each output stream. */
    public static Outcome run(OvfExportCommand export, Path scratch) {
        return run(export, scratch, ExternalCommand.DEFAULT_OUTPUT_LIMIT);
    }

    /**
     * Runs the export in a new folder under {@code scratch}.
     *
     * @param outputLimit bytes of standard output and of standard error kept
     */
    public static Outcome run(OvfExportCommand export, Path scratch, int outputLimit) {
        Path workDir;
        Path outDir;
        try {
            Files.createDirectories(scratch);
            workDir = Files.createTempDirectory(scratch, "producer-export-");
            outDir = Files.createDirectory(workDir.resolve("out"));
        } catch (IOException e) {
            List<String> written = export.export().arguments();
            return new Failed(written, -1, false, "", "cannot create the folder for the target's export command '"
                    + String.join(" ", written) + "' under " + scratch + ": " + e.getMessage());
        }
        List<String> command = export.exportCommand(outDir);
        String shown = "the target's export command '" + String.join(" ", command) + "'";
        ExternalCommand.Finished finished;
        try {
            finished = ExternalCommand.run(command, workDir, export.timeout(), outputLimit);
        } catch (ExternalCommand.NotStarted e) {
            return new NotStarted(command, "cannot start " + shown + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(command, -1, false, "", "interrupted while waiting for " + shown);
        }
        if (finished.timedOut()) {
            return failed(command, finished, shown + " was stopped after " + export.timeout().toSeconds()
                    + " s (producer.timeoutSeconds)");
        }
        if (finished.exitCode() != 0) {
            return failed(command, finished, shown + " failed with exit code " + finished.exitCode());
        }
        OvfPackages.Resolution found = OvfPackages.resolve(List.of(outDir + "/"));
        if (found.packages().isEmpty()) {
            return failed(command, finished, shown + " exited 0 but left nothing to check: "
                    + String.join("; ", found.missing()));
        }
        return new Exported(found.packages(), outDir, finished.took());
    }

    private static Failed failed(List<String> command, ExternalCommand.Finished finished, String what) {
        String stderr = finished.stderr().strip();
        String reason = stderr.isEmpty() ? what + " (nothing on standard error)"
                : what + "; standard error" + (stderr.length() > QUOTED_STDERR_CHARS ? " (end)" : "") + ":\n"
                        + tail(stderr);
        return new Failed(command, finished.exitCode(), finished.timedOut(), finished.stderr(), reason);
    }

    private static String tail(String text) {
        return text.length() <= QUOTED_STDERR_CHARS ? text : text.substring(text.length() - QUOTED_STDERR_CHARS);
    }
}
