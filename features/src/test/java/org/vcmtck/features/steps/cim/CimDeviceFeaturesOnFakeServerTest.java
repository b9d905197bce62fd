package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the five device features (DSP1044, DSP1045, DSP1047, DSP1050, DSP1059) against the fake virtualization
 * server: the conforming model passes every device requirement it can show (the RASD subclasses it does not use
 * leave DEV-004 and DEV-006 not tested) and leaves nothing behind; each device fault fails the requirement it breaks.
 */
public class CimDeviceFeaturesOnFakeServerTest {

    private static final List<String> DEVICE_FEATURES = List.of("dsp1044-processor.feature", "dsp1045-memory.feature",
            "dsp1047-storage.feature", "dsp1050-ethernet-port.feature", "dsp1059-generic-device.feature");
    private static final List<String> CHECKED = List.of("DEV-001", "DEV-002", "DEV-003", "DEV-005", "DEV-007",
            "DEV-008", "RA-007", "VS-015");
    private static final FakeServerRun RUN = FakeServerRun.of(List.of("DSP0200", "DSP1033", "DSP1041", "DSP1042",
            "DSP1044", "DSP1045", "DSP1047", "DSP1050", "DSP1057", "DSP1059"), DEVICE_FEATURES.toArray(String[]::new));

    @Test
    public void theConformingModelPassesEveryDeviceRequirementItShowsAndIsLeftClean() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(FakeVirtualizationServer.Fault.NONE)) {
            SuiteRun run = RUN.against(server);
            FakeServerRun.assertPassed(run, CHECKED);
            JsonNode report = run.report();
            assertThat(statusOf(report, "DEV-004")).isNotIn("PASSED", "FAILED");
            assertThat(statusOf(report, "DEV-006")).isNotIn("PASSED", "FAILED");
            assertThat(server.virtualSystems()).as("virtual systems left on the target").isZero();
        }
    }

    @Test
    public void twoVirtualProcessorsShownAsOneFailTheProcessorRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.PROCESSOR_MISSING);
        assertThat(statusOf(report, "DEV-001")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VS-015")).isEqualTo("PASSED");
        assertThat(statusOf(report, "DEV-002")).isEqualTo("PASSED");
    }

    @Test
    public void aDeviceAllocatedFromNoPoolFailsThePoolRequirements() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.DEVICE_WITHOUT_POOL);
        assertThat(statusOf(report, "RA-007")).isEqualTo("FAILED");
        assertThat(statusOf(report, "DEV-008")).isEqualTo("FAILED");
        assertThat(statusOf(report, "DEV-001")).isEqualTo("PASSED");
        assertThat(statusOf(report, "DEV-002")).isEqualTo("PASSED");
    }

    @Test
    public void aNetworkAdapterWithoutAddressFailsTheEthernetPortRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.NIC_WITHOUT_ADDRESS);
        assertThat(statusOf(report, "DEV-005")).isEqualTo("FAILED");
        assertThat(statusOf(report, "DEV-003")).isEqualTo("PASSED");
    }

    @Test
    public void aSettingNamingAnotherPoolFailsOnlyTheCrossWalk() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.POOL_ID_MISMATCH);
        assertThat(statusOf(report, "DEV-008")).isEqualTo("FAILED");
        assertThat(statusOf(report, "RA-007")).isEqualTo("PASSED");
        assertThat(statusOf(report, "DEV-002")).isEqualTo("PASSED");
    }
}
