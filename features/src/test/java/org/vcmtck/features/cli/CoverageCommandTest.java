package org.vcmtck.features.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Standard;
import picocli.CommandLine;

public class CoverageCommandTest {

    private StringWriter out;
    private StringWriter err;

    @BeforeMethod
    public void freshOutput() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int execute(String... args) {
        CommandLine cli = VcmtckCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    public void textListsEveryCatalogueStandardWithItsLevels() {
        int exit = execute("coverage");

        assertThat(exit).as("exit; err: %s", err).isIn(0, 1);
        for (Standard standard : Catalogue.loadDefault().standards()) {
            assertThat(out.toString()).contains(standard.id() + "  " + standard.title());
        }
        assertThat(out.toString()).containsPattern("MUST +\\d+ of +\\d+ requirements have a scenario")
                .contains("coverage: ");
    }

    @Test
    public void standardSelectionAndJsonFormat() throws IOException {
        Standard dsp1042 = Catalogue.loadDefault().standard("DSP1042").orElseThrow();
        long musts = dsp1042.requirements().stream().filter(r -> r.level() == Level.MUST).count();

        int exit = execute("coverage", "--standard", "dsp1042", "--format", "json");

        assertThat(exit).as("exit; err: %s", err).isIn(0, 1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("standards")).hasSize(1);
        assertThat(json.path("standards").get(0).path("id").asText()).isEqualTo("DSP1042");
        assertThat(json.path("standards").get(0).path("levels").path("must").path("requirements").asLong())
                .isEqualTo(musts);
    }

    @Test
    public void untestedListsIdsFromAFeatureFolder() throws IOException {
        Path dir = Files.createTempDirectory("features");
        Files.writeString(dir.resolve("x.feature"), """
                @VCMTCK-REF
                Feature: x
                  @REF-LAUNCH-001
                  Scenario: y
                    Given z
                """);

        int exit = execute("coverage", "--standard", "VCMTCK-REF", "--untested", "--features", dir.toString());

        // every other MUST of the standard is now without a scenario, so the command reports gaps
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("untested MUST REF-LAUNCH-002").doesNotContain("untested MUST REF-LAUNCH-001")
                .contains("without a scenario or a reason: REF-LAUNCH-002");
    }

    @Test
    public void unknownStandardIsAUsageErrorNamingTheOption() {
        assertThat(execute("coverage", "--standard", "DSP9999")).isEqualTo(2);
        assertThat(err.toString()).contains("--standard").contains("DSP9999");
    }

    @Test
    public void badFormatIsAUsageError() {
        assertThat(execute("coverage", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    @Test
    public void topLevelHelpNamesTheCoverageCommand() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("coverage").contains("--fail-on");
    }
}
