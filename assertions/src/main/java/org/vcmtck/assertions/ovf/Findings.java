package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Collects the violations of one rule while a check walks many nodes, so one failure lists them all. */
final class Findings {

    private final String requirementId;
    private final OvfDescriptor descriptor;
    private final List<Violation> violations = new ArrayList<>();

    Findings(String requirementId, OvfDescriptor descriptor) {
        this.requirementId = requirementId;
        this.descriptor = descriptor;
    }

    Findings(String requirementId) {
        this(requirementId, null);
    }

    void at(Element element, String found, String expected) {
        violations.add(new Violation(requirementId, descriptor.path(element), found, expected));
    }

    void at(String location, String found, String expected) {
        violations.add(new Violation(requirementId, location, found, expected));
    }

    List<Violation> list() {
        return List.copyOf(violations);
    }
}
