package org.vcmtck.profiles;

/** Strength of a requirement, as the digests grade it (spec "shall" = MUST, and so on). */
public enum Level {
    MUST,
    SHOULD,
    MAY,
    /** Background facts the catalogue records for reference; nothing is checked against them. */
    INFO;

    /** The Gherkin tag that marks a scenario checking a requirement of this level, e.g. {@code @must}. */
    public String tag() {
        return "@" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
