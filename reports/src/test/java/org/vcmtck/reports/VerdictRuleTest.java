package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;

public class VerdictRuleTest {

    private static RequirementResult result(String id, Level level, RequirementStatus status) {
        Requirement requirement = new Requirement(id, level, "DSP0243", "DSP0243", "1", "statement", null, false);
        return new RequirementResult(requirement, status, "", List.of(), Optional.empty());
    }

    @Test
    public void claimedStandardWithNothingPassedIsNeverConformant() {
        // every MUST is not applicable and nothing was tested: no evidence backs a conformance claim
        List<RequirementResult> results = List.of(
                result("OVF-A-001", Level.MUST, RequirementStatus.NOT_APPLICABLE),
                result("OVF-A-002", Level.SHOULD, RequirementStatus.NOT_TESTED));

        assertThat(VerdictRule.forStandard(true, results)).isEqualTo(Verdict.INCOMPLETE);
    }

    @Test
    public void everyApplicableMustPassedIsConformant() {
        List<RequirementResult> results = List.of(
                result("OVF-A-001", Level.MUST, RequirementStatus.PASSED),
                result("OVF-A-002", Level.MUST, RequirementStatus.NOT_APPLICABLE),
                result("OVF-A-003", Level.MAY, RequirementStatus.NOT_TESTED));

        assertThat(VerdictRule.forStandard(true, results)).isEqualTo(Verdict.CONFORMANT);
    }
}
