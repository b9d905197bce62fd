package org.vcmtck.features.steps.cim;

import java.util.regex.Pattern;

/**
 * The shape of a DSP0004 programmatic unit (Annex C) as AllocationUnits states it: unit elements joined by
 * {@code *} or {@code /}, each a base unit (a lowercase word, optionally qualified in parentheses and raised to an
 * exponent) or a numeric factor such as {@code 2^20} or {@code 10^6}, with at least one base unit. "byte*2^20",
 * "hertz*10^6", "percent" and "count" have it; "MB", "1024" and "" do not.
 */
final class ProgrammaticUnits {
    private static final Pattern BASE_UNIT = Pattern.compile("[a-z][a-z -]*(\\([^()]*\\))?(\\s*\\^\\s*-?\\d+)?");
    private static final Pattern FACTOR = Pattern.compile("\\d+(\\s*\\^\\s*-?\\d+)?");

    private ProgrammaticUnits() {
    }

    static boolean valid(String unit) {
        if (unit == null || unit.isBlank()) {
            return false;
        }
        boolean baseUnit = false;
        for (String element : unit.trim().split("[*/]", -1)) {
            String e = element.trim();
            if (BASE_UNIT.matcher(e).matches()) {
                baseUnit = true;
            } else if (!FACTOR.matcher(e).matches()) {
                return false;
            }
        }
        return baseUnit;
    }
}
