package org.vcmtck.simulator.model;

import java.util.List;
import java.util.regex.Pattern;

/** Argument checks shared by the spec records; each failure names the field it is about. */
final class Checks {
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    private Checks() {
    }

    static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ModelException.invalid(field, "must not be blank");
        }
        if (value.length() > 255) {
            throw ModelException.invalid(field, "must be at most 255 characters");
        }
        return value;
    }

    static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    static long positive(String field, long value) {
        if (value < 1) {
            throw ModelException.invalid(field, "must be at least 1, was " + value);
        }
        return value;
    }

    static long notNegative(String field, long value) {
        if (value < 0) {
            throw ModelException.invalid(field, "must not be negative, was " + value);
        }
        return value;
    }

    static double overcommit(String field, double value) {
        if (!(value >= 1.0) || Double.isInfinite(value)) {
            throw ModelException.invalid(field, "over-commit ratio must be a finite number >= 1.0, was " + value);
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw ModelException.invalid(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** Normalises a MAC to lower-case colon form; refuses malformed ones. */
    static String mac(String field, String value) {
        String normalised = value.trim().toLowerCase(java.util.Locale.ROOT).replace('-', ':');
        if (!MAC.matcher(normalised).matches()) {
            throw ModelException.invalid(field, "'" + value + "' is not a MAC address of the form 02:00:00:00:00:01");
        }
        return normalised;
    }

    static String unicastMac(String field, String value) {
        String normalised = mac(field, value);
        if ((Integer.parseInt(normalised.substring(0, 2), 16) & 1) != 0) {
            throw ModelException.invalid(field, "'" + value + "' is a multicast address; a NIC needs a unicast one");
        }
        return normalised;
    }

    static int vlan(String field, int vlanId) {
        if (vlanId < 0 || vlanId > 4094) {
            throw ModelException.invalid(field, "VLAN id must be in 0..4094, was " + vlanId);
        }
        return vlanId;
    }
}
