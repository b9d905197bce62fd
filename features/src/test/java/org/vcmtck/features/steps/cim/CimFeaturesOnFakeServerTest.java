package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/**
 * Runs the DSP1042, DSP1057 and cross-profile features against a fake virtualization server: the conforming model
 * passes every requirement the features check (the job requirements through DestroySystem's job), leaves nothing it
 * defined behind, and each fault fails the requirement it breaks while the others stay passed.
 */
public class CimFeaturesOnFakeServerTest {

    private static final List<String> CHECKED = List.of("SV-001", "SV-002", "SV-003", "SV-004", "SV-005", "SV-006",
            "SV-007", "SV-008", "SV-013", "SV-014", "SV-015", "SV-016", "SV-017", "SV-018", "VS-001", "VS-002",
            "VS-003", "VS-004", "VS-005", "VS-006", "VS-007", "VS-009", "VS-010", "VS-011", "VS-012", "VS-013",
            "VS-014", "VS-015", "VS-018", "SV-009", "SV-010", "SV-011", "SV-012", "VS-008", "VS-016", "VS-017",
            "X-001", "X-002", "X-003", "X-004");
    private static final FakeServerRun RUN = FakeServerRun.of(
            List.of("DSP0200", "DSP1033", "DSP1042", "DSP1057", "CIM-CROSS"), "dsp1042-system-virtualization.feature",
            "dsp1057-virtual-system.feature", "cim-cross-profile.feature");

    @Test
    public void theConformingModelPassesEveryCheckedRequirementAndIsLeftClean() throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(FakeVirtualizationServer.Fault.NONE)) {
            SuiteRun run = RUN.against(server);
            FakeServerRun.assertPassed(run, CHECKED);
            assertThat(server.virtualSystems()).as("virtual systems left on the target").isZero();
        }
    }

    @Test
    public void aResourceTypeWithoutPrimordialPoolFailsOnlyThePoolRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.NO_PRIMORDIAL_POOL);
        assertThat(statusOf(report, "SV-004")).isEqualTo("FAILED");
        assertThat(statusOf(report, "SV-002")).isEqualTo("PASSED");
        assertThat(statusOf(report, "SV-006")).isEqualTo("PASSED");
    }

    @Test
    public void aDefinitionThatCreatesNoSystemFailsDefineSystem() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.DEFINE_WITHOUT_SYSTEM);
        assertThat(statusOf(report, "SV-006")).isEqualTo("FAILED");
        assertThat(statusOf(report, "SV-003")).isEqualTo("FAILED");
        assertThat(statusOf(report, "SV-001")).isEqualTo("PASSED");
    }

    @Test
    public void anAcceptedIllegalTransitionFailsTheStateModel() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.ILLEGAL_TRANSITION_ACCEPTED);
        assertThat(statusOf(report, "VS-005")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VS-003")).isEqualTo("PASSED");
        assertThat(statusOf(report, "VS-009")).isEqualTo("PASSED");
    }

    @Test
    public void defaultSettingsWithoutIsDefaultFailTheDefaultSettingsRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.IS_DEFAULT_MISSING);
        assertThat(statusOf(report, "VS-010")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VS-009")).isEqualTo("PASSED");
    }

    @Test
    public void aSystemThatOutlivesDestroySystemFailsDestroySystem() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.DESTROY_LEAVES_SYSTEM);
        assertThat(statusOf(report, "SV-008")).isEqualTo("FAILED");
        assertThat(statusOf(report, "SV-006")).isEqualTo("PASSED");
    }

    @Test
    public void aDeviceWithoutItsSettingsFailsTheDeviceRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.DEVICE_WITHOUT_SETTINGS);
        assertThat(statusOf(report, "VS-015")).isEqualTo("FAILED");
        assertThat(statusOf(report, "VS-011")).isEqualTo("PASSED");
    }

    @Test
    public void destroyingAnUnknownSystemAsIfItExistedFailsTheInvalidInputRequirement() throws IOException {
        JsonNode report = RUN.reportWith(FakeVirtualizationServer.Fault.UNKNOWN_SYSTEM_DESTROYED);
        assertThat(statusOf(report, "SV-017")).isEqualTo("FAILED");
        assertThat(statusOf(report, "SV-008")).isEqualTo("PASSED");
    }

}
