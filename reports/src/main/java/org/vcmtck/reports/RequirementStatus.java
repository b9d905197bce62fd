package org.vcmtck.reports;

/** What the run established about one requirement. */
public enum RequirementStatus {
    PASSED("passed"),
    FAILED("failed"),
    /** Applicable, but no scenario decided it (none exists, all were skipped, or their glue is missing). */
    NOT_TESTED("not tested"),
    /** The target does not claim the requirement's standard or its optional feature. */
    NOT_APPLICABLE("not applicable");

    private final String label;

    RequirementStatus(String label) {
        this.label = label;
    }

    /** Lower-case words for people, e.g. "not tested". */
    public String label() {
        return label;
    }
}
