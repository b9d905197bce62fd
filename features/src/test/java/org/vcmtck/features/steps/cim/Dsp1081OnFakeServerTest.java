package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the DSP1081 feature against the fake virtualization server (two hosts, an asynchronous migration service):
 * the conforming model passes every migration requirement and is left clean; each migration fault fails the
 * requirement it breaks while the others stay passed.
 */
public class Dsp1081OnFakeServerTest {

    private static final List<String> CHECKED = List.of("MIG-001", "MIG-002", "MIG-003", "MIG-004", "MIG-005",
            "MIG-006", "MIG-007");
    private static final FakeServerRun RUN = FakeServerRun.of(List.of("DSP0200", "DSP1033", "DSP1042", "DSP1057", "DSP1081"),
            "dsp1081-migration.feature");

    @Test
    public void theConformingModelPassesEveryMigrationRequirementAndIsLeftClean() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(FakeVirtualizationServer.Fault.NONE)) {
            SuiteRun run = RUN.against(server);
            FakeServerRun.assertPassed(run, CHECKED);
            assertThat(server.virtualSystems()).as("virtual systems left on the target").isZero();
        }
    }

    @Test
    public void aCheckThatMovesTheSystemFailsTheCheckRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.CHECK_CHANGES_STATE);
        assertThat(statusOf(report, "MIG-006")).isEqualTo("FAILED");
        assertThat(statusOf(report, "MIG-003")).isEqualTo("PASSED");
    }

    @Test
    public void aMigrationThatAnswersCompletedButMovesNothingFailsTheMigrationRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.MIGRATE_WITHOUT_MOVE);
        assertThat(statusOf(report, "MIG-003")).isEqualTo("FAILED");
        assertThat(statusOf(report, "MIG-006")).isEqualTo("PASSED");
        assertThat(statusOf(report, "MIG-001")).isEqualTo("PASSED");
    }

    @Test
    public void aDestinationHostInAnUnlistedFormatThatIsAcceptedFailsTheFormatRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.UNSUPPORTED_FORMAT_ACCEPTED);
        assertThat(statusOf(report, "MIG-005")).isEqualTo("FAILED");
        assertThat(statusOf(report, "MIG-003")).isEqualTo("PASSED");
    }

    @Test
    public void aSystemThatHidesItsMigrationFailsTheMigratingStatusRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.MIGRATION_STATUS_HIDDEN);
        assertThat(statusOf(report, "MIG-007")).isEqualTo("FAILED");
        assertThat(statusOf(report, "MIG-003")).isEqualTo("PASSED");
    }
}
