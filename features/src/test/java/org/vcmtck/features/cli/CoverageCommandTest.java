package org.vcmtck.features.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Standard;

public class CoverageCommandTest {

    private CapturedCli cli;

    @BeforeMethod
    public void freshOutput() {
        cli = new CapturedCli();
    }

    @Test
    public void textListsEveryCatalogueStandardWithItsLevels() {
        int exit = cli.execute("coverage");

        assertThat(exit).as("exit; err: %s", cli.err()).isIn(0, 1);
        for (Standard standard : Catalogue.loadDefault().standards()) {
            assertThat(cli.out()).contains(standard.id() + "  " + standard.title());
        }
        assertThat(cli.out()).containsPattern("MUST +\\d+ of +\\d+ requirements have a scenario")
                .contains("coverage: ");
    }

    @Test
    public void standardSelectionAndJsonFormat() throws IOException {
        Standard dsp1042 = Catalogue.loadDefault().standard("DSP1042").orElseThrow();
        long musts = dsp1042.requirements().stream().filter(r -> r.level() == Level.MUST).count();

        int exit = cli.execute("coverage", "--standard", "dsp1042", "--format", "json");

        assertThat(exit).as("exit; err: %s", cli.err()).isIn(0, 1);
        JsonNode json = new ObjectMapper().readTree(cli.out());
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

        int exit = cli.execute("coverage", "--standard", "VCMTCK-REF", "--untested", "--features", dir.toString());

        // every other MUST of the standard is now without a scenario, so the command reports gaps
        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).contains("untested MUST REF-LAUNCH-002").doesNotContain("untested MUST REF-LAUNCH-001")
                .contains("without a scenario or a reason: REF-LAUNCH-002");
    }

    @Test
    public void unknownStandardIsAUsageErrorNamingTheOption() {
        assertThat(cli.execute("coverage", "--standard", "DSP9999")).isEqualTo(2);
        assertThat(cli.err()).contains("--standard").contains("DSP9999");
    }

    @Test
    public void badFormatIsAUsageError() {
        assertThat(cli.execute("coverage", "--format", "xml")).isEqualTo(2);
        assertThat(cli.err()).contains("--format");
    }

    @Test
    public void topLevelHelpNamesTheCoverageCommand() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.out()).contains("coverage").contains("--fail-on");
    }
}
