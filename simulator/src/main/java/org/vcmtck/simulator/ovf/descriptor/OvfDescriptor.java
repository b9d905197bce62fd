package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.ArrayList;
import java.util.List;

/**
 * An OVF descriptor as read: version (from the envelope namespace), References, the envelope-level sections and
 * the content entity (null when the envelope had none, which is itself a finding).
 */
public record OvfDescriptor(OvfVersion version, String lang, List<FileReference> files, List<DiskDefinition> disks,
                            List<NetworkDefinition> networks, List<DeploymentConfiguration> configurations,
                            ContentEntity content, List<UnknownSection> unknownSections,
                            List<XmlElement> sectionElements, List<XmlElement> strings) {
    /**
     * {@code sectionElements}: every Envelope-level section as parsed (DMTF and unknown ones, document order),
     * for consumers that keep what they do not model; {@code strings}: the internal {@code Strings} bundles.
     */
    public OvfDescriptor {
        sectionElements = sectionElements == null ? List.of() : List.copyOf(sectionElements);
        strings = strings == null ? List.of() : List.copyOf(strings);
        files = List.copyOf(files);
        disks = List.copyOf(disks);
        networks = List.copyOf(networks);
        configurations = List.copyOf(configurations);
        unknownSections = List.copyOf(unknownSections);
    }

    public OvfDescriptor(OvfVersion version, String lang, List<FileReference> files, List<DiskDefinition> disks,
                         List<NetworkDefinition> networks, List<DeploymentConfiguration> configurations,
                         ContentEntity content, List<UnknownSection> unknownSections) {
        this(version, lang, files, disks, networks, configurations, content, unknownSections, List.of(), List.of());
    }

    /** The Envelope-level sections with this local name in the envelope namespace, document order. */
    public List<XmlElement> sections(String localName) {
        return sectionElements.stream().filter(e -> e.is(version.namespace(), localName)).toList();
    }

    /** The shared disks of the SharedDiskSection (OVF 2.x, OVF-DISK-009). */
    public List<SharedDiskDefinition> sharedDisks() {
        String ns = version.namespace();
        List<SharedDiskDefinition> out = new ArrayList<>();
        for (XmlElement section : sections("SharedDiskSection")) {
            for (XmlElement d : section.children(ns, "SharedDisk")) {
                String size = d.attribute(ns, "populatedSize");
                Long populated = null;
                try {
                    populated = size == null ? null : Long.valueOf(size.trim());
                } catch (NumberFormatException e) {
                    populated = null;
                }
                out.add(new SharedDiskDefinition(new DiskDefinition(d.attribute(ns, "diskId"),
                        d.attribute(ns, "capacity"), d.attribute(ns, "capacityAllocationUnits"),
                        d.attribute(ns, "fileRef"), d.attribute(ns, "format"), populated,
                        d.attribute(ns, "parentRef")), "true".equals(trim(d.attribute(ns, "readOnly")))
                        || "1".equals(trim(d.attribute(ns, "readOnly")))));
            }
        }
        return out;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    /** The File with this id, or null. */
    public FileReference file(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** Every VirtualSystem, depth first in document order. */
    public List<VirtualSystemEntity> virtualSystems() {
        List<VirtualSystemEntity> out = new ArrayList<>();
        collect(content, out);
        return out;
    }

    private static void collect(ContentEntity e, List<VirtualSystemEntity> out) {
        if (e instanceof VirtualSystemEntity vs) {
            out.add(vs);
        } else if (e instanceof VirtualSystemCollectionEntity vsc) {
            for (ContentEntity c : vsc.children()) {
                collect(c, out);
            }
        }
    }
}
