package org.vcmtck.reports;

import java.util.List;
import java.util.Objects;

/**
 * What the scenario that decided a requirement's status left behind.
 *
 * @param scenario     the deciding scenario
 * @param errorMessage its error message, empty when it has none
 * @param evidence     what it attached or logged
 */
public record EvidenceExcerpt(ScenarioRef scenario, String errorMessage, List<Evidence> evidence) {

    public EvidenceExcerpt {
        Objects.requireNonNull(scenario, "scenario");
        errorMessage = errorMessage == null ? "" : errorMessage;
        evidence = List.copyOf(evidence);
    }

    static EvidenceExcerpt of(ScenarioOutcome outcome) {
        return new EvidenceExcerpt(outcome.ref(), outcome.errorMessage(), outcome.evidence());
    }

    public boolean isEmpty() {
        return errorMessage.isEmpty() && evidence.isEmpty();
    }
}
