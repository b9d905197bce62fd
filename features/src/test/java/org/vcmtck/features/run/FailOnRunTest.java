package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

/**
 * {@code --fail-on}, {@code --quiet}/{@code --verbose} and the progress display on tiny runs against the built-in
 * reference: one deliberately failing scenario, cited as a MUST requirement (the shipped failing fixture) or as a
 * SHOULD requirement (written here).
 */
public class FailOnRunTest {

    private static final Path FAILING_MUST = Path.of("src/test/resources/failing");

    private StringWriter out;
    private StringWriter err;

    @BeforeMethod
    public void freshOutput() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(Path features, FailOn failOn, Verbosity verbosity) throws IOException {
        ConformanceRun run = new ConformanceRun(Catalogue.loadDefault(), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return run.execute(new ConformanceRun.Options(Optional.empty(), Optional.empty(),
                Files.createTempDirectory("vcmtck-run"), Optional.of(features), failOn, verbosity, false));
    }

    /** The failing scenario of the shipped fixture, citing OVF-PKG-003 (a SHOULD) instead of a MUST. */
    private static Path failingShould() throws IOException {
        Path dir = Files.createTempDirectory("failing-should");
        Files.writeString(dir.resolve("should.feature"), """
                @VCMTCK-REF @reference-only
                Feature: A deliberately wrong expectation cited as a SHOULD requirement

                  @OVF-PKG-003 @should
                  Scenario: Expects a refusal where the launcher succeeds
                    When the reference is launched with seed 7, 1 host and 1 virtual system
                    Then the launcher exits with code 2
                """);
        return dir;
    }

    @Test
    public void failedMustFailsEvenAtMustAndVerboseShowsTheScenarioAndProgress() throws IOException {
        int exit = run(FAILING_MUST, FailOn.MUST, Verbosity.VERBOSE);

        assertThat(exit).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        assertThat(out.toString()).contains("FAILED    src/test/resources/failing/wrong-expectation.feature: Expects a refusal where the"
                + " launcher succeeds");
        assertThat(err.toString()).contains("vcmtck: scenario 1: src/test/resources/failing/wrong-expectation.feature")
                .contains("vcmtck: 1 scenario run, 1 failed");
    }

    @Test
    public void failedShouldPassesAtMustButFailsAtShouldAndQuietPrintsOneLine() throws IOException {
        Path features = failingShould();

        int atMust = run(features, FailOn.MUST, Verbosity.QUIET);

        assertThat(atMust).as("stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        assertThat(out.toString().lines().toList()).as("quiet stdout").singleElement()
                .satisfies(line -> assertThat(line).startsWith("requirements: ").contains("1 failed"));
        assertThat(err.toString()).as("quiet: no progress").doesNotContain("scenario");

        freshOutput();
        assertThat(run(features, FailOn.SHOULD, Verbosity.NORMAL)).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        assertThat(out.toString()).contains("vcmtck: report written to");
        assertThat(out.toString()).doesNotContain("FAILED    ");
    }
}
