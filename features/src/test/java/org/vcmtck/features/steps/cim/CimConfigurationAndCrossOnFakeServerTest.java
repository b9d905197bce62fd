package org.vcmtck.features.steps.cim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.SuiteRun.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;
import org.vcmtck.features.steps.cim.FakeVirtualizationServer.Fault;

/**
 * The DSP1042 configuration methods (SV-009..012), the DSP1057 status checks (VS-008, VS-016, VS-017) and the
 * cross-profile walk (X-001..004) against the fake virtualization server: each fault fails the requirement it breaks
 * while a neighbouring one stays passed (the conforming model's run is {@link CimFeaturesOnFakeServerTest}'s).
 */
public class CimConfigurationAndCrossOnFakeServerTest {

    private static final List<String> STANDARDS = List.of("DSP0200", "DSP1033", "DSP1042", "DSP1057", "CIM-CROSS");
    private static final String SYSTEM_VIRTUALIZATION = "dsp1042-system-virtualization.feature";
    private static final String VIRTUAL_SYSTEM = "dsp1057-virtual-system.feature";
    private static final String CROSS = "cim-cross-profile.feature";

    @DataProvider
    public Object[][] faults() {
        return new Object[][]{
                {Fault.ADD_REPORTS_UNCREATED_RASD, SYSTEM_VIRTUALIZATION, "SV-009", "SV-010"},
                {Fault.MODIFY_RESOURCE_IGNORED, SYSTEM_VIRTUALIZATION, "SV-010", "SV-009"},
                {Fault.RENAME_IGNORED, SYSTEM_VIRTUALIZATION, "SV-011", "SV-012"},
                {Fault.REMOVE_IGNORED, SYSTEM_VIRTUALIZATION, "SV-012", "SV-011"},
                {Fault.LONG_NAME_ACCEPTED, VIRTUAL_SYSTEM, "VS-008", "VS-016"},
                {Fault.HEALTH_CONTRADICTS_STATUS, VIRTUAL_SYSTEM, "VS-016", "VS-017"},
                {Fault.IDENTIFIERS_UNDESCRIBED, VIRTUAL_SYSTEM, "VS-017", "VS-016"},
                {Fault.ASSOCIATED_PATH_UNREADABLE, CROSS, "X-001", "X-003"},
                {Fault.ONE_WAY_ASSOCIATION, CROSS, "X-002", "X-001"},
                {Fault.UNKNOWN_SOURCE_ANSWERED, CROSS, "X-003", "X-001"},
                {Fault.SHALLOW_ENUMERATION, CROSS, "X-004", "X-002"},
        };
    }

    @Test(dataProvider = "faults")
    public void eachFaultFailsTheRequirementItBreaks(Fault fault, String feature, String broken, String intact)
            throws IOException {
        try (FakeVirtualizationServer server = new FakeVirtualizationServer(fault)) {
            SuiteRun run = FakeServerRun.of(STANDARDS, feature).against(server);
            JsonNode report = run.report();
            assertThat(statusOf(report, broken)).as("%s with %s\nout: %s", broken, fault, run.out())
                    .isEqualTo("FAILED");
            assertThat(statusOf(report, intact)).as("%s with %s\nout: %s", intact, fault, run.out())
                    .isEqualTo("PASSED");
        }
    }
}
