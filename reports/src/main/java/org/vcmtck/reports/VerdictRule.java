package org.vcmtck.reports;

import java.util.List;
import org.vcmtck.profiles.Level;

/** Turns requirement statuses into a verdict per standard, and standard verdicts into the run's verdict. */
final class VerdictRule {

    private VerdictRule() {
    }

    static Verdict forStandard(boolean claimed, List<RequirementResult> requirements) {
        if (!claimed) {
            return Verdict.NOT_APPLICABLE;
        }
        if (requirements.stream().anyMatch(r -> r.status() == RequirementStatus.FAILED)) {
            return Verdict.NOT_CONFORMANT;
        }
        boolean everyMustPassed = requirements.stream()
                .filter(r -> r.requirement().level() == Level.MUST)
                .filter(r -> r.status() != RequirementStatus.NOT_APPLICABLE)
                .allMatch(r -> r.status() == RequirementStatus.PASSED);
        // conformance is a claim backed by evidence: with nothing passed there is nothing to back it
        boolean anythingPassed = requirements.stream().anyMatch(r -> r.status() == RequirementStatus.PASSED);
        return everyMustPassed && anythingPassed ? Verdict.CONFORMANT : Verdict.INCOMPLETE;
    }

    static Verdict overall(List<Verdict> standardVerdicts) {
        if (standardVerdicts.contains(Verdict.NOT_CONFORMANT)) {
            return Verdict.NOT_CONFORMANT;
        }
        List<Verdict> applicable = standardVerdicts.stream().filter(v -> v != Verdict.NOT_APPLICABLE).toList();
        if (applicable.isEmpty()) {
            return Verdict.NOT_APPLICABLE;
        }
        return applicable.stream().allMatch(v -> v == Verdict.CONFORMANT) ? Verdict.CONFORMANT : Verdict.INCOMPLETE;
    }
}
