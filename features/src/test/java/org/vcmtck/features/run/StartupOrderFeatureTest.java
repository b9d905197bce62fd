package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

/**
 * OVF-SEC-006 through the consumer protocol: a scripted consumer that reports starting corpus-web (order 2) before
 * corpus-db (order 1) fails it, one that reports them the right way round passes, one that reports no starts is
 * not tested, and so is a target without a powerOn template. The built-in reference passes.
 */
public class StartupOrderFeatureTest {

    private static final Path CONSUMER_FEATURE = Path.of("src/main/resources/features/ovf/consumer.feature");
    private static final String REQUIREMENT = "OVF-SEC-006";

    /** A consumer that deploys anything, and when asked to power on, prints the given lines. */
    private static String script(String startedLines) {
        return "echo \"deployed corpus-db vm-1\"\necho \"deployed corpus-web vm-2\"\n"
                + "for a in \"$@\"; do\n  if [ \"$a\" = --power-on ]; then\n" + startedLines + "  fi\ndone\nexit 0\n";
    }

    private static JsonNode run(Optional<String> script, boolean powerOnTemplate) throws IOException {
        Path folder = Files.createTempDirectory("vcmtck-startup-order");
        Optional<Path> target = Optional.empty();
        if (script.isPresent()) {
            Path tool = folder.resolve("consumer.sh");
            Files.writeString(tool, script.get());
            Path file = folder.resolve("target.yaml");
            Files.writeString(file, """
                    name: scripted consumer
                    consumer:
                      deploy: [sh, %s, "{package}"]
                      acceptEula: [--accept-eula]
                      property: [--property, "{key}={value}"]
                      deploymentOption: [--deployment-option, "{id}"]
                    %s
                    claims:
                      standards: [DSP0243]
                      features: [ova, ovf-manifest, ovf-signature, ovf-compression, ovf-chunking, ovf-environment, ovf-2]
                    """.formatted(tool, powerOnTemplate ? "  powerOn: [--power-on]" : ""));
            target = Optional.of(file);
        }
        Path out = folder.resolve("report");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = new ConformanceRun(Catalogue.loadDefault(), new PrintWriter(stdout, true),
                new PrintWriter(stderr, true)).execute(new ConformanceRun.Options(target, Optional.empty(), out,
                Optional.of(CONSUMER_FEATURE)));
        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr)
                .isIn(ExitCodes.CONFORMANT_SO_FAR, ExitCodes.REQUIREMENT_FAILED);
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    @Test
    public void startingTheHigherOrderFirstFails() throws IOException {
        JsonNode report = run(Optional.of(script("    echo \"started corpus-web Web\"\n"
                + "    echo \"started corpus-db Database\"\n")), true);
        assertThat(ReportJson.statusOf(report, REQUIREMENT)).isEqualTo("FAILED");
    }

    @Test
    public void startingInAscendingOrderPasses() throws IOException {
        JsonNode report = run(Optional.of(script("    echo \"started corpus-db\"\n"
                + "    echo \"started corpus-web\"\n")), true);
        assertThat(ReportJson.statusOf(report, REQUIREMENT)).isEqualTo("PASSED");
    }

    @Test
    public void aConsumerThatReportsNoStartsIsNotTestedOnIt() throws IOException {
        JsonNode report = run(Optional.of(script("    echo \"powering on\"\n")), true);
        assertThat(ReportJson.statusOf(report, REQUIREMENT)).isNotIn("FAILED", "PASSED");
    }

    @Test
    public void aTargetWithoutPowerOnTemplateIsNotTestedOnIt() throws IOException {
        JsonNode report = run(Optional.of(script("    echo \"started corpus-web\"\n"
                + "    echo \"started corpus-db\"\n")), false);
        assertThat(ReportJson.statusOf(report, REQUIREMENT)).isNotIn("FAILED", "PASSED");
    }

    @Test
    public void theReferencePasses() throws IOException {
        JsonNode report = run(Optional.empty(), false);
        assertThat(ReportJson.statusOf(report, REQUIREMENT)).isEqualTo("PASSED");
    }
}
