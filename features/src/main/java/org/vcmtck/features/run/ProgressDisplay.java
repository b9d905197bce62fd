package org.vcmtck.features.run;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a run shows while its scenarios execute: a scenario counter and the current feature on the progress
 * stream, and with {@code verbose} each finished scenario with its outcome on the scenario stream. On a terminal
 * the progress is one line rewritten in place ({@code \r}); elsewhere (CI logs, files) one plain line per feature,
 * so logs stay short and readable.
 */
public final class ProgressDisplay {

    private static final int MAX_WIDTH = 100;

    private final PrintWriter progress;
    private final PrintWriter scenarios;
    private final boolean terminal;
    private final boolean verbose;

    private String feature = "";
    private int started;
    private int finished;
    private int failed;
    private int shownWidth;

    /**
     * @param progress  where the counter goes (stderr)
     * @param scenarios where per-scenario lines go when {@code verbose} (stdout)
     * @param terminal  whether the progress stream is a terminal ({@code System.console() != null})
     */
    public ProgressDisplay(PrintWriter progress, PrintWriter scenarios, boolean terminal, boolean verbose) {
        this.progress = progress;
        this.scenarios = scenarios;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    public synchronized void scenarioStarted(String featureUri) {
        started++;
        String current = shortFeature(featureUri);
        boolean newFeature = !current.equals(feature);
        feature = current;
        if (terminal) {
            redraw();
        } else if (newFeature) {
            progress.println("vcmtck: scenario " + started + ": " + feature);
            progress.flush();
        }
    }

    public synchronized void scenarioFinished(String featureUri, String scenarioName, String status) {
        finished++;
        String outcome = status.toUpperCase(Locale.ROOT);
        if (outcome.equals("FAILED")) {
            failed++;
        }
        if (verbose) {
            clear();
            scenarios.println(String.format("%-9s %s: %s", outcome, shortFeature(featureUri), scenarioName));
            scenarios.flush();
        }
        if (terminal) {
            redraw();
        }
    }

    /** The closing line: how many scenarios ran and failed. */
    public synchronized void runFinished() {
        clear();
        progress.println("vcmtck: " + finished + " scenario" + (finished == 1 ? "" : "s") + " run, " + failed
                + " failed");
        progress.flush();
    }

    public synchronized int finishedScenarios() {
        return finished;
    }

    private void redraw() {
        String line = "vcmtck: scenario " + started + (failed > 0 ? " (" + failed + " failed)" : "") + " · " + feature;
        if (line.length() > MAX_WIDTH) {
            line = line.substring(0, MAX_WIDTH - 1) + "…";
        }
        // pad over what the previous line left on screen
        String padding = " ".repeat(Math.max(0, shownWidth - line.length()));
        progress.print("\r" + line + padding);
        progress.flush();
        shownWidth = line.length();
    }

    private void clear() {
        if (terminal && shownWidth > 0) {
            progress.print("\r" + " ".repeat(shownWidth) + "\r");
            progress.flush();
            shownWidth = 0;
        }
    }

    /**
     * {@code classpath:features/cim/x.feature} → {@code cim/x.feature}; a file → its path relative to the working
     * folder when it lies below it, else its absolute path.
     */
    static String shortFeature(String uri) {
        String text = uri == null ? "" : uri;
        String shipped = "classpath:" + ConformanceScenarios.FEATURES_ROOT + "/";
        if (text.startsWith(shipped)) {
            return text.substring(shipped.length());
        }
        if (text.startsWith("file:")) {
            try {
                Path file = Path.of(URI.create(text));
                Path here = Path.of("").toAbsolutePath();
                return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
        return text;
    }
}
