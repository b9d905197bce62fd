package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.reports.Fixtures.scenario;

import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.target.Claims;

public class ReportBuilderTest {

    private static final Catalogue CATALOGUE = Fixtures.catalogue();
    private static final Claims OVF_AND_CIMI_WITH_FEATURES =
            Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of("ova", "ovf-manifest"));

    private static ConformanceReport build(Claims claims, ScenarioOutcome... scenarios) {
        return ReportBuilder.build(CATALOGUE, Fixtures.runInfo(claims), List.of(scenarios));
    }

    private static RequirementResult requirement(ConformanceReport report, String id) {
        return report.requirement(id).orElseThrow();
    }

    // --- requirement status rules, one test per branch ---

    @Test
    public void unclaimedStandardMakesItsRequirementsNotApplicableEvenWhenTheirScenariosFailed() {
        ConformanceReport report = build(Fixtures.claims(Set.of("DSP0243"), Set.of()),
                scenario("wbem", Outcome.FAILED, "@WBEM-OP-001"));

        RequirementResult result = requirement(report, "WBEM-OP-001");
        assertThat(result.status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(result.note()).contains("DSP0200").contains("not claimed");
        assertThat(result.scenarios()).extracting(ScenarioRef::name).containsExactly("wbem");
        assertThat(report.hasFailures()).isFalse();
    }

    @Test
    public void unclaimedFeatureMakesItsRequirementNotApplicable() {
        ConformanceReport report = build(Fixtures.claims(Set.of("DSP0243"), Set.of("ovf-manifest")),
                scenario("ova", Outcome.PASSED, "@OVF-OVA-001"),
                scenario("manifest", Outcome.PASSED, "@OVF-PKG-002"));

        assertThat(requirement(report, "OVF-OVA-001").status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(requirement(report, "OVF-OVA-001").note()).contains("feature ova");
        assertThat(requirement(report, "OVF-PKG-002").status()).isEqualTo(RequirementStatus.PASSED);
    }

    @Test
    public void oneFailedScenarioFailsTheRequirementAndDecidesTheEvidence() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("good", Outcome.PASSED, "@OVF-PKG-001"),
                scenario("bad", Outcome.FAILED, "@OVF-PKG-001"),
                scenario("worse", Outcome.FAILED, "@OVF-PKG-001"));

        RequirementResult result = requirement(report, "OVF-PKG-001");
        assertThat(result.status()).isEqualTo(RequirementStatus.FAILED);
        assertThat(result.evidence()).hasValueSatisfying(e -> {
            assertThat(e.scenario().name()).isEqualTo("bad");
            assertThat(e.errorMessage()).isEqualTo("boom: bad");
        });
        assertThat(result.note()).isEqualTo("2 of 3 scenarios failed");
        assertThat(report.hasFailures()).isTrue();
    }

    @Test
    public void passedScenarioWithoutFailurePassesTheRequirement() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("skipped", Outcome.SKIPPED, "@OVF-PKG-001"),
                scenario("good", Outcome.PASSED, "@OVF-PKG-001"));

        RequirementResult result = requirement(report, "OVF-PKG-001");
        assertThat(result.status()).isEqualTo(RequirementStatus.PASSED);
        assertThat(result.evidence()).hasValueSatisfying(e -> assertThat(e.scenario().name()).isEqualTo("good"));
        assertThat(result.note()).isEmpty();
    }

    @Test
    public void passedScenarioNextToAGluelessOneStillPassesButSaysSo() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("todo", Outcome.UNDEFINED, "@OVF-PKG-001"),
                scenario("good", Outcome.PASSED, "@OVF-PKG-001"));

        RequirementResult result = requirement(report, "OVF-PKG-001");
        assertThat(result.status()).isEqualTo(RequirementStatus.PASSED);
        assertThat(result.note()).contains("step not implemented");
    }

    @Test
    public void undefinedOrPendingStepsLeaveTheRequirementNotTestedAsASuiteDefect() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("undefined", Outcome.UNDEFINED, "@OVF-PKG-001"),
                scenario("pending", Outcome.PENDING, "@OVF-PKG-003"),
                scenario("skipped first", Outcome.SKIPPED, "@OVF-PKG-003"));

        assertThat(requirement(report, "OVF-PKG-001").status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(requirement(report, "OVF-PKG-001").note()).isEqualTo("step not implemented");
        RequirementResult pending = requirement(report, "OVF-PKG-003");
        assertThat(pending.status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(pending.note()).isEqualTo("step not implemented");
        assertThat(pending.evidence()).hasValueSatisfying(e -> assertThat(e.scenario().name()).isEqualTo("pending"));
        assertThat(report.hasFailures()).isFalse();
    }

    @Test
    public void onlySkippedScenariosLeaveTheRequirementNotTested() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("skipped", Outcome.SKIPPED, "@OVF-PKG-001"));

        RequirementResult result = requirement(report, "OVF-PKG-001");
        assertThat(result.status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(result.note()).contains("skipped");
    }

    @Test
    public void requirementNoScenarioCitesIsNotTestedWithoutEvidence() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES);

        RequirementResult result = requirement(report, "CIMI-EP-002");
        assertThat(result.status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(result.scenarios()).isEmpty();
        assertThat(result.evidence()).isEmpty();
        assertThat(result.note()).contains("no scenario");
    }

    @Test
    public void oneScenarioCitingSeveralRequirementsCountsForEach() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("both", Outcome.FAILED, "@OVF-PKG-001", "@OVF-PKG-003", "@OVF-PKG-003"));

        assertThat(requirement(report, "OVF-PKG-001").status()).isEqualTo(RequirementStatus.FAILED);
        assertThat(requirement(report, "OVF-PKG-003").status()).isEqualTo(RequirementStatus.FAILED);
        assertThat(requirement(report, "OVF-PKG-003").scenarios()).hasSize(1);
    }

    @Test
    public void infoRequirementsAreNotListed() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES);

        assertThat(report.requirement("OVF-NOTE-001")).isEmpty();
        assertThat(report.standard("DSP0243").orElseThrow().requirements()).extracting(RequirementResult::id)
                .containsExactly("OVF-PKG-001", "OVF-PKG-002", "OVF-PKG-003", "OVF-OVA-001");
        assertThat(report.standard("DSP0243").orElseThrow().countsByLevel()).doesNotContainKey(Level.INFO);
    }

    // --- verdicts ---

    @Test
    public void everyApplicableMustPassedIsConformantEvenWithShouldAndMayUntested() {
        ConformanceReport report = build(Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()),
                scenario("pkg", Outcome.PASSED, "@OVF-PKG-001"),
                scenario("ep", Outcome.PASSED, "@CIMI-EP-001"));

        // OVF-PKG-002 and OVF-OVA-001 are MUSTs of unclaimed features: not applicable, so not needed
        assertThat(report.standard("DSP0243").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(report.standard("DSP0263").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(report.standard("DSP0200").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(report.verdict()).isEqualTo(Verdict.CONFORMANT);
    }

    @Test
    public void anyFailureEvenOfAShouldIsNotConformant() {
        ConformanceReport report = build(Fixtures.claims(Set.of("DSP0243"), Set.of()),
                scenario("pkg", Outcome.PASSED, "@OVF-PKG-001"),
                scenario("ext", Outcome.FAILED, "@OVF-PKG-003"));

        assertThat(report.standard("DSP0243").orElseThrow().verdict()).isEqualTo(Verdict.NOT_CONFORMANT);
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CONFORMANT);
    }

    @Test
    public void untestedMustWithoutFailureIsIncomplete() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("pkg", Outcome.PASSED, "@OVF-PKG-001"),
                scenario("ep", Outcome.PASSED, "@CIMI-EP-001"));

        assertThat(report.standard("DSP0243").orElseThrow().verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.standard("DSP0263").orElseThrow().verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(report.verdict()).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    public void nothingClaimedIsNotApplicableOverall() {
        ConformanceReport report = build(Fixtures.claims(Set.of(), Set.of()),
                scenario("pkg", Outcome.FAILED, "@OVF-PKG-001"));

        assertThat(report.standards()).extracting(StandardResult::verdict).containsOnly(Verdict.NOT_APPLICABLE);
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(report.totals()).isEqualTo(new StatusCounts(0, 0, 0, 8));
    }

    @Test
    public void countsPerStatusAndPerLevelAddUp() {
        ConformanceReport report = build(Fixtures.claims(Set.of("DSP0243"), Set.of("ova")),
                scenario("pkg", Outcome.FAILED, "@OVF-PKG-001"),
                scenario("ext", Outcome.PASSED, "@OVF-PKG-003"));

        StandardResult ovf = report.standard("DSP0243").orElseThrow();
        // PKG-001 failed, PKG-002 n/a (manifest unclaimed), PKG-003 passed, OVA-001 not tested
        assertThat(ovf.counts()).isEqualTo(new StatusCounts(1, 1, 1, 1));
        assertThat(ovf.countsByLevel().get(Level.MUST)).isEqualTo(new StatusCounts(0, 1, 1, 1));
        assertThat(ovf.countsByLevel().get(Level.SHOULD)).isEqualTo(new StatusCounts(1, 0, 0, 0));
        // CIMI (3) and WBEM (1) are unclaimed
        assertThat(report.totals()).isEqualTo(new StatusCounts(1, 1, 1, 5));
        assertThat(report.scenarioCounts()).containsEntry(Outcome.FAILED, 1).containsEntry(Outcome.PASSED, 1)
                .containsEntry(Outcome.UNDEFINED, 0);
    }

    // --- tags ---

    @Test
    public void unknownTagsAreReportedAndScenariosCitingNoRequirementAreUntraced() {
        ConformanceReport report = build(OVF_AND_CIMI_WITH_FEATURES,
                scenario("typo", Outcome.PASSED, "@DSP0243", "@OVF-PKG-01", "@must"),
                scenario("structural", Outcome.PASSED, "@reference-only"),
                scenario("traced", Outcome.PASSED, "@OVF-PKG-001", "@wip"));

        assertThat(report.unknownTags()).containsExactly("@OVF-PKG-01", "@wip");
        assertThat(report.untracedScenarios()).extracting(ScenarioRef::name).containsExactly("typo", "structural");
    }

    // --- recorded runs ---

    @Test
    public void recordedPassingRunIsConformant() {
        ConformanceReport report = Fixtures.report("passing.json", OVF_AND_CIMI_WITH_FEATURES);

        assertThat(report.verdict()).isEqualTo(Verdict.CONFORMANT);
        assertThat(report.hasFailures()).isFalse();
        assertThat(report.totals()).isEqualTo(new StatusCounts(5, 0, 2, 1));
        assertThat(report.unknownTags()).isEmpty();
        assertThat(report.untracedScenarios()).isEmpty();
        assertThat(requirement(report, "CIMI-EP-001").evidence().orElseThrow().evidence())
                .extracting(Evidence::name).containsExactly("exchange");
    }

    @Test
    public void recordedFailureRunFailsOnlyWhereTheTargetMadeClaims() {
        ConformanceReport report = Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of()));

        assertThat(requirement(report, "OVF-PKG-001").status()).isEqualTo(RequirementStatus.FAILED);
        assertThat(requirement(report, "OVF-PKG-001").evidence().orElseThrow().evidence()).hasSize(4);
        assertThat(requirement(report, "OVF-PKG-002").status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(requirement(report, "OVF-PKG-003").status()).isEqualTo(RequirementStatus.PASSED);
        assertThat(requirement(report, "OVF-OVA-001").status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(requirement(report, "WBEM-OP-001").status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(report.standard("DSP0243").orElseThrow().verdict()).isEqualTo(Verdict.NOT_CONFORMANT);
        assertThat(report.standard("DSP0263").orElseThrow().verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(report.verdict()).isEqualTo(Verdict.NOT_CONFORMANT);
    }

    @Test
    public void recordedRunWithUndefinedStepsAndBackgroundsSeparatesSuiteDefectsFromFailures() {
        ConformanceReport report = Fixtures.report("undefined.json", Fixtures.claims(Set.of("DSP0263"), Set.of()));

        RequirementResult undefined = requirement(report, "CIMI-EP-001");
        assertThat(undefined.status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(undefined.note()).isEqualTo("step not implemented");
        RequirementResult pending = requirement(report, "CIMI-EP-002");
        assertThat(pending.status()).isEqualTo(RequirementStatus.NOT_TESTED);
        assertThat(pending.scenarios()).extracting(ScenarioRef::status)
                .containsExactly(Outcome.PENDING, Outcome.SKIPPED);
        RequirementResult failedInBackground = requirement(report, "CIMI-EP-003");
        assertThat(failedInBackground.status()).isEqualTo(RequirementStatus.FAILED);
        assertThat(failedInBackground.evidence().orElseThrow().errorMessage()).contains("503");
        assertThat(report.unknownTags()).containsExactly("@CIMI-EP-09");
        assertThat(report.untracedScenarios()).extracting(ScenarioRef::name)
                .containsExactly("A scenario with a mistyped tag", "The launcher helper");
    }
}
