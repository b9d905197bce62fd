package org.vcmtck.assertions.ovf;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** OVF-DISK-007: ovf:populatedSize, the bytes a disk actually uses, as a provisioning estimate (§9.1). */
final class PopulatedSizeRules {

    /** Capacity units this rule can turn into bytes; others (and ${...} capacities) leave the bound unchecked. */
    private static final Pattern BYTE_UNITS = Pattern.compile("byte(?:\\s*\\*\\s*2\\s*\\^\\s*(\\d{1,2}))?");

    private PopulatedSizeRules() {
    }

    static List<Element> disksWithPopulatedSize(OvfDescriptor d) {
        return d.disks().stream().filter(disk -> d.attr(disk, "populatedSize").isPresent()).toList();
    }

    /** The populated size is a byte count, and a disk cannot use more bytes than its capacity holds. */
    static List<Violation> populatedSizes(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-007", d);
        for (Element disk : disksWithPopulatedSize(d)) {
            String value = d.attr(disk, "populatedSize").orElseThrow().trim();
            if (!value.matches("\\d{1,19}")) {
                f.at(disk, "ovf:populatedSize \"" + value + "\"", "a byte count (xs:long, not negative)");
                continue;
            }
            Optional<BigInteger> capacity = capacityBytes(d, disk);
            if (capacity.isPresent() && new BigInteger(value).compareTo(capacity.get()) > 0) {
                f.at(disk, "ovf:populatedSize " + value + " above the capacity of " + capacity.get() + " bytes",
                        "a populated size no larger than the disk's capacity");
            }
        }
        return f.list();
    }

    private static Optional<BigInteger> capacityBytes(OvfDescriptor d, Element disk) {
        Optional<String> capacity = d.attr(disk, "capacity").map(String::trim).filter(c -> c.matches("\\d{1,19}"));
        if (capacity.isEmpty()) {
            return Optional.empty();
        }
        Matcher units = BYTE_UNITS.matcher(d.attr(disk, "capacityAllocationUnits").orElse("byte").trim());
        if (!units.matches()) {
            return Optional.empty();
        }
        int exponent = units.group(1) == null ? 0 : Integer.parseInt(units.group(1));
        return Optional.of(new BigInteger(capacity.get()).shiftLeft(exponent));
    }
}
