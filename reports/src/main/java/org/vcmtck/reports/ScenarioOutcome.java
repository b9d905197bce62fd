package org.vcmtck.reports;

import java.util.List;
import java.util.Objects;

/**
 * One executed scenario of a Cucumber run (a background's steps are folded into the scenario that follows it).
 *
 * @param featureUri    the feature file's URI as Cucumber reports it
 * @param featureName   the feature's name
 * @param scenarioName  the scenario's name (an outline example keeps the outline's name)
 * @param line          the scenario's line in the feature file
 * @param tags          its tags with their {@code @}, the feature's tags included
 * @param status        the worst status of its steps and hooks; SKIPPED when it has no steps
 * @param durationNanos the sum of its step and hook durations
 * @param errorMessage  the error message of the step that decided the status, empty when there is none
 * @param evidence      what its steps attached or logged, in order
 */
public record ScenarioOutcome(
        String featureUri,
        String featureName,
        String scenarioName,
        int line,
        List<String> tags,
        Outcome status,
        long durationNanos,
        String errorMessage,
        List<Evidence> evidence) {

    public ScenarioOutcome {
        featureUri = featureUri == null ? "" : featureUri;
        featureName = featureName == null ? "" : featureName;
        scenarioName = scenarioName == null ? "" : scenarioName;
        tags = List.copyOf(tags);
        Objects.requireNonNull(status, "status");
        errorMessage = errorMessage == null ? "" : errorMessage;
        evidence = List.copyOf(evidence);
    }

    /** True when the scenario carries the tag; accepts the tag with or without its {@code @}. */
    public boolean hasTag(String tag) {
        String wanted = tag.startsWith("@") ? tag : "@" + tag;
        return tags.contains(wanted);
    }

    /** A short reference to this scenario for the report. */
    public ScenarioRef ref() {
        return new ScenarioRef(featureUri, scenarioName, line, status);
    }
}
