package org.vcmtck.simulator.launcher;

/** Range checks of the launcher's numeric options, with the one message form every command prints. */
final class OptionRange {
    private OptionRange() {
    }

    /** {@code given}, or {@code fallback} when the option was left out; outside [min, max] is a usage error. */
    static int within(String option, Integer given, int fallback, int min, int max) {
        int value = given == null ? fallback : given;
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", was "
                    + value);
        }
        return value;
    }
}
