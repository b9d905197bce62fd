package org.vcmtck.assertions.ovf;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/** Rules on References/File as the descriptor states them (the package rules check them against the members). */
final class ReferenceRules {

    static final BigInteger UNSIGNED_LONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ReferenceRules() {
    }

    /** OVF-REF-002: File has ovf:id and ovf:href; ovf:size is an xs:unsignedLong; ovf:chunkSize a positive long. */
    static List<Violation> fileAttributes(OvfDescriptor d) {
        Findings f = new Findings("OVF-REF-002", d);
        for (Element file : d.files()) {
            if (d.attr(file, "id").filter(v -> !v.isBlank()).isEmpty()) {
                f.at(file, "no ovf:id", "a required ovf:id");
            }
            if (d.attr(file, "href").filter(v -> !v.isBlank()).isEmpty()) {
                f.at(file, "no ovf:href", "a required ovf:href");
            }
            d.attr(file, "size").filter(v -> !isUnsignedLong(v)).ifPresent(v ->
                    f.at(file, "ovf:size=\"" + v + "\"", "an xs:unsignedLong byte count"));
            d.attr(file, "chunkSize").filter(v -> parsePositiveLong(v).isEmpty()).ifPresent(v ->
                    f.at(file, "ovf:chunkSize=\"" + v + "\"", "a positive xs:long chunk size in bytes"));
        }
        return f.list();
    }

    static boolean isUnsignedLong(String text) {
        String value = text.trim();
        if (!value.matches("\\+?\\d+")) {
            return false;
        }
        return new BigInteger(value.replace("+", "")).compareTo(UNSIGNED_LONG_MAX) <= 0;
    }

    static Optional<Long> parsePositiveLong(String text) {
        try {
            long value = Long.parseLong(text.trim());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** OVF-REF-003: File ids are unique within References. */
    static List<Violation> uniqueFileIds(OvfDescriptor d) {
        Findings f = new Findings("OVF-REF-003", d);
        Map<String, Element> seen = new HashMap<>();
        for (Element file : d.files()) {
            d.attr(file, "id").ifPresent(id -> {
                Element first = seen.putIfAbsent(id, file);
                if (first != null) {
                    f.at(file, "ovf:id \"" + id + "\" already used at " + d.path(first), "unique File ids");
                }
            });
        }
        return f.list();
    }

    /** OVF-REF-005: no two File elements point at the same file. */
    static List<Violation> noDuplicateHrefs(OvfDescriptor d) {
        Findings f = new Findings("OVF-REF-005", d);
        Map<String, Element> seen = new HashMap<>();
        for (Element file : d.files()) {
            d.attr(file, "href").map(String::trim).ifPresent(href -> {
                Element first = seen.putIfAbsent(href, file);
                if (first != null) {
                    f.at(file, "ovf:href \"" + href + "\" already referenced by " + d.path(first),
                            "each file referenced by one File element");
                }
            });
        }
        return f.list();
    }

    /** OVF-REF-007: ovf:compression is gzip, identity or absent (the package rules check the bytes). */
    static List<Violation> compressionValues(OvfDescriptor d) {
        Findings f = new Findings("OVF-REF-007", d);
        for (Element file : d.files()) {
            d.attr(file, "compression").map(String::trim)
                    .filter(v -> !v.isEmpty() && !v.equals("gzip") && !v.equals("identity"))
                    .ifPresent(v -> f.at(file, "ovf:compression=\"" + v + "\"", "gzip, identity or no attribute"));
        }
        return f.list();
    }
}
