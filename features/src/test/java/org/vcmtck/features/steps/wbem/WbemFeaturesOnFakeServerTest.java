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
        return runAgainst(server, "");
    }

    private static SuiteRun runAgainst(FakeWbemServer server, String more) throws IOException {
        return runAgainst(server, more, "wbem-pull, wbem-mpost");
    }

    private static SuiteRun runAgainst(FakeWbemServer server, String more, String features) throws IOException {
        Path target = Files.createTempFile("wbem-target", ".yaml");
        Files.writeString(target, """
                name: fake WBEM server
                endpoints:
                  wbem: %s
                claims:
                  standards: [DSP0200]
                  features: [%s]
                """.formatted(server.url(), features) + more);
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
                "WBEM-ERR-001", "WBEM-ERR-002", "WBEM-HTTP-002", "WBEM-HTTP-003", "WBEM-HTTP-009", "WBEM-HTTP-010",
                "WBEM-HTTP-011", "WBEM-HDR-006"}) {
                assertThat(statusOf(report, id)).as("%s\nout: %s\nerr: %s", id, run.out(), run.err())
                        .isEqualTo("PASSED");
            }
            // no credentials in the target, and no instances: never passed, never failed
            assertThat(statusOf(report, "WBEM-AUTH-002")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "WBEM-PULL-003")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "WBEM-OP-004")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "WBEM-AUTH-003")).isEqualTo("NOT_TESTED");
            // reference-only: a remote target cannot be made to shut down
            assertThat(statusOf(report, "WBEM-HTTP-012")).isEqualTo("NOT_APPLICABLE");
        }
    }

    @Test
    public void eachHttpFaultFailsItsRequirement() throws IOException {
        Object[][] cases = {
            {FakeWbemServer.Fault.HOST_NOT_REQUIRED, "WBEM-HTTP-003"},
            {FakeWbemServer.Fault.HEADERS_NOT_DECODED, "WBEM-HDR-006"},
            {FakeWbemServer.Fault.BAD_RESPONSE_TIME, "WBEM-HTTP-009"},
            {FakeWbemServer.Fault.MPOST_NOT_FOUND, "WBEM-HTTP-010"},
        };
        for (Object[] c : cases) {
            try (FakeWbemServer server = new FakeWbemServer((FakeWbemServer.Fault) c[0])) {
                SuiteRun run = runAgainst(server);
                JsonNode report = run.report();
                assertThat(statusOf(report, (String) c[1])).as("%s\nout: %s\nerr: %s", c[0], run.out(), run.err())
                        .isEqualTo("FAILED");
                assertThat(statusOf(report, "WBEM-HTTP-006")).as("%s", c[0]).isEqualTo("PASSED");
            }
        }
    }

    @Test
    public void aReadOnlyUserWhoseWritesGetThroughFailsTheAccessRequirement() throws IOException {
        String reader = """
                credentials:
                  wbemReadOnly: { user: %s, password: pw }
                """.formatted(FakeWbemServer.READER);
        try (FakeWbemServer denying = new FakeWbemServer(FakeWbemServer.Fault.NONE, true)) {
            SuiteRun run = runAgainst(denying, reader);
            assertThat(statusOf(run.report(), "WBEM-AUTH-003")).as("out: %s\nerr: %s", run.out(), run.err())
                    .isEqualTo("PASSED");
        }
        try (FakeWbemServer letting = new FakeWbemServer(FakeWbemServer.Fault.READ_ONLY_MAY_WRITE, true)) {
            assertThat(statusOf(runAgainst(letting, reader).report(), "WBEM-AUTH-003")).isEqualTo("FAILED");
        }
    }

    @Test
    public void basicCredentialsOverPlainHttpFailTheTlsRequirementOfATargetClaimingIt() throws IOException {
        String credentials = """
                credentials:
                  wbem: { user: someone, password: pw }
                """;
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.NONE)) {
            JsonNode report = runAgainst(server, credentials, "wbem-tls").report();
            assertThat(statusOf(report, "WBEM-HTTP-008")).isEqualTo("FAILED");
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

    @Test
    public void aCreationNamingNothingFailsCreateInstanceAndARefusedOneIsNotTested() throws IOException {
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.CREATE_RETURNS_NO_NAME)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "WBEM-OP-007")).isEqualTo("FAILED");
        }
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.NONE)) {
            JsonNode report = runAgainst(server).report();
            // the fake refuses CreateInstance as not supported: nothing to check, never passed
            assertThat(statusOf(report, "WBEM-OP-007")).isEqualTo("NOT_TESTED");
            assertThat(statusOf(report, "WBEM-OP-009")).isEqualTo("NOT_TESTED");
        }
    }

    @Test
    public void refusingEveryQueryAsMalformedFailsExecQuery() throws IOException {
        try (FakeWbemServer server = new FakeWbemServer(FakeWbemServer.Fault.QUERY_ERRORS_CONFUSED, true)) {
            JsonNode report = runAgainst(server, "", "wbem-exec-query").report();
            assertThat(statusOf(report, "WBEM-OP-011")).isEqualTo("FAILED");
        }
    }
}
