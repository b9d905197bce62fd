package org.vcmtck.features.steps.wbem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the profile registration feature against a fake interop namespace: a conforming registration model passes
 * every DSP1033 requirement (with InstanceIDs that follow no pattern), each fault fails its own requirement, and
 * the run's profile discovery reads the registrations and compares them with the target file's claims.
 */
public class WbemProfileRegistrationOnFakeServerTest {

    private static final Path FEATURE = Path.of("src/main/resources/features/wbem/profile-registration.feature");

    private static SuiteRun runAgainst(FakeInteropServer server) throws IOException {
        Path target = Files.createTempFile("interop-target", ".yaml");
        Files.writeString(target, """
                name: fake interop namespace
                endpoints:
                  wbem: %s
                claims:
                  standards: [DSP0200, DSP1033, DSP1057, DSP1045]
                """.formatted(server.url()));
        return SuiteRun.of(target, Files.createTempDirectory("interop-run"), Optional.of(FEATURE));
    }

    @Test
    public void aConformingRegistrationModelPassesEveryProfileRegistrationRequirement() throws IOException {
        try (FakeInteropServer server = new FakeInteropServer(FakeInteropServer.Fault.NONE)) {
            SuiteRun run = runAgainst(server);
            JsonNode report = run.report();
            for (int i = 1; i <= 13; i++) {
                String id = "PR-%03d".formatted(i);
                assertThat(statusOf(report, id)).as("%s\nout: %s\nerr: %s", id, run.out(), run.err())
                        .isEqualTo("PASSED");
            }
        }
    }

    @Test
    public void theRunLearnsTheRegisteredProfilesAndReportsWhereTheyDisagreeWithTheClaims() throws IOException {
        try (FakeInteropServer server = new FakeInteropServer(FakeInteropServer.Fault.NONE)) {
            SuiteRun run = runAgainst(server);
            JsonNode registration = run.report().path("run").path("profileRegistration");
            assertThat(registration.path("read").asBoolean()).as(run.err()).isTrue();
            assertThat(registration.path("interopNamespace").asText()).isEqualTo("root/interop");
            assertThat(registration.path("registeredNotClaimed").toString()).isEqualTo("[\"DSP1042\"]");
            assertThat(registration.path("claimedNotRegistered").toString()).isEqualTo("[\"DSP1045\"]");
            assertThat(registration.path("findings").toString()).contains("Acme Widgets");
            // registered, so checked as claimed; neither registered nor claimed: not applicable, saying why
            assertThat(statusOf(run.report(), "SV-001")).isEqualTo("NOT_TESTED");
            JsonNode migration = requirement(run.report(), "MIG-001");
            assertThat(migration.path("status").asText()).isEqualTo("NOT_APPLICABLE");
            assertThat(migration.path("note").asText()).contains("not registered in the interop namespace");
            assertThat(run.out()).contains("profile registration: DSP1045 is claimed by the target file but not "
                    + "registered");
        }
    }

    @Test
    public void aDmtfProfileRegisteredByAnotherOrganizationFailsOnlyTheOrganizationRequirement() throws IOException {
        try (FakeInteropServer server =
                     new FakeInteropServer(FakeInteropServer.Fault.DMTF_PROFILE_WITH_OTHER_ORGANIZATION)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "PR-003")).isEqualTo("FAILED");
            assertThat(statusOf(report, "PR-002")).isEqualTo("PASSED");
            assertThat(statusOf(report, "PR-005")).isEqualTo("PASSED");
        }
    }

    @Test
    public void aTwoPartVersionFailsTheVersionRequirement() throws IOException {
        try (FakeInteropServer server = new FakeInteropServer(FakeInteropServer.Fault.TWO_PART_VERSION)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "PR-005")).isEqualTo("FAILED");
            assertThat(statusOf(report, "PR-003")).isEqualTo("PASSED");
        }
    }

    @Test
    public void conformanceThatCannotBeTraversedBackFailsTheCrossNamespaceRequirement() throws IOException {
        try (FakeInteropServer server = new FakeInteropServer(FakeInteropServer.Fault.ONE_WAY_CONFORMANCE)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "PR-011")).isEqualTo("FAILED");
            assertThat(statusOf(report, "PR-008")).isEqualTo("PASSED");
        }
    }

    @Test
    public void registeredProfilesTheCatalogueKnowsToBeLinkedMustBeLinked() throws IOException {
        try (FakeInteropServer server = new FakeInteropServer(FakeInteropServer.Fault.MISSING_REFERENCE)) {
            JsonNode report = runAgainst(server).report();
            assertThat(statusOf(report, "PR-010")).isEqualTo("FAILED");
            // without the reference no profile is a component one: the MAY for components has nothing to check
            assertThat(statusOf(report, "PR-009")).isEqualTo("NOT_TESTED");
        }
    }

    private static JsonNode requirement(JsonNode report, String id) {
        for (JsonNode standard : report.path("standards")) {
            for (JsonNode requirement : standard.path("requirements")) {
                if (requirement.path("id").asText().equals(id)) {
                    return requirement;
                }
            }
        }
        throw new AssertionError(id + " is not in the report");
    }
}
