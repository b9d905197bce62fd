package org.vcmtck.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.Fixtures;

public class JsonReportWriterTest {

    private static JsonNode writeAndParse(ConformanceReport report) throws IOException {
        StringWriter out = new StringWriter();
        JsonReportWriter.write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode requirement(JsonNode root, String id) {
        for (JsonNode standard : root.get("standards")) {
            for (JsonNode requirement : standard.get("requirements")) {
                if (requirement.get("id").asText().equals(id)) {
                    return requirement;
                }
            }
        }
        throw new AssertionError("requirement " + id + " is not in the JSON report");
    }

    @Test
    public void parsesBackWithEveryRequirementStatusAndVerdict() throws IOException {
        JsonNode root = writeAndParse(Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of())));

        assertThat(root.get("verdict").asText()).isEqualTo("NOT_CONFORMANT");
        assertThat(requirement(root, "OVF-PKG-001").get("status").asText()).isEqualTo("FAILED");
        assertThat(requirement(root, "OVF-PKG-002").get("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(requirement(root, "OVF-PKG-003").get("status").asText()).isEqualTo("PASSED");
        assertThat(requirement(root, "CIMI-EP-001").get("status").asText()).isEqualTo("NOT_TESTED");
        List<String> verdicts = new ArrayList<>();
        root.get("standards").forEach(s -> verdicts.add(s.get("id").asText() + "=" + s.get("verdict").asText()));
        assertThat(verdicts).containsExactly("DSP0243=NOT_CONFORMANT", "DSP0263=INCOMPLETE", "DSP0200=NOT_APPLICABLE");
        JsonNode totals = root.get("totals");
        assertThat(totals.get("passed").asInt()).isEqualTo(1);
        assertThat(totals.get("failed").asInt()).isEqualTo(1);
        assertThat(totals.get("notTested").asInt()).isEqualTo(3);
        assertThat(totals.get("notApplicable").asInt()).isEqualTo(3);
    }

    @Test
    public void requirementCarriesItsCatalogueFieldsScenariosAndEvidence() throws IOException {
        JsonNode root = writeAndParse(Fixtures.report("failure.json",
                Fixtures.claims(Set.of("DSP0243", "DSP0263"), Set.of())));

        JsonNode failed = requirement(root, "OVF-PKG-001");
        assertThat(failed.get("level").asText()).isEqualTo("MUST");
        assertThat(failed.get("spec").asText()).isEqualTo("DSP0243");
        assertThat(failed.get("section").asText()).isEqualTo("5.1");
        assertThat(failed.get("statement").asText()).isEqualTo("A package has exactly one descriptor.");
        assertThat(failed.get("scenarios")).hasSize(2);
        assertThat(failed.get("scenarios").get(0).get("line").asInt()).isEqualTo(5);
        assertThat(failed.get("scenarios").get(0).get("status").asText()).isEqualTo("FAILED");
        JsonNode evidence = failed.get("evidence");
        assertThat(evidence.get("errorMessage").asText()).contains("expected 1 descriptor but found 2");
        assertThat(evidence.get("items").get(1).get("name").asText()).isEqualTo("package listing");
        assertThat(evidence.get("items").get(1).get("text").asText()).isEqualTo("listing: a.ovf, b.ovf\n");
        assertThat(requirement(root, "CIMI-EP-003").get("unconfirmed").asBoolean()).isTrue();
        assertThat(requirement(root, "OVF-PKG-002").get("feature").asText()).isEqualTo("ovf-manifest");
        assertThat(requirement(root, "CIMI-EP-001").get("evidence").isNull()).isTrue();
    }

    @Test
    public void runInfoUsesIsoTimesAndSortedClaims() throws IOException {
        JsonNode run = writeAndParse(Fixtures.report("passing.json",
                Fixtures.claims(Set.of("DSP0263", "DSP0243"), Set.of("ovf-manifest", "ova")))).get("run");

        assertThat(Instant.parse(run.get("started").asText())).isEqualTo(Fixtures.STARTED);
        assertThat(Instant.parse(run.get("finished").asText())).isEqualTo(Fixtures.FINISHED);
        assertThat(run.get("durationMillis").asLong()).isEqualTo(65_000L);
        assertThat(run.get("targetName").asText()).isEqualTo("Acme <Virtual> Center");
        assertThat(run.get("seed").asLong()).isEqualTo(7L);
        assertThat(run.get("claims").get("standards").toString()).isEqualTo("[\"DSP0243\",\"DSP0263\"]");
        assertThat(run.get("claims").get("features").toString()).isEqualTo("[\"ova\",\"ovf-manifest\"]");
        assertThat(run.get("simulatorOptions").get("launcher arguments").asText()).isEqualTo("--seed 7 --hosts 2");
    }

    @Test
    public void unknownTagsAndUntracedScenariosAreWritten() throws IOException {
        JsonNode root = writeAndParse(Fixtures.report("undefined.json", Fixtures.claims(Set.of("DSP0263"), Set.of())));

        assertThat(root.get("unknownTags").toString()).isEqualTo("[\"@CIMI-EP-09\"]");
        assertThat(root.get("untracedScenarios")).hasSize(2);
        assertThat(root.get("scenarioCounts").get("UNDEFINED").asInt()).isEqualTo(1);
        assertThat(root.get("scenarioCounts").get("total").asInt()).isEqualTo(6);
    }
}
