package org.vcmtck.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vcmtck.profiles.Requirement;

/**
 * The report line of one requirement.
 *
 * @param requirement the catalogue entry
 * @param status      what the run established
 * @param note        why, when the status alone does not say it (e.g. "step not implemented"); empty otherwise
 * @param scenarios   every scenario tagged with the requirement, in run order
 * @param evidence    the error message and attachments of the scenario that decided the status, if one did
 */
public record RequirementResult(Requirement requirement, RequirementStatus status, String note,
                                List<ScenarioRef> scenarios, Optional<EvidenceExcerpt> evidence) {

    public RequirementResult {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(evidence, "evidence");
    }

    public String id() {
        return requirement.id();
    }
}
