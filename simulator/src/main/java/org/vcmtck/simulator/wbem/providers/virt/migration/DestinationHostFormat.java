package org.vcmtck.simulator.wbem.providers.virt.migration;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The DestinationHost formats of CIM_VirtualSystemMigrationCapabilities.DestinationHostFormatsSupported (MIG-005):
 * 2 DNS name, 3 IPv4 address, 4 IPv6 address. A string is read as an address first, since a dotted quad is also
 * made of DNS-legal characters.
 */
enum DestinationHostFormat {
    DNS_NAME(2), IPV4(3), IPV6(4);

    private static final Pattern IPV4_TEXT = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern DNS_TEXT = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    private final int code;

    DestinationHostFormat(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    /** The format {@code text} is written in, or empty when it is none of them. */
    static Optional<DestinationHostFormat> of(String text) {
        if (text == null || text.isEmpty() || text.length() > 253) {
            return Optional.empty();
        }
        if (IPV4_TEXT.matcher(text).matches()) {
            return Optional.of(IPV4);
        }
        if (IPV6_TEXT.matcher(text).matches()) {
            return Optional.of(IPV6);
        }
        return DNS_TEXT.matcher(text).matches() ? Optional.of(DNS_NAME) : Optional.empty();
    }
}
