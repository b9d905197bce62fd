package org.vcmtck.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a run judged against the catalogue and the target's claims.
 *
 * @param run                provenance
 * @param verdict            the overall verdict: NOT_CONFORMANT if any standard is, CONFORMANT if every claimed
 *                           standard is, NOT_APPLICABLE if nothing is claimed, INCOMPLETE otherwise
 * @param standards          one section per catalogue standard, in catalogue order
 * @param totals             requirements per status over all standards
 * @param scenarioCounts     scenarios per outcome (every outcome present, zero included)
 * @param unknownTags        scenario tags the catalogue does not know, sorted; reported, never dropped
 * @param untracedScenarios  scenarios that cite no requirement, in run order
 * @param ovfPackages        the OVF packages the run examined, with their portability (informative only: never
 *                           part of a verdict), in the order the run examined them
 */
public record ConformanceReport(RunInfo run, Verdict verdict, List<StandardResult> standards, StatusCounts totals,
                                Map<Outcome, Integer> scenarioCounts, List<String> unknownTags,
                                List<ScenarioRef> untracedScenarios, List<OvfPackageNote> ovfPackages) {

    public ConformanceReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(verdict, "verdict");
        standards = List.copyOf(standards);
        Objects.requireNonNull(totals, "totals");
        EnumMap<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, scenarioCounts.getOrDefault(outcome, 0));
        }
        scenarioCounts = Collections.unmodifiableMap(counts);
        unknownTags = List.copyOf(unknownTags);
        untracedScenarios = List.copyOf(untracedScenarios);
        ovfPackages = ovfPackages == null ? List.of() : List.copyOf(ovfPackages);
    }

    /** A report that examined no OVF package; kept so callers from before package notes still compile. */
    public ConformanceReport(RunInfo run, Verdict verdict, List<StandardResult> standards, StatusCounts totals,
                             Map<Outcome, Integer> scenarioCounts, List<String> unknownTags,
                             List<ScenarioRef> untracedScenarios) {
        this(run, verdict, standards, totals, scenarioCounts, unknownTags, untracedScenarios, List.of());
    }

    /**
     * This report with its OVF package notes replaced. Package notes come from the run's target session, not
     * from the Cucumber results the builder reads, hence a separate step; the verdict is untouched.
     */
    public ConformanceReport withOvfPackages(List<OvfPackageNote> notes) {
        return new ConformanceReport(run, verdict, standards, totals, scenarioCounts, unknownTags, untracedScenarios,
                notes);
    }

    /** True when any requirement failed: the run shows the target is not conformant. */
    public boolean hasFailures() {
        return totals.failed() > 0;
    }

    public Optional<StandardResult> standard(String id) {
        return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<RequirementResult> requirement(String id) {
        return standards.stream().flatMap(s -> s.requirements().stream()).filter(r -> r.id().equals(id)).findFirst();
    }

    public int scenarioTotal() {
        return scenarioCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
