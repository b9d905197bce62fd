package org.vcmtck.features.steps.cim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMInstance;

/** MAC addresses as RASDs (with or without separators) and Ethernet ports (twelve hex digits) write them. */
final class MacAddress {
    private static final Pattern SEPARATED = Pattern.compile("\\p{XDigit}{2}([:-])\\p{XDigit}{2}(\\1\\p{XDigit}{2}){4}");
    private static final Pattern PLAIN = Pattern.compile("\\p{XDigit}{12}");

    private MacAddress() {
    }

    /** Twelve upper-case hex digits, or empty if the value is not a MAC address. */
    static Optional<String> normalise(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        String t = text.trim();
        if (!SEPARATED.matcher(t).matches() && !PLAIN.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(t.replace(":", "").replace("-", "").toUpperCase(Locale.ROOT));
    }

    /** The group bit (lowest bit of the first octet) marks multicast and broadcast addresses. */
    static boolean isGroup(String normalised) {
        return (Integer.parseInt(normalised.substring(0, 2), 16) & 1) == 1;
    }

    /** The addresses a network port shows: PermanentAddress and NetworkAddresses, normalised. */
    static List<String> shownBy(CIMInstance port) {
        List<String> out = new ArrayList<>();
        normalise(port.getPropertyValue("PermanentAddress")).ifPresent(out::add);
        if (port.getPropertyValue("NetworkAddresses") instanceof Object[] addresses) {
            for (Object a : addresses) {
                normalise(a).ifPresent(out::add);
            }
        }
        return out;
    }
}
