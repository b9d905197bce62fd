package org.vcmtck.features.steps.wbem;

import static org.vcmtck.features.fixtures.SuiteRun.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/** Runs the shipped WBEM features against a small fake server; each fault must fail its requirement. */
public class WbemFeaturesOnFakeServerTest {

    private static final Path WBEM_FEATURES = Path.of("src/main/resources/features/wbem");

    private static SuiteRun runAgainst(FakeWbemServer server) throws IOException {
        Path target = Files.createTempFile("wbem-target", ".yaml");
        Files.writeString(target, """
                name: fake WBEM server
                endpoints:
                  wbem: %s
                claims:
                  standards: [DSP0200]
                  features: [wbem-pull]
                """.formatted(server.url()));
        return SuiteRun.of(target, Files.createTempDirectory("wbem-run"), Optional.of(WBEM_FEATURES));
    }


    @Test
    public void aConformingServerPassesAndWhatItLacksIsNotTested() throws IOException {
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.NONE)) {
            SuiteRun run = runAgainst(server);
            JsonNode report = run.report();
            for (String id : new String[] {"WBEM-HTTP-001", "WBEM-HTTP-004", "WBEM-HTTP-005", "WBEM-HTTP-006",
                "WBEM-HDR-001", "WBEM-HDR-002", "WBEM-HDR-003", "WBEM-HDR-004", "WBEM-HDR-005", "WBEM-HDR-007",
                "WBEM-HDR-008", "WBEM-HDR-009", "WBEM-HDR-010", "WBEM-XML-001", "WBEM-XML-002", "WBEM-XML-003",
                "WBEM-XML-007", "WBEM-XML-009", "WBEM-OP-001", "WBEM-OP-002", "WBEM-OP-006", "WBEM-OP-013",
                "WBEM-ERR-001", "WBEM-ERR-002"}) {
                assertThat(statusOf(report, id)).as("%s\nout: %s\nerr: %s", id, run.out(), run.err())
                        .isEqualTo("PASSED");
            }
            // no credentials in the target, and no instances: never passed, never failed
            assertThat(statusOf(report, "WBEM-AUTH-002")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "WBEM-PULL-003")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "WBEM-OP-004")).isEqualTo("NOT_TESTED");
        }
    }

    @Test
    public void aRefusalWithoutCimErrorFailsTheHeaderRequirement() throws IOException {
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.NO_CIMERROR_HEADER)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "WBEM-HDR-008")).isEqualTo("FAILED");
            assertThat(statusOf(report, "WBEM-HDR-001")).isEqualTo("FAILED");
            assertThat(statusOf(report, "WBEM-HTTP-006")).isEqualTo("PASSED");
        }
    }

    @Test
    public void aWrongStatusCodeFailsTheOperationRequirement() throws IOException {
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.UNKNOWN_CLASS_IS_INVALID_CLASS)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "WBEM-OP-001")).isEqualTo("FAILED");
            assertThat(statusOf(report, "WBEM-OP-013")).isEqualTo("PASSED");
        }
    }

    @Test
    public void ignoringLocalOnlyFailsGetClassSemantics() throws IOException {
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.LOCAL_ONLY_IGNORED)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "WBEM-OP-001")).isEqualTo("FAILED");
            assertThat(statusOf(report, "WBEM-OP-002")).isEqualTo("PASSED");
        }
    }
}
