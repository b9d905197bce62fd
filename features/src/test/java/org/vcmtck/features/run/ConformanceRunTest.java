package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

/**
 * The whole suite against the built-in reference (the integration test of the kit), and the exit codes of a
 * run for a bad or unreachable target.
 */
public class ConformanceRunTest {

    private StringWriter out;
    private StringWriter err;

    @BeforeMethod
    public void freshOutput() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(Path target, String tags, Path outDir) {
        return run(target, tags, outDir, null);
    }

    private int run(Path target, String tags, Path outDir, Path features) {
        ConformanceRun run = new ConformanceRun(Catalogue.loadDefault(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return run.execute(new ConformanceRun.Options(Optional.ofNullable(target), Optional.ofNullable(tags), outDir,
                Optional.ofNullable(features)));
    }

    @Test
    public void wholeSuiteAgainstBuiltInReferenceIsGreenAndWritesEveryReport() throws IOException {
        Path outDir = Files.createTempDirectory("vcmtck-run");

        int exit = run(null, null, outDir);

        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
        assertThat(outDir.resolve("report.html")).isRegularFile();
        assertThat(outDir.resolve("junit.xml")).isRegularFile();
        assertThat(outDir.resolve("cucumber.json")).isRegularFile();
        try (Stream<Path> allure = Files.list(outDir.resolve(ScenarioEngine.ALLURE_RESULTS))) {
            assertThat(allure.filter(p -> p.toString().endsWith("-result.json"))).as("Allure results").isNotEmpty();
        }
        JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
        assertThat(ReportJson.statusOf(report, "REF-LAUNCH-001")).isEqualTo("PASSED");
        assertThat(ReportJson.statusOf(report, "REF-MODEL-002")).isEqualTo("PASSED");
        assertThat(ReportJson.statuses(report)).as("no requirement may fail on the clean reference")
                .doesNotContain("FAILED");
        assertThat(out.toString()).contains("requirements:");
        assertThat(report.path("ovfPackages")).as("the reference's exports, each with its portability level")
                .hasSize(4).allSatisfy(p -> assertThat(p.path("portability").path("level").asInt()).isBetween(1, 3));
    }

    @Test
    public void tagExpressionSelectsScenarios() throws IOException {
        Path outDir = Files.createTempDirectory("vcmtck-run");

        int exit = run(null, "@REF-LAUNCH-004", outDir);

        assertThat(exit).as("exit code; stderr:%n%s", err).isZero();
        JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
        assertThat(ReportJson.statusOf(report, "REF-LAUNCH-004")).isEqualTo("PASSED");
        assertThat(ReportJson.statusOf(report, "REF-LAUNCH-001")).isEqualTo("NOT_TESTED");
    }

    @Test
    public void aFailedRequirementExitsWithOneAndKeepsItsEvidence() throws IOException {
        Path outDir = Files.createTempDirectory("vcmtck-run");

        int exit = run(null, null, outDir, Path.of("src/test/resources/failing"));

        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
        assertThat(ReportJson.statusOf(report, "REF-LAUNCH-001")).isEqualTo("FAILED");
        assertThat(ReportJson.statusOf(report, "REF-LAUNCH-002")).isEqualTo("NOT_TESTED");
        assertThat(Files.readString(outDir.resolve("junit.xml"))).contains("<failure").contains("REF-LAUNCH-001");
        assertThat(out.toString()).contains("failed 1");
    }

    @Test
    public void missingFeatureFilesAreAUsageError() throws IOException {
        int exit = run(null, null, Files.createTempDirectory("vcmtck-run"), Path.of("no/such/features"));

        assertThat(exit).isEqualTo(ExitCodes.BAD_TARGET);
        assertThat(err.toString()).contains("no/such/features");
    }

    @Test
    public void badTargetFileExitsWithTwoAndNamesTheFault() throws IOException {
        Path target = Files.createTempFile("target", ".yaml");
        Files.writeString(target, "name: broken\nendpoints:\n  cimi: [not, a, url\n");

        int exit = run(target, null, Files.createTempDirectory("vcmtck-run"));

        assertThat(exit).isEqualTo(ExitCodes.BAD_TARGET);
        assertThat(err.toString()).contains(target.getFileName().toString());
    }

    @Test
    public void unreachableTargetExitsWithThree() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path target = Files.createTempFile("target", ".yaml");
        Files.writeString(target, """
                name: Nobody home
                endpoints:
                  cimi: http://127.0.0.1:%d/cimi/cloudEntryPoint
                claims:
                  standards: [DSP0263]
                """.formatted(closedPort));

        int exit = run(target, null, Files.createTempDirectory("vcmtck-run"));

        assertThat(exit).as("stderr: %s", err).isEqualTo(ExitCodes.TARGET_UNREACHABLE);
        assertThat(err.toString()).contains("cannot be reached").contains(":" + closedPort);
    }

    @Test
    public void referenceOnlyAndUnclaimedScenariosAreLeftOut() {
        assertThat(ConformanceRun.effectiveTags(Optional.empty(), true, List.of())).isEmpty();
        assertThat(ConformanceRun.effectiveTags(Optional.of("@must"), true, List.of())).isEqualTo("@must");
        assertThat(ConformanceRun.effectiveTags(Optional.empty(), false, List.of())).isEqualTo("not @reference-only");
        assertThat(ConformanceRun.effectiveTags(Optional.of("@a or @b"), false, List.of("DSP0200", "DSP1042")))
                .isEqualTo("(@a or @b) and not @reference-only and not @DSP0200 and not @DSP1042");
        assertThat(ConformanceRun.effectiveTags(Optional.empty(), true, List.of("VCMTCK-REF")))
                .isEqualTo("not @VCMTCK-REF");
    }
}
