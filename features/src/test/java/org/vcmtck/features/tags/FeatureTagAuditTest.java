package org.vcmtck.features.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Catalogue;

/** The build-time gate: every scenario tag of the shipped feature files is a catalogue id. */
public class FeatureTagAuditTest {

    private static final Path SHIPPED_FEATURES = Path.of("src/main/resources/features");

    private final FeatureTagAudit audit = new FeatureTagAudit(Catalogue.loadDefault());

    @Test
    public void shippedFeatureFilesCiteOnlyCatalogueTags() {
        assertThat(FeatureTagAudit.scenarios(SHIPPED_FEATURES)).as("scenarios found").isNotEmpty();
        List<FeatureTagAudit.Finding> findings = audit.audit(SHIPPED_FEATURES);
        assertThat(findings).as("tag findings in %s", SHIPPED_FEATURES.toAbsolutePath()).isEmpty();
    }

    @Test
    public void unknownTagIsReported() throws IOException {
        Path dir = Files.createTempDirectory("features");
        Files.writeString(dir.resolve("x.feature"), """
                @VCMTCK-REF
                Feature: x
                  @REF-LAUNCH-001 @must @NO-SUCH-REQ-999
                  Scenario: typo
                    Given nothing
                """);
        assertThat(audit.audit(dir)).singleElement().asString()
                .contains("x.feature").contains("typo").contains("@NO-SUCH-REQ-999");
    }

    @Test
    public void scenarioWithoutRequirementIsReported() throws IOException {
        Path dir = Files.createTempDirectory("features");
        Files.writeString(dir.resolve("y.feature"), """
                @VCMTCK-REF
                Feature: y
                  @must
                  Scenario: cites nothing
                    Given nothing
                """);
        assertThat(audit.audit(dir)).extracting(FeatureTagAudit.Finding::message)
                .containsExactly("cites no requirement id of the catalogue");
    }

    @Test
    public void levelTagMustMatchACitedRequirement() throws IOException {
        Path dir = Files.createTempDirectory("features");
        Files.writeString(dir.resolve("z.feature"), """
                Feature: z
                  @REF-LAUNCH-001 @may
                  Scenario: wrong level
                    Given nothing
                """);
        assertThat(audit.audit(dir)).extracting(FeatureTagAudit.Finding::message)
                .containsExactly("is tagged @may but cites no MAY requirement");
    }

    @Test
    public void citingAnInfoItemIsReported() throws IOException {
        String info = Catalogue.loadDefault().requirements().stream()
                .filter(r -> r.level() == org.vcmtck.profiles.Level.INFO).findFirst().orElseThrow().id();
        Path dir = Files.createTempDirectory("features");
        Files.writeString(dir.resolve("i.feature"), """
                Feature: i
                  @%s
                  Scenario: cites background
                    Given nothing
                """.formatted(info));
        assertThat(audit.audit(dir)).extracting(FeatureTagAudit.Finding::message)
                .containsExactly("cites @" + info + ", an INFO item: background, not a checkable requirement");
    }
}
