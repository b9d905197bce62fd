package org.vcmtck.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;
import org.vcmtck.profiles.Applicability;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;
import org.vcmtck.profiles.target.Claims;

public class RequirementApplicabilityTest {

    private static final Claims CLAIMS_OVF2 = Fixtures.claims(Set.of("DSP0243"), Set.of("ovf-2"));
    private static final Claims CLAIMS_NOTHING_OPTIONAL = Fixtures.claims(Set.of("DSP0243"), Set.of());

    private static Requirement requirement(Applicability applies) {
        return new Requirement("OVF-HW-024", Level.SHOULD, "DSP0243", "DSP0243", "8", "statement", null, false,
                applies);
    }

    private static final Applicability ONLY_FOR_1X = new Applicability(true, List.of("ovf-2"), "1.x-only consumers");
    private static final Applicability UNOBSERVABLE = new Applicability(false, List.of(), "a UI's behaviour");

    @Test
    public void anUnobservableRequirementWithoutAVerdictIsNotApplicableWithItsReason() {
        RequirementResult result = new RequirementJudge(CLAIMS_NOTHING_OPTIONAL).judge(requirement(UNOBSERVABLE),
                List.of());

        assertThat(result.status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(result.note()).contains("not observable").contains("a UI's behaviour");
    }

    @Test
    public void aRequirementTheClaimsExcludeIsNotApplicableEvenWhenItsScenarioWasSkipped() {
        RequirementResult result = new RequirementJudge(CLAIMS_OVF2).judge(requirement(ONLY_FOR_1X),
                List.of(Fixtures.scenario("skipped", Outcome.SKIPPED, "@OVF-HW-024")));

        assertThat(result.status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
        assertThat(result.note()).contains("ovf-2").contains("1.x-only consumers");
    }

    @Test
    public void withoutTheExcludingClaimTheRequirementStaysNotTested() {
        RequirementResult result = new RequirementJudge(CLAIMS_NOTHING_OPTIONAL).judge(requirement(ONLY_FOR_1X),
                List.of());

        assertThat(result.status()).isEqualTo(RequirementStatus.NOT_TESTED);
    }

    @Test
    public void aVerdictFromAScenarioWinsOverTheNote() {
        RequirementJudge judge = new RequirementJudge(CLAIMS_OVF2);

        assertThat(judge.judge(requirement(UNOBSERVABLE),
                List.of(Fixtures.scenario("failing", Outcome.FAILED, "@OVF-HW-024"))).status())
                .isEqualTo(RequirementStatus.FAILED);
        assertThat(judge.judge(requirement(ONLY_FOR_1X),
                List.of(Fixtures.scenario("passing", Outcome.PASSED, "@OVF-HW-024"))).status())
                .isEqualTo(RequirementStatus.PASSED);
    }
}
