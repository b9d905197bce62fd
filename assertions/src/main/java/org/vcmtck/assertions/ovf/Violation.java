package org.vcmtck.assertions.ovf;

import java.util.Objects;

/**
 * One place where a package or descriptor breaks a rule.
 *
 * @param requirementId the catalogue id stating the rule, e.g. {@code OVF-REF-003}
 * @param location      where: a member name, a manifest line or an XPath-like element path
 * @param found         what is there
 * @param expected      what the rule asks for
 */
public record Violation(String requirementId, String location, String found, String expected) {

    public Violation {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(expected, "expected");
    }

    @Override
    public String toString() {
        return "[" + requirementId + "] at " + location + ": found " + found + "; expected " + expected;
    }
}
