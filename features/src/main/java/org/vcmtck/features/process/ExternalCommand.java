package org.vcmtck.features.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command of a target file: directly (no shell, so no argument is ever re-interpreted), with standard
 * input closed, its output drained and capped, under a timeout after which it is stopped with every process it
 * started. Shared by the OVF consumer and producer adapters so both treat a vendor's tool the same way.
 */
public final class ExternalCommand {

    /** Per stream: enough for any sensible transcript, small enough that a runaway tool cannot hurt. */
    public static final int DEFAULT_OUTPUT_LIMIT = 4 * 1024 * 1024;
    /** After the command ends, how long its output may still take to arrive before it is given up. */
    private static final long DRAIN_MILLIS = 5_000;

    private ExternalCommand() {
    }

    /**
     * How a command ended.
     *
     * @param exitCode the exit code, -1 when it was stopped
     * @param timedOut whether it ran past the timeout and was stopped
     * @param stdout   standard output, cut at the output limit (with a line saying so)
     * @param stderr   standard error, cut likewise
     * @param took     wall time from start to end
     */
    public record Finished(int exitCode, boolean timedOut, String stdout, String stderr, Duration took) {

        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    /** The command could not be started at all (no such program, not executable, bad working directory). */
    public static final class NotStarted extends Exception {
        private final List<String> command;

        NotStarted(List<String> command, IOException cause) {
            super("cannot start '" + String.join(" ", command) + "': " + cause.getMessage(), cause);
            this.command = List.copyOf(command);
        }

        public List<String> command() {
            return command;
        }
    }

    /**
     * Runs {@code arguments} and waits for it.
     *
     * @param directory   the working directory, null for the suite's own
     * @param outputLimit bytes of standard output and of standard error kept
     * @throws NotStarted           when the program cannot be started
     * @throws InterruptedException when the calling thread is interrupted (the command is stopped first)
     */
    public static Finished run(List<String> arguments, Path directory, Duration timeout, int outputLimit)
            throws NotStarted, InterruptedException {
        if (outputLimit < 1) {
            throw new IllegalArgumentException("outputLimit must be positive, was " + outputLimit);
        }
        ProcessBuilder builder = new ProcessBuilder(arguments);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new NotStarted(arguments, e);
        }
        try {
            process.getOutputStream().close(); // a tool that asks a question gets end-of-input, not a hang
        } catch (IOException e) {
            // already gone: nothing to close
        }
        CappedOutput stdout = CappedOutput.start(process.getInputStream(), outputLimit, "command-stdout");
        CappedOutput stderr = CappedOutput.start(process.getErrorStream(), outputLimit, "command-stderr");
        boolean timedOut = false;
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                stopTree(process);
            }
            stdout.awaitEnd(DRAIN_MILLIS);
            stderr.awaitEnd(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            stopTree(process);
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Finished(timedOut ? -1 : process.exitValue(), timedOut, stdout.text(), stderr.text(), took);
    }

    /** Children first: once the parent is gone they are re-parented and can no longer be found through it. */
    private static void stopTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
