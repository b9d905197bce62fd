package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/** Rules on how a descriptor extends the standard (§7.3). */
final class ExtensionRules {

    /** The sections DSP8023 1.x defines. */
    static final Set<String> OVF1_SECTIONS = Set.of("DiskSection", "NetworkSection", "ResourceAllocationSection",
            "AnnotationSection", "ProductSection", "EulaSection", "StartupSection", "DeploymentOptionSection",
            "OperatingSystemSection", "InstallSection", "VirtualHardwareSection");

    /** The sections DSP8023 2.x adds. */
    static final Set<String> OVF2_ADDED_SECTIONS = Set.of("EnvironmentFilesSection", "BootDeviceSection",
            "SharedDiskSection", "ScaleOutSection", "PlacementGroupSection", "PlacementSection", "EncryptionSection");

    /** What else the schema places among sections: the envelope's and the content entities' own children. */
    private static final Set<String> STRUCTURE = Set.of("References", "Info", "Name", "Strings", "VirtualSystem",
            "VirtualSystemCollection", "Content");

    private ExtensionRules() {
    }

    /**
     * OVF-EXT-001: a custom section lives in its own namespace; an element in the DMTF envelope namespace where
     * sections go is one DSP8023 (of the descriptor's version) defines.
     */
    static List<Violation> sectionsInEnvelopeNamespaceAreDefined(OvfDescriptor d) {
        Findings f = new Findings("OVF-EXT-001", d);
        if (!d.version().isDmtf()) {
            return f.list();
        }
        List<Element> containers = new ArrayList<>();
        containers.add(d.envelope());
        containers.addAll(d.contents());
        for (Element container : containers) {
            for (Element child : OvfDescriptor.children(container)) {
                if (!d.namespace().equals(child.getNamespaceURI())) {
                    continue;
                }
                String name = child.getLocalName();
                if (STRUCTURE.contains(name) || OVF1_SECTIONS.contains(name)) {
                    continue;
                }
                if (OVF2_ADDED_SECTIONS.contains(name)) {
                    if (d.version() != OvfVersion.V2) {
                        f.at(child, name + " in the OVF 1 envelope namespace",
                                "2.x sections only in an OVF 2 descriptor; in OVF 1 a custom section in another "
                                        + "namespace");
                    }
                    continue;
                }
                f.at(child, "<" + name + "> in the DMTF envelope namespace " + d.namespace(),
                        "a section DSP8023 defines, or a custom section in the vendor's own namespace");
            }
        }
        return f.list();
    }
}
