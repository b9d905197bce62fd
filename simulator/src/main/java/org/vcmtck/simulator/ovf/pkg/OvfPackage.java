package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;

import java.util.List;

/**
 * A package as read in one pass: descriptor, manifest (null when absent), the members in the order they were
 * met, and every finding. A package with error findings is not conformant, but everything readable is here.
 */
public record OvfPackage(String source, PackageForm form, String descriptorName, OvfDescriptor descriptor,
                         Manifest manifest, boolean hasCertificate, List<PackageMember> members,
                         List<OvfFinding> findings) {
    public OvfPackage {
        members = List.copyOf(members);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(OvfFinding::isError);
    }

    public List<OvfFinding> errors() {
        return findings.stream().filter(OvfFinding::isError).toList();
    }

    /** The member with this name, or null. */
    public PackageMember member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }
}
