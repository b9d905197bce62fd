package org.vcmtck.features.steps.cimi;

import static org.vcmtck.features.fixtures.SuiteRun.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;
import org.vcmtck.features.run.ConformanceRun;
import org.vcmtck.profiles.Catalogue;

/**
 * Runs the networking and monitoring features against a small provider, once clean and once with each of their
 * rules broken (one fault per requirement, so one broken run judges all three).
 */
public class CimiNetPartsAndMonitoringOnFakeProviderTest {
    private static final List<String> JUDGED = List.of("CIMI-NET-002", "CIMI-MON-001", "CIMI-MON-002");

    @BeforeClass
    public void boundTheWaitForTheFake() {
        System.setProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY, "2000");
    }

    @AfterClass(alwaysRun = true)
    public void restoreTheWait() {
        System.clearProperty(CimiContext.STATE_CHANGE_WAIT_PROPERTY);
    }

    private static JsonNode run(Set<FakeNetPartsAndMonitoringProvider.Fault> faults) throws IOException {
        try (FakeNetPartsAndMonitoringProvider provider = new FakeNetPartsAndMonitoringProvider(faults)) {
            Path target = Files.createTempFile("cimi-netmon-target", ".yaml");
            Files.writeString(target, """
                    name: fake CIMI network parts and monitoring provider
                    endpoints:
                      cimi: %s
                    claims:
                      standards: [DSP0263]
                      features: [cimi-networks, cimi-monitoring]
                    """.formatted(provider.entryPoint()));
            Path outDir = Files.createTempDirectory("cimi-netmon-run");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            // only the scenarios citing the judged requirements: a run of every CIMI feature would be slow
            String tags = JUDGED.stream().map(id -> "@" + id).collect(Collectors.joining(" or "));
            int exit = new ConformanceRun(Catalogue.loadDefault(), new PrintWriter(out, true),
                    new PrintWriter(err, true)).execute(new ConformanceRun.Options(Optional.of(target),
                    Optional.of(tags), outDir, Optional.of(Path.of("src/main/resources/features/cimi"))));
            return new SuiteRun(exit, out.toString(), err.toString(), outDir).report();
        }
    }


    @Test
    public void aConformingProviderPasses() throws IOException {
        JsonNode report = run(EnumSet.noneOf(FakeNetPartsAndMonitoringProvider.Fault.class));
        for (String id : JUDGED) {
            assertThat(statusOf(report, id)).as(id).isEqualTo("PASSED");
        }
    }

    @Test
    public void eachBrokenRuleIsCaught() throws IOException {
        JsonNode report = run(EnumSet.allOf(FakeNetPartsAndMonitoringProvider.Fault.class));
        for (String id : JUDGED) {
            assertThat(statusOf(report, id)).as(id).isEqualTo("FAILED");
        }
    }
}
