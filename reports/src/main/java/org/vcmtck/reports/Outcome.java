package org.vcmtck.reports;

import java.util.Locale;
import java.util.Optional;

/** How one scenario (or one step) of a Cucumber run ended. */
public enum Outcome {
    PASSED(0),
    SKIPPED(1),
    PENDING(2),
    UNDEFINED(3),
    FAILED(4);

    /** Higher is worse: a scenario is as bad as its worst step. */
    private final int severity;

    Outcome(int severity) {
        this.severity = severity;
    }

    /** The worse of the two outcomes. */
    public Outcome worse(Outcome other) {
        return other.severity > severity ? other : this;
    }

    /** True for the outcomes that mean the suite itself lacks glue code, not that the target misbehaved. */
    public boolean isSuiteDefect() {
        return this == UNDEFINED || this == PENDING;
    }

    /**
     * Maps a Cucumber JSON step status. "ambiguous" (two step definitions match) is a defect of the suite like
     * an undefined step; "unused" is a step Cucumber never reached.
     */
    public static Optional<Outcome> fromCucumberStatus(String status) {
        if (status == null) {
            return Optional.empty();
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "passed" -> Optional.of(PASSED);
            case "failed" -> Optional.of(FAILED);
            case "skipped", "unused" -> Optional.of(SKIPPED);
            case "pending" -> Optional.of(PENDING);
            case "undefined", "ambiguous" -> Optional.of(UNDEFINED);
            default -> Optional.empty();
        };
    }
}
