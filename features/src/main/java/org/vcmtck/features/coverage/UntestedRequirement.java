package org.vcmtck.features.coverage;

import java.util.Objects;
import java.util.Optional;
import org.vcmtck.profiles.Level;

/**
 * A checkable requirement (MUST, SHOULD or MAY) that no scenario cites.
 *
 * @param id         its catalogue id
 * @param level      its level
 * @param statement  its one-line statement
 * @param reason     why it has no scenario, when the catalogue says: its applicability note, or that it is unconfirmed
 * @param excused    true when the catalogue says the suite cannot observe it ({@code applies.observable: false}) or
 *                   marks it unconfirmed (no check may rest on it yet); such a requirement is untested by design, not
 *                   a gap of the suite
 */
public record UntestedRequirement(String id, Level level, String statement, Optional<String> reason,
                                  boolean excused) {

    public UntestedRequirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        statement = statement == null ? "" : statement;
        Objects.requireNonNull(reason, "reason");
    }

    /** A MUST requirement nobody checks and the catalogue does not explain: what the CI gate refuses. */
    public boolean isUnexplainedMustGap() {
        return level == Level.MUST && !excused;
    }
}
