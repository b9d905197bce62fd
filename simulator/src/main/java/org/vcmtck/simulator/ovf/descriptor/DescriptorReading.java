package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.OvfFinding;

import java.util.List;

/** A descriptor that could be parsed, with what is wrong in it (possibly nothing). */
public record DescriptorReading(OvfDescriptor descriptor, List<OvfFinding> findings) {
    public DescriptorReading {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(OvfFinding::isError);
    }
}
