package org.vcmtck.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The results gathered for one scenario while its background, hooks and steps are read, in execution order.
 * It decides the scenario's status, duration and error message once everything is in.
 */
final class ScenarioSteps {

    private int steps;
    private Outcome worst = Outcome.PASSED;
    private boolean hookFailed;
    private long durationNanos;
    private final List<StepResult> results = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();

    /** The result of one step or hook; {@code text} is the step's keyword and name, empty for hooks. */
    record StepResult(Outcome status, String errorMessage, String text) {
    }

    void addStep(StepResult result, long duration) {
        steps++;
        add(result, duration);
    }

    void addHook(StepResult result, long duration) {
        hookFailed |= result.status() == Outcome.FAILED;
        add(result, duration);
    }

    private void add(StepResult result, long duration) {
        results.add(result);
        worst = worst.worse(result.status());
        durationNanos += Math.max(0, duration);
    }

    void addEvidence(Evidence item) {
        evidence.add(item);
    }

    void addAll(ScenarioSteps background) {
        steps += background.steps;
        worst = worst.worse(background.worst);
        hookFailed |= background.hookFailed;
        durationNanos += background.durationNanos;
        results.addAll(background.results);
        evidence.addAll(background.evidence);
    }

    Outcome status() {
        if (steps == 0) {
            // nothing was checked; only a crashing hook is worth more than "skipped"
            return hookFailed ? Outcome.FAILED : Outcome.SKIPPED;
        }
        return worst;
    }

    long durationNanos() {
        return durationNanos;
    }

    List<Evidence> evidence() {
        return evidence;
    }

    /** The message of the first step that has the scenario's status; a made-up one for glue-less steps. */
    String errorMessage() {
        Outcome status = status();
        if (status == Outcome.PASSED) {
            return "";
        }
        for (StepResult result : results) {
            if (result.status() == status && !result.errorMessage().isEmpty()) {
                return TextCap.cap(result.errorMessage(), TextCap.EVIDENCE_LIMIT);
            }
        }
        for (StepResult result : results) {
            if (result.status() == status && status.isSuiteDefect()) {
                String what = status == Outcome.UNDEFINED ? "step not implemented" : "step pending";
                return result.text().isEmpty() ? what : what + ": " + result.text();
            }
        }
        return "";
    }
}
