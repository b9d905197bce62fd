package org.vcmtck.assertions.ovf.env;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.vcmtck.assertions.ovf.Violation;
import org.vcmtck.assertions.ovf.ViolationReport;

/**
 * Assertions on a delivered environment:
 * {@code OvfEnvironmentAssert.assertThat(delivered).followsAllRules()}. Each check collects every violation of
 * its rules and fails once, naming the requirement ids, the delivery and each place.
 */
public final class OvfEnvironmentAssert extends AbstractAssert<OvfEnvironmentAssert, DeliveredEnvironment> {

    private OvfEnvironmentAssert(DeliveredEnvironment actual) {
        super(actual, OvfEnvironmentAssert.class);
    }

    public static OvfEnvironmentAssert assertThat(DeliveredEnvironment delivered) {
        return new OvfEnvironmentAssert(delivered);
    }

    public OvfEnvironmentAssert follows(EnvironmentRule rule) {
        return followsAll(List.of(rule));
    }

    public OvfEnvironmentAssert followsAll(List<EnvironmentRule> rules) {
        isNotNull();
        List<Violation> violations = EnvironmentRule.checkAll(actual, rules);
        if (!violations.isEmpty()) {
            failWithMessage("%s", ViolationReport.message(actual.displayName(), violations));
        }
        return this;
    }

    /** Every rule of {@link EnvironmentRule}; those that do not apply pass. */
    public OvfEnvironmentAssert followsAllRules() {
        return followsAll(EnvironmentRule.all());
    }

    /** The rules stating one requirement id (e.g. "OVF-OENV-003"). */
    public OvfEnvironmentAssert meets(String requirementId) {
        List<EnvironmentRule> rules = EnvironmentRule.forRequirement(requirementId);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no environment rule states " + requirementId + "; known: "
                    + EnvironmentRule.all().stream().map(EnvironmentRule::requirementId).toList());
        }
        return followsAll(rules);
    }
}
