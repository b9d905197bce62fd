package org.vcmtck.features.run;

import java.util.Locale;
import org.vcmtck.profiles.Level;

/**
 * The weakest requirement level whose failure fails the run ({@code check --fail-on}). {@link #MAY}, the default,
 * fails the run on any failed requirement; {@link #MUST} only on a failed MUST requirement, so a CI gate can hold
 * a target to the mandatory part of the standards first.
 */
public enum FailOn {
    MUST,
    SHOULD,
    MAY;

    /** Whether a failed requirement of this level fails the run. INFO items are never checked, so never fail it. */
    public boolean failsOn(Level level) {
        return switch (level) {
            case MUST -> true;
            case SHOULD -> this != MUST;
            case MAY -> this == MAY;
            case INFO -> false;
        };
    }

    /** The option value: {@code must}, {@code should} or {@code may} (any case). */
    public static FailOn parse(String value) {
        for (FailOn threshold : values()) {
            if (threshold.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return threshold;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a level: use must, should or may");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
