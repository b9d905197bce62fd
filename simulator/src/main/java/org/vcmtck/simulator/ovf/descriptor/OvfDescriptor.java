package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.OvfVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * An OVF descriptor as read: version (from the envelope namespace), References, the envelope-level sections and
 * the content entity (null when the envelope had none, which is itself a finding).
 */
public record OvfDescriptor(OvfVersion version, String lang, List<FileReference> files, List<DiskDefinition> disks,
                            List<NetworkDefinition> networks, List<DeploymentConfiguration> configurations,
                            ContentEntity content, List<UnknownSection> unknownSections) {
    public OvfDescriptor {
        files = List.copyOf(files);
        disks = List.copyOf(disks);
        networks = List.copyOf(networks);
        configurations = List.copyOf(configurations);
        unknownSections = List.copyOf(unknownSections);
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
