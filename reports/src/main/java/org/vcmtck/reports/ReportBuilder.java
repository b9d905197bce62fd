package org.vcmtck.reports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;
import org.vcmtck.profiles.Standard;

/**
 * Judges a run: every non-INFO requirement of the catalogue gets a status from the scenarios tagged with its
 * id and the target's claims; every standard gets a verdict.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static ConformanceReport build(Catalogue catalogue, RunInfo run, List<ScenarioOutcome> scenarios) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(run, "run");
        Map<String, List<ScenarioOutcome>> byRequirement = scenariosByRequirement(catalogue, scenarios);
        RequirementJudge judge = new RequirementJudge(run.claims(), run.profileDiscovery());

        List<StandardResult> standards = new ArrayList<>();
        StatusCounts totals = StatusCounts.ZERO;
        for (Standard standard : catalogue.standards()) {
            List<RequirementResult> results = new ArrayList<>();
            Map<Level, StatusCounts> byLevel = new EnumMap<>(Level.class);
            for (Requirement requirement : standard.requirements()) {
                if (requirement.level() == Level.INFO) {
                    continue;
                }
                RequirementResult result = judge.judge(requirement,
                        byRequirement.getOrDefault(requirement.id(), List.of()));
                results.add(result);
                byLevel.merge(requirement.level(), StatusCounts.ZERO.plus(result.status()), StatusCounts::plus);
            }
            StatusCounts counts = StatusCounts.of(results.stream().map(RequirementResult::status).toList());
            Verdict verdict = VerdictRule.forStandard(run.claims().claimsStandard(standard.id()), results);
            standards.add(new StandardResult(standard, verdict, counts, byLevel, results));
            totals = totals.plus(counts);
        }

        Map<Outcome, Integer> scenarioCounts = new EnumMap<>(Outcome.class);
        scenarios.forEach(s -> scenarioCounts.merge(s.status(), 1, Integer::sum));
        return new ConformanceReport(run, VerdictRule.overall(standards.stream().map(StandardResult::verdict).toList()),
                standards, totals, scenarioCounts, unknownTags(catalogue, scenarios),
                untraced(scenarios, byRequirement));
    }

    /** Requirement id → the scenarios citing it, in run order. */
    private static Map<String, List<ScenarioOutcome>> scenariosByRequirement(Catalogue catalogue,
            List<ScenarioOutcome> scenarios) {
        Map<String, List<ScenarioOutcome>> byRequirement = new LinkedHashMap<>();
        for (ScenarioOutcome scenario : scenarios) {
            for (String tag : scenario.tags()) {
                String id = withoutAt(tag);
                if (catalogue.requirement(id).isPresent()) {
                    List<ScenarioOutcome> citing = byRequirement.computeIfAbsent(id, k -> new ArrayList<>());
                    // a tag given twice must not list the scenario twice
                    if (citing.isEmpty() || citing.get(citing.size() - 1) != scenario) {
                        citing.add(scenario);
                    }
                }
            }
        }
        return byRequirement;
    }

    private static List<String> unknownTags(Catalogue catalogue, List<ScenarioOutcome> scenarios) {
        TreeSet<String> unknown = new TreeSet<>();
        for (ScenarioOutcome scenario : scenarios) {
            for (String tag : scenario.tags()) {
                if (!catalogue.isKnownTag(tag)) {
                    unknown.add(tag.startsWith("@") ? tag : "@" + tag);
                }
            }
        }
        return List.copyOf(unknown);
    }

    private static List<ScenarioRef> untraced(List<ScenarioOutcome> scenarios,
            Map<String, List<ScenarioOutcome>> byRequirement) {
        return scenarios.stream()
                .filter(s -> s.tags().stream().noneMatch(tag -> byRequirement.containsKey(withoutAt(tag))))
                .map(ScenarioOutcome::ref)
                .toList();
    }

    private static String withoutAt(String tag) {
        return tag.startsWith("@") ? tag.substring(1) : tag;
    }
}
