package org.vcmtck.simulator.ovf.descriptor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DMTF programmatic units (DSP0004 Annex C, as used by rasd:AllocationUnits and ovf:capacityAllocationUnits):
 * a base unit followed by {@code * 2^n}, {@code * 10^n} or {@code * <integer>} modifiers, spaces optional
 * ({@code byte * 2^30}, {@code byte*2^20}, {@code hertz * 10^6}). The older spelled-out forms that real
 * producers still emit ({@code KiloBytes}, {@code MegaBytes}, {@code GigaBytes}, ...) are accepted as aliases.
 * Abbreviations such as {@code GB} or {@code MB} are refused: they are not units in either grammar.
 */
public record AllocationUnits(String baseUnit, BigDecimal multiplier) {
    private static final Set<String> BASE_UNITS = Set.of("byte", "bit", "hertz", "count", "percent", "second",
            "watt", "joule");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("bytes", "byte"),
            Map.entry("kilobytes", "byte * 2^10"),
            Map.entry("megabytes", "byte * 2^20"),
            Map.entry("gigabytes", "byte * 2^30"),
            Map.entry("terabytes", "byte * 2^40"),
            Map.entry("hz", "hertz"),
            Map.entry("megahertz", "hertz * 10^6"),
            Map.entry("gigahertz", "hertz * 10^9"));
    private static final Pattern POWER = Pattern.compile("(2|10)\\s*\\^\\s*(-?\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

    public AllocationUnits {
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException("multiplier must be positive");
        }
    }

    /** Units of {@code 2^exponent} bytes, e.g. {@code bytes(20)} = {@code byte * 2^20}. */
    public static AllocationUnits bytes(int exponent) {
        return new AllocationUnits("byte", new BigDecimal(BigInteger.TWO.pow(exponent)));
    }

    /** Parses {@code text}; throws IllegalArgumentException with the reason when it is not a programmatic unit. */
    public static AllocationUnits parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty unit");
        }
        String t = text.trim();
        String alias = ALIASES.get(t.toLowerCase(Locale.ROOT));
        if (alias != null) {
            t = alias;
        }
        String[] parts = t.split("\\*", -1);
        String base = parts[0].trim();
        if (!BASE_UNITS.contains(base)) {
            throw new IllegalArgumentException("'" + text + "': unknown base unit '" + base + "' (expected one of "
                    + BASE_UNITS.stream().sorted().toList() + ", e.g. 'byte * 2^20')");
        }
        BigDecimal multiplier = BigDecimal.ONE;
        for (int i = 1; i < parts.length; i++) {
            String m = parts[i].trim();
            Matcher power = POWER.matcher(m);
            if (power.matches()) {
                int exp = Integer.parseInt(power.group(2));
                BigDecimal radix = new BigDecimal(power.group(1));
                multiplier = multiplier.multiply(exp >= 0 ? radix.pow(exp)
                        : BigDecimal.ONE.divide(radix.pow(-exp)));
            } else if (NUMBER.matcher(m).matches() && !m.equals("0")) {
                multiplier = multiplier.multiply(new BigDecimal(m));
            } else {
                throw new IllegalArgumentException("'" + text + "': bad modifier '" + m
                        + "' (expected 2^n, 10^n or a positive integer)");
            }
        }
        return new AllocationUnits(base, multiplier.stripTrailingZeros());
    }

    /** {@code quantity} of these units in base units; ArithmeticException when it does not fit a long exactly. */
    public long toBaseUnits(long quantity) {
        return multiplier.multiply(BigDecimal.valueOf(quantity)).longValueExact();
    }

    /** Canonical text: {@code byte}, {@code byte * 2^n} for powers of two, else {@code base * 10^n} or a number. */
    public String format() {
        if (multiplier.compareTo(BigDecimal.ONE) == 0) {
            return baseUnit;
        }
        try {
            BigInteger m = multiplier.toBigIntegerExact();
            if (m.bitCount() == 1) {
                return baseUnit + " * 2^" + m.getLowestSetBit();
            }
        } catch (ArithmeticException ignored) {
            // a fractional multiplier is written as a power of ten below
        }
        int scale = multiplier.stripTrailingZeros().scale();
        BigDecimal unscaled = multiplier.movePointRight(scale);
        if (unscaled.compareTo(BigDecimal.ONE) == 0) {
            return baseUnit + " * 10^" + (-scale);
        }
        return baseUnit + " * " + multiplier.toPlainString();
    }
}
