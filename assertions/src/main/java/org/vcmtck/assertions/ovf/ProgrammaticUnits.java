package org.vcmtck.assertions.ovf;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DMTF programmatic units (DSP0004 annex C) as OVF uses them: a unit expression of base units, optionally joined
 * by "per" and qualified by "squared"/"cubic", then any number of multipliers {@code * 10^n} or {@code * 2^n}
 * (e.g. {@code byte * 2^20}, {@code hertz * 10^6}, {@code count}). Vendor spellings such as "MegaBytes" are not
 * programmatic units.
 */
final class ProgrammaticUnits {

    private static final Pattern MULTIPLIERS = Pattern.compile("((?:\\s*\\*\\s*(?:10|2)\\s*\\^\\s*[+-]?\\d+)*)\\s*$");

    private static final Set<String> BASE_UNITS = Set.of("bit", "byte", "dword", "qword", "count", "percent",
            "hertz", "second", "minute", "hour", "day", "week", "month", "year", "watt", "joule", "volt", "ampere",
            "ohm", "farad", "coulomb", "meter", "gram", "kelvin", "candela", "mole", "radian", "steradian",
            "decibel", "lux", "lumen", "pixel", "revolution", "cycle", "pascal", "newton", "tesla", "weber",
            "henry", "siemens", "degree celsius", "celsius", "fahrenheit", "liter", "inch", "foot", "mile",
            "ounce", "pound", "attempt", "packet", "frame", "octet", "block", "sector", "track", "cylinder",
            "page", "character", "word", "line", "clock tick", "tick", "erlang", "bel", "error", "retry",
            "connection", "request", "response", "transaction", "message", "datagram");

    private static final Set<String> MODIFIERS = Set.of("per", "squared", "cubic", "square");

    private ProgrammaticUnits() {
    }

    /** The unit expression without multipliers, lower-cased, when the whole text follows the grammar. */
    static Optional<String> baseUnit(String text) {
        String trimmed = text.trim();
        Matcher multipliers = MULTIPLIERS.matcher(trimmed);
        if (!multipliers.find()) {
            return Optional.empty();
        }
        String unit = trimmed.substring(0, multipliers.start()).trim();
        if (unit.isEmpty() || !unit.equals(unit.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String[] words = unit.split("\\s+");
        boolean expectUnit = true;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("per")) {
                if (expectUnit) {
                    return Optional.empty();
                }
                expectUnit = true;
            } else if (MODIFIERS.contains(word)) {
                continue;
            } else if (BASE_UNITS.contains(word)
                    || (i + 1 < words.length && BASE_UNITS.contains(word + " " + words[i + 1]))) {
                if (!BASE_UNITS.contains(word)) {
                    i++;
                }
                expectUnit = false;
            } else {
                return Optional.empty();
            }
        }
        return expectUnit ? Optional.empty() : Optional.of(unit);
    }

    static boolean isValid(String text) {
        return baseUnit(text).isPresent();
    }
}
