package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the DSP1097 feature against the fake virtualization server (one hosted switch, switch definition offered):
 * the conforming model passes every switch requirement and is left as it was; each switch fault fails the
 * requirement it breaks.
 */
public class Dsp1097OnFakeServerTest {

    private static final List<String> CHECKED = List.of("VES-001", "VES-002", "VES-003");
    private static final FakeServerRun RUN = FakeServerRun.of(
            List.of("DSP0200", "DSP1033", "DSP1042", "DSP1057", "DSP1097"), "dsp1097-virtual-ethernet-switch.feature");

    @Test
    public void theConformingModelPassesEverySwitchRequirementAndIsLeftAsItWas() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(FakeVirtualizationServer.Fault.NONE)) {
            SuiteRun run = RUN.against(server);
            FakeServerRun.assertPassed(run, CHECKED);
            assertThat(server.virtualSystems()).as("virtual systems left on the target").isZero();
            assertThat(server.switches()).as("switches on the target after the run").isEqualTo(1);
        }
    }

    @Test
    public void aReservedEvbModeFailsTheSwitchSettingsRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.SWITCH_EVB_MODE_RESERVED);
        assertThat(statusOf(report, "VES-001")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VES-002")).isEqualTo("PASSED");
    }

    @Test
    public void aDefineSystemThatMakesNoSwitchFailsTheDefinitionRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.SWITCH_DEFINE_IGNORED);
        assertThat(statusOf(report, "VES-002")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VES-001")).isEqualTo("PASSED");
    }

    @Test
    public void portsOfAnotherResourceTypeFailTheDefinitionRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.SWITCH_PORT_WRONG_TYPE);
        assertThat(statusOf(report, "VES-002")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VES-001")).isEqualTo("PASSED");
    }

    @Test
    public void aNicWhoseConnectionIsDroppedFailsTheConnectionRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.NIC_CONNECTION_DROPPED);
        assertThat(statusOf(report, "VES-003")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VES-001")).isEqualTo("PASSED");
    }
}
