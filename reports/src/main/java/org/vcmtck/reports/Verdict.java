package org.vcmtck.reports;

/** The verdict on one standard (or on the whole run). */
public enum Verdict {
    /** Every applicable MUST passed and nothing failed. */
    CONFORMANT,
    /** At least one requirement failed. */
    NOT_CONFORMANT,
    /** Nothing failed, but some applicable MUST was not shown to pass. */
    INCOMPLETE,
    /** The target does not claim the standard. */
    NOT_APPLICABLE
}
