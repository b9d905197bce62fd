package org.vcmtck.assertions.ovf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** Rules on DiskSection (§9.1) and NetworkSection (§9.2). */
final class DiskAndNetworkRules {

    private DiskAndNetworkRules() {
    }

    /** OVF-DISK-001: a Disk has ovf:diskId and ovf:capacity. */
    static List<Violation> diskRequiredAttributes(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-001", d);
        for (Element disk : d.disks()) {
            for (String name : List.of("diskId", "capacity")) {
                if (d.attr(disk, name).filter(v -> !v.isBlank()).isEmpty()) {
                    f.at(disk, "no ovf:" + name, "required ovf:diskId and ovf:capacity");
                }
            }
        }
        return f.list();
    }

    /** OVF-DISK-002: diskId unique within DiskSection. */
    static List<Violation> uniqueDiskIds(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-002", d);
        Map<String, Element> seen = new HashMap<>();
        for (Element disk : d.disks()) {
            d.attr(disk, "diskId").ifPresent(id -> {
                Element first = seen.putIfAbsent(id, disk);
                if (first != null) {
                    f.at(disk, "ovf:diskId \"" + id + "\" already used at " + d.path(first), "unique diskIds");
                }
            });
        }
        return f.list();
    }

    /** OVF-DISK-003: capacity is an xs:long or a ${property} reference. */
    static List<Violation> capacityValues(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-003", d);
        for (Element disk : d.disks()) {
            d.attr(disk, "capacity").map(String::trim).filter(v -> !v.isEmpty())
                    .filter(v -> !v.matches("[+-]?\\d{1,19}") && !v.matches("\\$\\{[^}\\s]+}"))
                    .ifPresent(v -> f.at(disk, "ovf:capacity=\"" + v + "\"", "an xs:long or ${propertyKey}"));
        }
        return f.list();
    }

    /** OVF-DISK-004: capacityAllocationUnits are programmatic units with base unit byte. */
    static List<Violation> capacityUnits(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-004", d);
        for (Element disk : d.disks()) {
            d.attr(disk, "capacityAllocationUnits").ifPresent(units -> {
                Optional<String> base = ProgrammaticUnits.baseUnit(units);
                if (base.isEmpty() || !base.get().equals("byte")) {
                    f.at(disk, "ovf:capacityAllocationUnits=\"" + units + "\"",
                            "programmatic units of byte, e.g. \"byte * 2^30\"");
                }
            });
        }
        return f.list();
    }

    /** OVF-DISK-005: a Disk's fileRef names a File. */
    static List<Violation> diskFileRefs(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-005", d);
        Set<String> fileIds = new HashSet<>(d.fileIds());
        for (Element disk : d.disks()) {
            d.attr(disk, "fileRef").filter(ref -> !fileIds.contains(ref)).ifPresent(ref ->
                    f.at(disk, "ovf:fileRef=\"" + ref + "\" with no such File", "the ovf:id of a File in References"));
        }
        return f.list();
    }

    /** OVF-DISK-008: a delta disk's parentRef names another Disk. */
    static List<Violation> diskParentRefs(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-008", d);
        Set<String> diskIds = new HashSet<>();
        d.disks().forEach(disk -> d.attr(disk, "diskId").ifPresent(diskIds::add));
        for (Element disk : d.disks()) {
            d.attr(disk, "parentRef").filter(ref -> !diskIds.contains(ref)).ifPresent(ref ->
                    f.at(disk, "ovf:parentRef=\"" + ref + "\" with no such Disk", "the diskId of another Disk"));
        }
        return f.list();
    }

    static List<Element> disksWithFormat(OvfDescriptor d) {
        return d.disks().stream().filter(disk -> d.attr(disk, "format").isPresent()).toList();
    }

    /**
     * OVF-DISK-006: ovf:format identifies the image format by an absolute URI. The schema (DSP8023 2.0.1) makes
     * the attribute optional, so only a stated format is judged.
     */
    static List<Violation> diskFormats(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-006", d);
        for (Element disk : disksWithFormat(d)) {
            String format = d.attr(disk, "format").orElse("");
            if (!isAbsoluteUri(format)) {
                f.at(disk, "ovf:format=\"" + format + "\"", "an absolute URI identifying the image format, e.g. "
                        + "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized");
            }
        }
        return f.list();
    }

    static boolean isAbsoluteUri(String text) {
        if (text.isEmpty() || !text.equals(text.trim())) {
            return false;
        }
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static List<Element> sharedDisks(OvfDescriptor d) {
        return d.sectionsOf(d.envelope()).stream().filter(s -> d.kind(s).equals("SharedDiskSection"))
                .flatMap(s -> d.childrenOfKind(s, "SharedDisk").stream()).toList();
    }

    /** OVF-DISK-009: a SharedDisk has ovf:diskId and ovf:capacity; ovf:readOnly, when present, is a boolean. */
    static List<Violation> sharedDiskAttributes(OvfDescriptor d) {
        Findings f = new Findings("OVF-DISK-009", d);
        for (Element disk : sharedDisks(d)) {
            for (String name : List.of("diskId", "capacity")) {
                if (d.attr(disk, name).filter(v -> !v.isBlank()).isEmpty()) {
                    f.at(disk, "no ovf:" + name, "required ovf:diskId and ovf:capacity on SharedDisk");
                }
            }
            d.attr(disk, "readOnly").filter(v -> !Set.of("true", "false", "1", "0").contains(v.trim()))
                    .ifPresent(v -> f.at(disk, "ovf:readOnly=\"" + v + "\"", "an xs:boolean (true or false)"));
        }
        return f.list();
    }

    /** OVF-NET-001: a Network has ovf:name. */
    static List<Violation> networkNames(OvfDescriptor d) {
        Findings f = new Findings("OVF-NET-001", d);
        for (Element network : networks(d)) {
            if (d.attr(network, "name").filter(v -> !v.isBlank()).isEmpty()) {
                f.at(network, "no ovf:name", "a required ovf:name");
            }
        }
        return f.list();
    }

    /** OVF-NET-002: Network names unique within NetworkSection. */
    static List<Violation> uniqueNetworkNames(OvfDescriptor d) {
        Findings f = new Findings("OVF-NET-002", d);
        Set<String> seen = new HashSet<>();
        for (Element network : networks(d)) {
            d.attr(network, "name").filter(name -> !seen.add(name)).ifPresent(name ->
                    f.at(network, "ovf:name \"" + name + "\" again", "unique network names"));
        }
        return f.list();
    }

    static List<Element> networks(OvfDescriptor d) {
        return d.sectionsOf(d.envelope()).stream().filter(s -> d.kind(s).equals("NetworkSection"))
                .flatMap(s -> d.childrenOfKind(s, "Network").stream()).toList();
    }
}
