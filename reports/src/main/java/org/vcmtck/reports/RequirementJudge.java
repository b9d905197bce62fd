package org.vcmtck.reports;

import java.util.List;
import java.util.Optional;
import org.vcmtck.profiles.Applicability;
import org.vcmtck.profiles.Requirement;
import org.vcmtck.profiles.registration.ProfileDiscovery;
import org.vcmtck.profiles.target.Claims;

/**
 * Decides one requirement's status from the target's claims and the scenarios tagged with it. Only a FAILED
 * scenario fails a requirement: undefined and pending steps are defects of the suite, not of the target, so
 * they leave the requirement NOT_TESTED.
 */
final class RequirementJudge {

    static final String STEP_NOT_IMPLEMENTED = "step not implemented";

    private final Claims claims;
    private final ProfileDiscovery discovery;

    RequirementJudge(Claims claims) {
        this(claims, ProfileDiscovery.none());
    }

    /** A judge whose "not claimed" notes say when the reason is the target's own profile registrations. */
    RequirementJudge(Claims claims, ProfileDiscovery discovery) {
        this.claims = claims;
        this.discovery = discovery;
    }

    RequirementResult judge(Requirement requirement, List<ScenarioOutcome> scenarios) {
        List<ScenarioRef> refs = scenarios.stream().map(ScenarioOutcome::ref).toList();
        if (!claims.claimsStandard(requirement.standard())) {
            String note = discovery.unclaimedReason(requirement.standard())
                    .orElse("standard " + requirement.standard() + " is not claimed by the target");
            return new RequirementResult(requirement, RequirementStatus.NOT_APPLICABLE, note, refs, Optional.empty());
        }
        Optional<String> feature = requirement.optionalFeature();
        if (feature.isPresent() && !claims.claimsFeature(feature.get())) {
            return new RequirementResult(requirement, RequirementStatus.NOT_APPLICABLE,
                    "optional feature " + feature.get() + " is not claimed by the target", refs, Optional.empty());
        }
        Optional<ScenarioOutcome> failed = first(scenarios, Outcome.FAILED);
        if (failed.isPresent()) {
            long count = scenarios.stream().filter(s -> s.status() == Outcome.FAILED).count();
            String note = count > 1 ? count + " of " + scenarios.size() + " scenarios failed" : "";
            return decided(requirement, RequirementStatus.FAILED, note, refs, failed.get());
        }
        Optional<ScenarioOutcome> glueless = scenarios.stream().filter(s -> s.status().isSuiteDefect()).findFirst();
        Optional<ScenarioOutcome> passed = first(scenarios, Outcome.PASSED);
        if (passed.isPresent()) {
            String note = glueless.isPresent() ? "passed; another scenario has a " + STEP_NOT_IMPLEMENTED : "";
            return decided(requirement, RequirementStatus.PASSED, note, refs, passed.get());
        }
        if (glueless.isPresent()) {
            return decided(requirement, RequirementStatus.NOT_TESTED, STEP_NOT_IMPLEMENTED, refs, glueless.get());
        }
        // only now, with no verdict from any scenario: a check that ran always says more than the catalogue's note
        Optional<Applicability> applies = requirement.applicability()
                .filter(a -> a.notApplicableTo(claims::claimsFeature));
        if (applies.isPresent()) {
            return new RequirementResult(requirement, RequirementStatus.NOT_APPLICABLE,
                    applies.get().note(claims::claimsFeature), refs, Optional.empty());
        }
        if (scenarios.isEmpty()) {
            return new RequirementResult(requirement, RequirementStatus.NOT_TESTED, "no scenario of this run cites it",
                    refs, Optional.empty());
        }
        return decided(requirement, RequirementStatus.NOT_TESTED, "every scenario citing it was skipped", refs,
                scenarios.get(0));
    }

    private static Optional<ScenarioOutcome> first(List<ScenarioOutcome> scenarios, Outcome outcome) {
        return scenarios.stream().filter(s -> s.status() == outcome).findFirst();
    }

    private static RequirementResult decided(Requirement requirement, RequirementStatus status, String note,
            List<ScenarioRef> refs, ScenarioOutcome decider) {
        return new RequirementResult(requirement, status, note, refs, Optional.of(EvidenceExcerpt.of(decider)));
    }
}
