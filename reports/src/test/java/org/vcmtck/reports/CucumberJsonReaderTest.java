package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.testng.annotations.Test;

public class CucumberJsonReaderTest {

    private static ScenarioOutcome named(List<ScenarioOutcome> outcomes, String name) {
        return outcomes.stream().filter(o -> o.scenarioName().equals(name)).findFirst().orElseThrow();
    }

    private static Path write(String json) throws IOException {
        Path file = Files.createTempFile("cucumber", ".json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String oneStep(String stepJson) {
        return "[{\"uri\":\"f.feature\",\"name\":\"F\",\"elements\":[{\"type\":\"scenario\",\"name\":\"S\",\"line\":3,"
                + "\"tags\":[],\"steps\":[" + stepJson + "]}]}]";
    }

    @Test
    public void passingRunGivesOnePassedOutcomePerScenarioWithLocationAndDuration() {
        List<ScenarioOutcome> outcomes = CucumberJsonReader.read(Fixtures.run("passing.json"));

        assertThat(outcomes).hasSize(5).allMatch(o -> o.status() == Outcome.PASSED);
        ScenarioOutcome first = outcomes.get(0);
        assertThat(first.featureUri()).isEqualTo("classpath:org/vcmtck/features/ovf/package.feature");
        assertThat(first.featureName()).isEqualTo("OVF packages");
        assertThat(first.scenarioName()).isEqualTo("A package has one descriptor");
        assertThat(first.line()).isEqualTo(5);
        assertThat(first.tags()).containsExactly("@DSP0243", "@OVF-PKG-001", "@must");
        assertThat(first.durationNanos()).isEqualTo(1_500_000L + 500_000L);
        assertThat(first.errorMessage()).isEmpty();
    }

    @Test
    public void failedStepDecidesStatusAndMessageAndEveryAttachmentBecomesEvidence() {
        ScenarioOutcome failed = named(CucumberJsonReader.read(Fixtures.run("failure.json")),
                "A package has one descriptor");

        assertThat(failed.status()).isEqualTo(Outcome.FAILED);
        assertThat(failed.errorMessage()).startsWith("java.lang.AssertionError: [OVF-PKG-001] expected 1 descriptor");
        assertThat(failed.evidence()).extracting(Evidence::name)
                .containsExactly("log", "package listing", "screenshot", "http trace");
        assertThat(failed.evidence().get(0).text()).isEqualTo("opened package twin.ova");
        assertThat(failed.evidence().get(1).text()).isEqualTo("listing: a.ovf, b.ovf\n");
        assertThat(failed.evidence().get(2).text()).contains("binary").contains("image/png").contains("8 bytes");
        assertThat(failed.evidence().get(3).text()).isEqualTo("GET /cimi/cloudEntryPoint -> 200\n");
        assertThat(failed.durationNanos()).isEqualTo(10_000L + 1_000_000L + 2_000_000L + 10_000L);
    }

    @Test
    public void featureTagsAreInheritedByItsScenarios() {
        ScenarioOutcome scenario = named(CucumberJsonReader.read(Fixtures.run("undefined.json")),
                "The entry point lists the collections");

        assertThat(scenario.tags()).containsExactly("@DSP0263", "@CIMI-EP-001", "@must");
    }

    @Test
    public void backgroundStepsBelongToTheFollowingScenarioOnly() {
        List<ScenarioOutcome> outcomes = CucumberJsonReader.read(Fixtures.run("undefined.json"));

        assertThat(outcomes).extracting(ScenarioOutcome::scenarioName).doesNotContain("");
        assertThat(outcomes).hasSize(6);
        ScenarioOutcome afterFailedBackground = named(outcomes, "The entry point is public");
        assertThat(afterFailedBackground.status()).isEqualTo(Outcome.FAILED);
        assertThat(afterFailedBackground.errorMessage()).contains("the endpoint answered 503");
        ScenarioOutcome withLoggingBackground = named(outcomes, "The entry point lists the collections");
        assertThat(withLoggingBackground.evidence()).extracting(Evidence::text)
                .containsExactly("endpoint http://127.0.0.1:40001/cimi/cloudEntryPoint");
        assertThat(withLoggingBackground.durationNanos()).isEqualTo(4_000_000L);
        assertThat(named(outcomes, "A scenario with a mistyped tag").status()).isEqualTo(Outcome.PASSED);
    }

    @Test
    public void undefinedOutranksSkippedAndGetsAMadeUpMessageNamingTheStep() {
        ScenarioOutcome scenario = named(CucumberJsonReader.read(Fixtures.run("undefined.json")),
                "The entry point lists the collections");

        assertThat(scenario.status()).isEqualTo(Outcome.UNDEFINED);
        assertThat(scenario.errorMessage()).isEqualTo("step not implemented: When the client lists every collection");
    }

    @Test
    public void pendingKeepsCucumbersMessage() {
        ScenarioOutcome scenario = named(CucumberJsonReader.read(Fixtures.run("undefined.json")),
                "The entry point names the base URI");

        assertThat(scenario.status()).isEqualTo(Outcome.PENDING);
        assertThat(scenario.errorMessage()).contains("PendingException");
    }

    @Test
    public void scenarioWithoutStepsIsSkipped() {
        ScenarioOutcome scenario = named(CucumberJsonReader.read(Fixtures.run("undefined.json")),
                "A scenario still to be written");

        assertThat(scenario.status()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    public void worstStatusWinsInTheDocumentedOrder() throws IOException {
        String failedAmongOthers = oneStep(
                "{\"result\":{\"status\":\"undefined\"}},{\"result\":{\"status\":\"failed\",\"error_message\":\"x\"}},"
                        + "{\"result\":{\"status\":\"pending\"}}");
        String undefinedOverPending = oneStep(
                "{\"result\":{\"status\":\"pending\"}},{\"result\":{\"status\":\"undefined\"}}");
        String pendingOverSkipped = oneStep(
                "{\"result\":{\"status\":\"skipped\"}},{\"result\":{\"status\":\"pending\"}}");
        String skippedOverPassed = oneStep(
                "{\"result\":{\"status\":\"passed\"}},{\"result\":{\"status\":\"skipped\"}}");

        assertThat(CucumberJsonReader.read(write(failedAmongOthers)).get(0).status()).isEqualTo(Outcome.FAILED);
        assertThat(CucumberJsonReader.read(write(undefinedOverPending)).get(0).status()).isEqualTo(Outcome.UNDEFINED);
        assertThat(CucumberJsonReader.read(write(pendingOverSkipped)).get(0).status()).isEqualTo(Outcome.PENDING);
        assertThat(CucumberJsonReader.read(write(skippedOverPassed)).get(0).status()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    public void failingHookFailsAScenarioWhoseStepsPassed() throws IOException {
        String json = "[{\"uri\":\"f.feature\",\"elements\":[{\"type\":\"scenario\",\"name\":\"S\",\"line\":1,"
                + "\"steps\":[{\"result\":{\"status\":\"passed\"}}],"
                + "\"after\":[{\"result\":{\"status\":\"failed\",\"error_message\":\"cleanup failed\"}}]}]}]";

        ScenarioOutcome outcome = CucumberJsonReader.read(write(json)).get(0);

        assertThat(outcome.status()).isEqualTo(Outcome.FAILED);
        assertThat(outcome.errorMessage()).isEqualTo("cleanup failed");
    }

    @Test
    public void longTextAttachmentIsCappedAtFourKilobytesWithAMark() throws IOException {
        String big = "x".repeat(10_000);
        String data = Base64.getEncoder().encodeToString(big.getBytes(StandardCharsets.UTF_8));
        Path file = write(oneStep("{\"result\":{\"status\":\"passed\"},\"embeddings\":[{\"data\":\"" + data
                + "\",\"mime_type\":\"application/json\",\"name\":\"body\"}]}"));

        Evidence evidence = CucumberJsonReader.read(file).get(0).evidence().get(0);

        assertThat(evidence.text()).hasSize(4096 + TextCap.TRUNCATED_MARK.length())
                .startsWith("xxxx").endsWith("… (truncated)");
        assertThat(evidence.mediaType()).isEqualTo("application/json");
    }

    @Test
    public void malformedJsonIsReportedWithFileLineAndColumn() throws IOException {
        Path file = write("[\n  {\"uri\": \"a.feature\",\n   \"elements\": [ }\n]");

        assertThatThrownBy(() -> CucumberJsonReader.read(file))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3")
                .hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(((ReportInputException) e).line()).isEqualTo(3));
    }

    @Test
    public void wrongShapeIsReportedWithTheJsonPathOfTheField() throws IOException {
        Path notAnArray = write("{\"uri\": \"a.feature\"}");
        Path badStatus = write(oneStep("{\"result\":{\"status\":\"exploded\"}}"));
        Path noResult = write(oneStep("{\"name\":\"a step\"}"));
        Path badElementType = write("[{\"elements\":[{\"type\":\"rule\"}]}]");

        assertThatThrownBy(() -> CucumberJsonReader.read(notAnArray))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("expected an array of features");
        assertThatThrownBy(() -> CucumberJsonReader.read(badStatus))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining(badStatus.toString())
                .hasMessageContaining("[0].elements[0].steps[0].result.status")
                .hasMessageContaining("exploded");
        assertThatThrownBy(() -> CucumberJsonReader.read(noResult))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("[0].elements[0].steps[0].result");
        assertThatThrownBy(() -> CucumberJsonReader.read(badElementType))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("[0].elements[0].type");
    }

    @Test
    public void invalidBase64AndEmptyAndMissingFilesAreReported() throws IOException {
        Path badData = write(oneStep("{\"result\":{\"status\":\"passed\"},\"embeddings\":[{\"data\":\"@@@@\","
                + "\"mime_type\":\"text/plain\"}]}"));
        Path empty = write("");
        Path missing = empty.resolveSibling("no-such-run-" + System.nanoTime() + ".json");

        assertThatThrownBy(() -> CucumberJsonReader.read(badData))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("embeddings[0].data");
        assertThatThrownBy(() -> CucumberJsonReader.read(empty))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> CucumberJsonReader.read(missing))
                .isInstanceOf(ReportInputException.class).hasMessageContaining(missing.toString());
    }

    @Test
    public void ambiguousStepsCountAsUndefinedAndUnusedAsSkipped() {
        assertThat(Outcome.fromCucumberStatus("ambiguous")).contains(Outcome.UNDEFINED);
        assertThat(Outcome.fromCucumberStatus("unused")).contains(Outcome.SKIPPED);
        assertThat(Outcome.fromCucumberStatus("PASSED")).contains(Outcome.PASSED);
        assertThat(Outcome.fromCucumberStatus("bogus")).isEmpty();
    }
}
