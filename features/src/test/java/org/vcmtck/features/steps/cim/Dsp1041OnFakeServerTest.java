package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the DSP1041 feature against the fake virtualization server: the conforming model passes every requirement
 * the feature checks and is left clean (no virtual system, no child pool); each resource-allocation fault fails the
 * requirement it breaks while the others stay passed.
 */
public class Dsp1041OnFakeServerTest {

    private static final List<String> CHECKED = List.of("RA-001", "RA-002", "RA-003", "RA-004", "RA-005", "RA-006",
            "RA-008", "RA-009", "RA-010", "RA-011", "RA-012", "RA-013");
    private static final FakeServerRun RUN = FakeServerRun.of(List.of("DSP0200", "DSP1033", "DSP1041", "DSP1042"),
            "dsp1041-resource-allocation.feature");

    @Test
    public void theConformingModelPassesEveryCheckedRequirementAndIsLeftClean() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(FakeVirtualizationServer.Fault.NONE)) {
            SuiteRun run = RUN.against(server);
            FakeServerRun.assertPassed(run, CHECKED);
            assertThat(server.virtualSystems()).as("virtual systems left on the target").isZero();
            assertThat(server.childPoolsLeft()).as("child pools left on the target").isZero();
        }
    }

    @Test
    public void aPoolReservingBeyondItsCapacityFailsThePoolRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.RESERVED_ABOVE_CAPACITY);
        assertThat(statusOf(report, "RA-008")).isEqualTo("FAILED");
        assertThat(statusOf(report, "RA-009")).isEqualTo("PASSED");
        assertThat(statusOf(report, "RA-006")).isEqualTo("PASSED");
    }

    @Test
    public void aDeletablePrimordialPoolFailsThePrimordialRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.PRIMORDIAL_POOL_DELETED);
        assertThat(statusOf(report, "RA-011")).isEqualTo("FAILED");
        assertThat(statusOf(report, "RA-010")).isEqualTo("PASSED");
    }

    @Test
    public void anAcceptedReservationAboveItsBoundsFailsTheBoundsRequirement() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(
                FakeVirtualizationServer.Fault.RESERVATION_ABOVE_LIMIT_ACCEPTED)) {
            JsonNode report = RUN.against(server).report();
            assertThat(statusOf(report, "RA-012")).isEqualTo("FAILED");
            assertThat(statusOf(report, "RA-001")).isEqualTo("PASSED");
            // the systems the fault let through are destroyed after the scenario all the same
            assertThat(server.virtualSystems()).isZero();
        }
    }

    @Test
    public void aPoolIdNamingNoPoolFailsThePoolIdRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.POOL_ID_MISMATCH);
        assertThat(statusOf(report, "RA-006")).isEqualTo("FAILED");
        assertThat(statusOf(report, "RA-002")).isEqualTo("PASSED");
    }
}
