package org.vcmtck.simulator.launcher;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue of deliberate deviations the reference can be switched into ({@code --deviate NAME}), used by the
 * suite's meta-tests. Empty in this version: every name is refused, so a script asking for a deviation that does
 * not exist fails loudly instead of testing a clean reference by mistake.
 */
final class Deviations {
    static final Set<String> CATALOGUE = Set.of();

    private Deviations() {
    }

    /** The requested deviations, checked against the catalogue. */
    static List<String> check(List<String> requested) throws LaunchException {
        for (String name : requested) {
            if (!CATALOGUE.contains(name)) {
                throw new LaunchException(LaunchException.BAD_INPUT, "unknown deviation '" + name + "'"
                        + (CATALOGUE.isEmpty() ? " (the deviation catalogue is empty in this version)"
                        : "; known: " + String.join(", ", new TreeSet<>(CATALOGUE))));
            }
        }
        return List.copyOf(requested);
    }
}
