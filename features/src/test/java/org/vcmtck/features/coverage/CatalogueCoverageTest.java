package org.vcmtck.features.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.features.tags.FeatureTagAudit;
import org.vcmtck.profiles.Level;

public class CatalogueCoverageTest {

    private CatalogueCoverage coverage;

    @BeforeClass
    public void computeOnFixture() throws IOException {
        CoverageFixture fixture = CoverageFixture.write();
        coverage = CatalogueCoverage.of(fixture.catalogue, FeatureTagAudit.scenarios(fixture.features));
    }

    @Test
    public void countsPerLevelFollowTheScenarioTags() {
        StandardCoverage a = coverage.standard("FIXA").orElseThrow();
        assertThat(a.levels()).extracting(LevelCount::level, LevelCount::requirements, LevelCount::tested)
                .containsExactly(tuple(Level.MUST, 3, 1), tuple(Level.SHOULD, 2, 1), tuple(Level.MAY, 1, 0),
                        tuple(Level.INFO, 1, 0));
    }

    @Test
    public void exampleRowAndFeatureLevelTagsCount() {
        StandardCoverage b = coverage.standard("FIXB").orElseThrow();
        // no INFO row: FIXB has no INFO items
        assertThat(b.levels()).extracting(LevelCount::level, LevelCount::requirements, LevelCount::tested)
                .containsExactly(tuple(Level.MUST, 2, 1), tuple(Level.SHOULD, 0, 0), tuple(Level.MAY, 1, 1));
        assertThat(b.untested()).extracting(UntestedRequirement::id).containsExactly("FIXB-M-2");
    }

    @Test
    public void untestedListCarriesTheCatalogueReasonAndLeavesInfoOut() {
        StandardCoverage a = coverage.standard("FIXA").orElseThrow();
        assertThat(a.untested()).extracting(UntestedRequirement::id)
                .containsExactly("FIXA-M-2", "FIXA-M-3", "FIXA-S-2", "FIXA-Y-1");
        UntestedRequirement unobservable = a.untested().get(0);
        assertThat(unobservable.excused()).isTrue();
        assertThat(unobservable.reason()).hasValueSatisfying(r -> assertThat(r).contains("nothing to see"));
        UntestedRequirement claimBound = a.untested().get(2);
        assertThat(claimBound.excused()).isFalse();
        assertThat(claimBound.reason()).hasValueSatisfying(r -> assertThat(r).contains("fix-extra"));
        assertThat(a.untested().get(1).reason()).isEmpty();
    }

    @Test
    public void anUnconfirmedMustWithoutScenarioIsExcusedWithThatReason() {
        UntestedRequirement unconfirmed = coverage.standard("FIXB").orElseThrow().untested().get(0);
        assertThat(unconfirmed.excused()).isTrue();
        assertThat(unconfirmed.isUnexplainedMustGap()).isFalse();
        assertThat(unconfirmed.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("unconfirmed"));
    }

    @Test
    public void onlyTheUnexplainedMustIsAGap() {
        assertThat(coverage.unexplainedMustGaps()).extracting(UntestedRequirement::id).containsExactly("FIXA-M-3");
        assertThat(coverage.only(Set.of("FIXB")).unexplainedMustGaps()).isEmpty();
        assertThat(coverage.only(Set.of("FIXB")).standards()).extracting(StandardCoverage::id).containsExactly("FIXB");
    }

    @Test
    public void textNamesCountsGapsAndReasons() {
        String text = String.join("\n", CoverageText.lines(coverage, true));
        assertThat(text).containsPattern("MUST +1 of +3 requirements have a scenario")
                .contains("untested MUST FIXA-M-2 — not observable by the suite: nothing to see from outside")
                .contains("untested MUST FIXA-M-3\n")
                // 1+1+0 of FIXA plus 1+0+1 of FIXB, of 6 + 3 checkable requirements
                .contains("coverage: 4 of 9 MUST/SHOULD/MAY requirements have a scenario")
                .contains("without a scenario or a reason: FIXA-M-3");
        assertThat(String.join("\n", CoverageText.lines(coverage, false))).doesNotContain("untested MUST");
    }

    @Test
    public void jsonCarriesLevelsUntestedAndGaps() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CoverageJson.write(coverage));
        JsonNode a = json.path("standards").get(0);
        assertThat(a.path("id").asText()).isEqualTo("FIXA");
        assertThat(a.path("levels").path("must").path("requirements").asInt()).isEqualTo(3);
        assertThat(a.path("levels").path("must").path("tested").asInt()).isEqualTo(1);
        assertThat(a.path("untested").get(0).path("excused").asBoolean()).isTrue();
        assertThat(a.path("untested").get(1).has("reason")).isFalse();
        assertThat(json.path("unexplainedMustGaps").get(0).asText()).isEqualTo("FIXA-M-3");
        assertThat(json.path("unexplainedMustGaps").size()).isEqualTo(1);
    }
}
