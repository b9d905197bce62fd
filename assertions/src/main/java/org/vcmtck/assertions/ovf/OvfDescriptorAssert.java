package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a descriptor. Each check walks the whole document, collects every violation of its rule and
 * fails once, listing them with the requirement id and an XPath-like location.
 */
public final class OvfDescriptorAssert extends AbstractAssert<OvfDescriptorAssert, OvfDescriptor> {

    private final String subject;

    OvfDescriptorAssert(OvfDescriptor actual, String subject) {
        super(actual, OvfDescriptorAssert.class);
        this.subject = subject;
    }

    /** Checks one rule. */
    public OvfDescriptorAssert follows(DescriptorRule rule) {
        return followsAll(List.of(rule));
    }

    /** Checks the rules and fails once with the violations of all of them. */
    public OvfDescriptorAssert followsAll(List<DescriptorRule> rules) {
        isNotNull();
        List<Violation> violations = new ArrayList<>(DescriptorRule.checkAll(actual, rules));
        if (!violations.isEmpty()) {
            failWithMessage("%s", ViolationReport.message(subject, violations));
        }
        return this;
    }

    /** Every descriptor rule. */
    public OvfDescriptorAssert followsEveryDescriptorRule() {
        return followsAll(DescriptorRule.all());
    }

    /** Every rule stating one requirement id (e.g. {@code OVF-HW-008}). */
    public OvfDescriptorAssert followsRequirement(String requirementId) {
        List<DescriptorRule> rules = DescriptorRule.forRequirement(requirementId);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("no descriptor rule states " + requirementId);
        }
        return followsAll(rules);
    }

    /** OVF-ENV-001. */
    public OvfDescriptorAssert isInDmtfEnvelopeNamespace() {
        return follows(DescriptorRule.ENVELOPE_NAMESPACE);
    }

    /** OVF-ENV-005 and OVF-ENV-006. */
    public OvfDescriptorAssert hasUniqueContentIds() {
        return followsAll(List.of(DescriptorRule.SIBLING_CONTENT_IDS, DescriptorRule.CONTENT_IDS_UNIQUE));
    }

    /** OVF-HW-008. */
    public OvfDescriptorAssert hasUniqueInstanceIds() {
        return follows(DescriptorRule.UNIQUE_INSTANCE_IDS);
    }

    /** OVF-HW-020. */
    public OvfDescriptorAssert hasValidResourceTypes() {
        return follows(DescriptorRule.RESOURCE_TYPES);
    }

    /** OVF-HW-009. */
    public OvfDescriptorAssert hasResolvableParents() {
        return follows(DescriptorRule.PARENT_REFERENCES);
    }

    /** OVF-HW-011 and OVF-HW-012. */
    public OvfDescriptorAssert hasResolvableHostResources() {
        return followsAll(List.of(DescriptorRule.DISK_HOST_RESOURCES, DescriptorRule.FILE_HOST_RESOURCES));
    }

    /** OVF-HW-016 and OVF-DISK-004. */
    public OvfDescriptorAssert hasProgrammaticAllocationUnits() {
        return followsAll(List.of(DescriptorRule.ALLOCATION_UNITS, DescriptorRule.DISK_CAPACITY_UNITS));
    }

    /** OVF-PROD-005..009. */
    public OvfDescriptorAssert hasValidProperties() {
        return followsAll(List.of(DescriptorRule.PROPERTY_KEY_AND_TYPE, DescriptorRule.UNIQUE_PROPERTY_KEYS,
                DescriptorRule.PROPERTY_TYPES, DescriptorRule.PROPERTY_QUALIFIERS, DescriptorRule.PROPERTY_VALUES));
    }

    /** OVF-ENV-004 and OVF-ENV-008: Info first in every content entity and section. */
    public OvfDescriptorAssert hasRequiredInfoElements() {
        return followsAll(List.of(DescriptorRule.CONTENT_ID_AND_INFO, DescriptorRule.SECTIONS_START_WITH_INFO));
    }
}
