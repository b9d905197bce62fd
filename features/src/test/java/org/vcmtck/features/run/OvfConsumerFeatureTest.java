package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.corpus.CorpusPackage;
import org.vcmtck.assertions.ovf.corpus.OvfCorpus;
import org.vcmtck.profiles.Catalogue;

/**
 * The consumer feature is sensitive: a consumer that deploys whatever it is given fails every requirement the
 * invalid corpus violates, and one that refuses everything fails the requirements valid packages exercise. The
 * built-in reference, which refuses exactly the invalid ones, is covered by the whole-suite run.
 */
public class OvfConsumerFeatureTest {

    private static final Path CONSUMER_FEATURE = Path.of("src/main/resources/features/ovf/consumer.feature");

    private JsonNode runAgainst(String script, Path folder) throws IOException {
        Path tool = folder.resolve("consumer.sh");
        Files.writeString(tool, script);
        Path target = folder.resolve("target.yaml");
        Files.writeString(target, """
                name: scripted consumer
                consumer:
                  deploy: [sh, %s, "{package}"]
                  acceptEula: [--accept-eula]
                  property: [--property, "{key}={value}"]
                  deploymentOption: [--deployment-option, "{id}"]
                claims:
                  standards: [DSP0243]
                  features: [ova, ovf-manifest, ovf-signature, ovf-compression, ovf-chunking, ovf-environment, ovf-2]
                """.formatted(tool));
        Path out = folder.resolve("report");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = new ConformanceRun(Catalogue.loadDefault(), new PrintWriter(stdout, true),
                new PrintWriter(stderr, true)).execute(new ConformanceRun.Options(Optional.of(target),
                Optional.empty(), out, Optional.of(CONSUMER_FEATURE)));
        assertThat(exit).as("exit code; stdout:%n%s%nstderr:%n%s", stdout, stderr)
                .isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        return new ObjectMapper().readTree(out.resolve("report.json").toFile());
    }

    @Test
    public void aConsumerDeployingEverythingFailsEveryRequirementTheInvalidCorpusBreaks() throws IOException {
        Path folder = Files.createTempDirectory("vcmtck-consumer");
        JsonNode report = runAgainst("echo \"deployed anything vm-1\"\nexit 0\n", folder);

        List<CorpusPackage> invalid = OvfCorpus.invalid(folder.resolve("corpus"));
        assertThat(invalid).isNotEmpty();
        for (CorpusPackage pkg : invalid) {
            for (String id : pkg.requirementIds()) {
                assertThat(ReportJson.statusOf(report, id)).as("%s, violated by %s", id, pkg.name())
                        .isEqualTo("FAILED");
            }
        }
        // it "deployed" the package whose files are on the suite's web server without fetching a single one
        assertThat(ReportJson.statusOf(report, "OVF-REF-006")).isEqualTo("FAILED");
        assertThat(ReportJson.statusOf(report, "OVF-REF-009")).isEqualTo("FAILED");
        // the lenient packages hold one system each, and it reported one: accepting a MAY is no fault
        assertThat(ReportJson.statusOf(report, "OVF-HW-013")).isEqualTo("PASSED");
        assertThat(ReportJson.statusOf(report, "OVF-REF-010")).isEqualTo("PASSED");
    }

    @Test
    public void aConsumerRefusingEverythingFailsWhatValidPackagesExercise() throws IOException {
        Path folder = Files.createTempDirectory("vcmtck-consumer");
        JsonNode report = runAgainst("echo \"refused: this consumer refuses every package\" >&2\nexit 1\n", folder);

        for (String id : List.of("OVF-PKG-004", "OVF-HW-012", "OVF-EXT-006", "OVF-MF-010", "OVF-REF-008")) {
            assertThat(ReportJson.statusOf(report, id)).as(id).isEqualTo("FAILED");
        }
        assertThat(ReportJson.statusOf(report, "OVF-EXT-003")).as("a refusal with a reason is what EXT-003 wants")
                .isEqualTo("PASSED");
        for (String id : List.of("OVF-HW-013", "OVF-REF-010", "OVF-REF-006", "OVF-REF-009", "OVF-V2-004")) {
            assertThat(ReportJson.statusOf(report, id)).as("%s: refusing with a reason is allowed", id)
                    .isEqualTo("PASSED");
        }
    }

    @Test
    public void aConsumerRefusingWithoutAReasonOrDefiningTooManySystemsFailsTheLeniencies() throws IOException {
        Path silent = Files.createTempDirectory("vcmtck-consumer");
        JsonNode refused = runAgainst("exit 1\n", silent);
        for (String id : List.of("OVF-HW-013", "OVF-REF-010", "OVF-REF-006")) {
            assertThat(ReportJson.statusOf(refused, id)).as("%s refused without a reason", id).isEqualTo("FAILED");
        }

        Path doubled = Files.createTempDirectory("vcmtck-consumer");
        JsonNode deployed = runAgainst("echo \"deployed a vm-1\"\necho \"deployed b vm-2\"\nexit 0\n", doubled);
        for (String id : List.of("OVF-HW-013", "OVF-REF-010")) {
            assertThat(ReportJson.statusOf(deployed, id)).as("%s deployed as two systems", id).isEqualTo("FAILED");
        }
    }

    @Test
    public void aConsumerReportingWrongHardwareNetworksOrTextFailsWhatTheDetailLinesShow() throws IOException {
        Path folder = Files.createTempDirectory("vcmtck-consumer");
        // 3 vCPUs is neither the small appliance's 1 nor the medium one's 2 (an override added, not merged); the
        // networks the package uses are not reported; the annotation is not the element's own text
        JsonNode report = runAgainst("""
                echo "deployed anything vm-1"
                echo "hardware corpus-appliance processors 3"
                echo "hardware corpus-appliance memory-mb 384"
                echo "hardware corpus-variety processors 1"
                echo "hardware corpus-variety memory-mb 256"
                echo "network nowhere vswitch-0"
                echo "annotation corpus-appliance annotation"
                exit 0
                """, folder);

        for (String id : List.of("OVF-HW-018", "OVF-NET-003", "OVF-I18N-004")) {
            assertThat(ReportJson.statusOf(report, id)).as(id).isEqualTo("FAILED");
        }
    }

    @Test
    public void aConsumerPrintingNoDetailLinesLeavesThoseRequirementsNotTested() throws IOException {
        Path folder = Files.createTempDirectory("vcmtck-consumer");
        JsonNode report = runAgainst("echo \"deployed anything vm-1\"\nexit 0\n", folder);

        for (String id : List.of("OVF-HW-018", "OVF-NET-003", "OVF-I18N-004")) {
            assertThat(ReportJson.statusOf(report, id)).as(id).isEqualTo("NOT_TESTED");
        }
    }
}
