package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the DSP1043 feature against the fake virtualization server: the conforming model passes every checked
 * requirement and is left clean; each allocation-capabilities fault fails the requirement it breaks.
 */
public class Dsp1043OnFakeServerTest {

    private static final List<String> CHECKED = List.of("AC-001", "AC-002", "AC-003", "AC-004", "AC-005", "AC-006",
            "AC-008");
    private static final FakeServerRun RUN = FakeServerRun.of(List.of("DSP0200", "DSP1033", "DSP1042", "DSP1043"),
            "dsp1043-allocation-capabilities.feature");

    @Test
    public void theConformingModelPassesEveryCheckedRequirementAndIsLeftClean() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(FakeVirtualizationServer.Fault.NONE)) {
            SuiteRun run = RUN.against(server);
            FakeServerRun.assertPassed(run, CHECKED);
            assertThat(server.virtualSystems()).as("virtual systems left on the target").isZero();
        }
    }

    @Test
    public void aPoolWithoutAllocationCapabilitiesFailsOnlyThePoolRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.POOL_WITHOUT_ALLOCATION_CAPABILITIES);
        assertThat(statusOf(report, "AC-001")).isEqualTo("FAILED");
        assertThat(statusOf(report, "AC-005")).isEqualTo("PASSED");
        assertThat(statusOf(report, "AC-006")).isEqualTo("PASSED");
    }

    @Test
    public void aMinimumAboveTheMaximumFailsTheCanonicalSettings() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.ALLOCATION_MINIMUM_ABOVE_MAXIMUM);
        assertThat(statusOf(report, "AC-005")).isEqualTo("FAILED");
        assertThat(statusOf(report, "AC-001")).isEqualTo("PASSED");
        assertThat(statusOf(report, "AC-004")).isEqualTo("PASSED");
    }

    @Test
    public void anAcceptedOutOfBoundsRequestFailsTheBoundsRequirement() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(
                FakeVirtualizationServer.Fault.OUT_OF_BOUNDS_ALLOCATION_ACCEPTED)) {
            JsonNode report = RUN.against(server).report();
            assertThat(statusOf(report, "AC-006")).isEqualTo("FAILED");
            assertThat(statusOf(report, "AC-005")).isEqualTo("PASSED");
            // the wrongly defined system is destroyed after the scenario as well
            assertThat(server.virtualSystems()).isZero();
        }
    }
}
