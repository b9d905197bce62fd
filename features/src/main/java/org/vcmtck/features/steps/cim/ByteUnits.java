package org.vcmtck.features.steps.cim;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte-based programmatic units (DSP0004 Annex C) as RASDs state memory and disk sizes: byte, byte*2^20, ... */
final class ByteUnits {
    private static final Pattern UNIT = Pattern.compile("bytes?(?:\\s*\\*\\s*(2|10)\\s*\\^\\s*(\\d{1,2}))?");

    private ByteUnits() {
    }

    /** Bytes per unit, or empty when the text is not a byte-based unit (or overflows). */
    static Optional<Long> factor(String units) {
        if (units == null) {
            return Optional.empty();
        }
        Matcher m = UNIT.matcher(units.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) == null) {
            return Optional.of(1L);
        }
        int base = Integer.parseInt(m.group(1));
        int exponent = Integer.parseInt(m.group(2));
        long factor = 1;
        for (int i = 0; i < exponent; i++) {
            if (factor > Long.MAX_VALUE / base) {
                return Optional.empty();
            }
            factor *= base;
        }
        return Optional.of(factor);
    }
}
