package org.vcmtck.simulator.inventory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: plain bytes ({@code 1073741824}) or a whole number with a binary unit. */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB|TiB)?");

    private Sizes() {
    }

    /**
     * Parses {@code "512"}, {@code "4GiB"}, {@code "4 GiB"}, {@code "16KiB"}... (units B, KiB, MiB, GiB, TiB, case
     * sensitive as in IEC 80000-13). Returns -1 for anything else, including negative and overflowing sizes, so the
     * caller can report the text as written.
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return -1;
        }
        int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
            case "KiB" -> 10;
            case "MiB" -> 20;
            case "GiB" -> 30;
            case "TiB" -> 40;
            default -> 0;
        };
        try {
            long value = Long.parseLong(m.group(1));
            if (Long.numberOfLeadingZeros(value) <= shift) {
                return -1;
            }
            return value << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The largest exact unit for a size, e.g. 4294967296 → "4GiB"; used when writing sizes for people. */
    public static String format(long bytes) {
        String[] units = {"TiB", "GiB", "MiB", "KiB"};
        int[] shifts = {40, 30, 20, 10};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << shifts[i];
            if (bytes > 0 && bytes % unit == 0) {
                return (bytes >> shifts[i]) + units[i];
            }
        }
        return Long.toString(bytes);
    }
}
