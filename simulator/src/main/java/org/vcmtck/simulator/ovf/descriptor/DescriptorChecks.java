package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.OvfFinding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-reference rules of a parsed descriptor: unique ids, references that must resolve (files, disks,
 * networks, parents, configurations, startup ids), units, property types and unknown required sections.
 */
final class DescriptorChecks {
    private static final Set<String> PROPERTY_TYPES = Set.of("uint8", "sint8", "uint16", "sint16", "uint32",
            "sint32", "uint64", "sint64", "string", "boolean", "real32", "real64");
    private static final Set<String> COMPRESSIONS = Set.of("", "identity", "gzip");

    private final OvfDescriptor d;
    private final String member;
    private final List<OvfFinding> findings = new ArrayList<>();

    DescriptorChecks(OvfDescriptor descriptor, String member) {
        this.d = descriptor;
        this.member = member;
    }

    List<OvfFinding> run() {
        files();
        disks();
        networks();
        unknown(d.unknownSections(), "Envelope");
        if (d.content() != null) {
            entity(d.content(), new HashSet<>());
        }
        return findings;
    }

    private void error(String id, String message) {
        findings.add(OvfFinding.error(id, member, message));
    }

    private void warning(String id, String message) {
        findings.add(OvfFinding.warning(id, member, message));
    }

    private void files() {
        Set<String> ids = new HashSet<>();
        Set<String> hrefs = new HashSet<>();
        for (FileReference f : d.files()) {
            if (!f.id().isEmpty() && !ids.add(f.id())) {
                error("OVF-REF-003", "File id '" + f.id() + "' is used more than once");
            }
            if (!f.href().isEmpty() && !hrefs.add(f.href())) {
                error("OVF-REF-005", "two File elements point at the same href '" + f.href() + "'");
            }
            if (!COMPRESSIONS.contains(f.compression())) {
                error("OVF-REF-010", "File " + f.id() + ": unsupported compression '" + f.compression()
                        + "' (gzip or identity)");
            }
        }
    }

    private void disks() {
        Set<String> ids = new HashSet<>();
        for (DiskDefinition disk : d.disks()) {
            String id = disk.diskId();
            if (id == null || id.isBlank()) {
                error("OVF-DISK-001", "a Disk has no ovf:diskId");
            } else if (!ids.add(id)) {
                error("OVF-DISK-002", "diskId '" + id + "' is used more than once");
            }
            if (disk.capacity() == null || disk.capacity().isBlank()) {
                error("OVF-DISK-001", "Disk " + id + " has no ovf:capacity");
            } else if (!disk.capacity().trim().matches("\\d+|\\$\\{[^}]+}")) {
                error("OVF-DISK-003", "Disk " + id + ": capacity '" + disk.capacity()
                        + "' is neither a number nor a ${property} reference");
            }
            if (disk.capacityAllocationUnits() != null) {
                try {
                    AllocationUnits u = AllocationUnits.parse(disk.capacityAllocationUnits());
                    if (!u.baseUnit().equals("byte")) {
                        error("OVF-DISK-004", "Disk " + id + ": capacity units '" + disk.capacityAllocationUnits()
                                + "' are not based on byte");
                    }
                } catch (IllegalArgumentException e) {
                    error("OVF-DISK-004", "Disk " + id + ": " + e.getMessage());
                }
            }
            if (disk.fileRef() != null && d.file(disk.fileRef()) == null) {
                error("OVF-DISK-005", "Disk " + id + " refers to unknown File '" + disk.fileRef() + "'");
            }
        }
        for (DiskDefinition disk : d.disks()) {
            if (disk.parentRef() != null && !ids.contains(disk.parentRef())) {
                error("OVF-DISK-008", "Disk " + disk.diskId() + " has unknown parentRef '" + disk.parentRef() + "'");
            }
        }
    }

    private void networks() {
        Set<String> names = new HashSet<>();
        for (NetworkDefinition n : d.networks()) {
            if (n.name() == null || n.name().isBlank()) {
                error("OVF-NET-001", "a Network has no ovf:name");
            } else if (!names.add(n.name())) {
                error("OVF-NET-002", "Network name '" + n.name() + "' is used more than once");
            }
        }
    }

    private void unknown(List<UnknownSection> sections, String where) {
        for (UnknownSection s : sections) {
            if (s.required()) {
                error("OVF-EXT-003", "unknown section " + s.qualifiedName() + " in " + where
                        + " is required (ovf:required is true or absent) and not understood");
            } else {
                warning("OVF-EXT-004", "ignoring optional section " + s.qualifiedName() + " in " + where
                        + (s.info() == null || s.info().isEmpty() ? "" : ": " + s.info()));
            }
        }
    }

    private void entity(ContentEntity e, Set<String> seenIds) {
        if (!e.id().isEmpty() && !seenIds.add(e.id())) {
            warning("OVF-ENV-006", "ovf:id '" + e.id() + "' is used by more than one entity");
        }
        unknown(e.unknownSections(), e.id());
        products(e);
        if (e instanceof VirtualSystemCollectionEntity vsc) {
            Set<String> direct = new HashSet<>();
            for (ContentEntity c : vsc.children()) {
                if (!direct.add(c.id())) {
                    error("OVF-ENV-005", "collection " + vsc.id() + " has two children with ovf:id '" + c.id() + "'");
                }
            }
            for (StartupEntry s : vsc.startup()) {
                if (s.id() == null || !direct.contains(s.id())) {
                    error("OVF-SEC-005", "StartupSection of " + vsc.id() + " refers to '" + s.id()
                            + "', which is not a direct child");
                }
            }
            for (ContentEntity c : vsc.children()) {
                entity(c, seenIds);
            }
        } else if (e instanceof VirtualSystemEntity vs) {
            for (HardwareSection h : vs.hardwareSections()) {
                hardware(vs.id(), h);
            }
        }
    }

    private void products(ContentEntity e) {
        Set<String> pairs = new HashSet<>();
        for (ProductSection p : e.productSections()) {
            if (!pairs.add(p.className() + "\u0000" + p.instance())) {
                error("OVF-PROD-003", "entity " + e.id() + " has two ProductSections with class '" + p.className()
                        + "' and instance '" + p.instance() + "'");
            }
            Set<String> keys = new HashSet<>();
            for (ProductProperty prop : p.properties()) {
                if (prop.key() == null || prop.type() == null) {
                    error("OVF-PROD-005", "a Property in " + e.id() + " lacks ovf:key or ovf:type");
                    continue;
                }
                if (!keys.add(prop.key())) {
                    error("OVF-PROD-006", "Property key '" + prop.key() + "' repeats in a ProductSection of "
                            + e.id());
                }
                for (PropertyValue v : prop.values()) {
                    if (v.configuration() == null || v.configuration().isBlank()) {
                        continue;
                    }
                    for (String c : v.configuration().trim().split("\\s+")) {
                        if (d.configurations().stream().noneMatch(x -> x.id().equals(c))) {
                            error("OVF-PROD-013", "a Value of property " + prop.key() + " in " + e.id()
                                    + " names undeclared configuration '" + c + "'");
                        }
                    }
                }
                if (!PROPERTY_TYPES.contains(prop.type())) {
                    error("OVF-PROD-007", "Property " + prop.key() + " has type '" + prop.type()
                            + "', not a CIM intrinsic type");
                }
            }
        }
    }

    private void hardware(String vsId, HardwareSection h) {
        Map<String, HardwareItem> byId = new HashMap<>();
        Set<String> configIds = new HashSet<>();
        d.configurations().forEach(c -> configIds.add(c.id()));
        Set<String> diskIds = new HashSet<>();
        d.disks().forEach(x -> diskIds.add(x.diskId()));
        d.sharedDisks().forEach(x -> diskIds.add(x.disk().diskId()));
        Set<String> networkNames = new HashSet<>();
        d.networks().forEach(n -> networkNames.add(n.name()));
        for (HardwareItem item : h.items()) {
            String label = (item.instanceId() == null ? "an Item without InstanceID" : "Item " + item.instanceId())
                    + " of " + vsId;
            if (item.instanceId() == null || item.resourceType() == null || item.elementName() == null) {
                error("OVF-HW-006", label + " lacks " + (item.instanceId() == null ? "InstanceID"
                        : item.resourceType() == null ? "ResourceType" : "ElementName"));
            }
            if (item.instanceId() != null) {
                HardwareItem before = byId.putIfAbsent(item.instanceId(), item);
                boolean conditioned = item.configuration() != null || item.bound() != null
                        || (before != null && (before.configuration() != null || before.bound() != null));
                if (before != null && !conditioned) {
                    error("OVF-HW-008", "InstanceID " + item.instanceId() + " is used twice in a"
                            + " VirtualHardwareSection of " + vsId);
                }
            }
            if (item.configuration() != null) {
                for (String c : item.configuration().trim().split("\\s+")) {
                    if (!configIds.contains(c)) {
                        error("OVF-HW-017", label + " names undeclared configuration '" + c + "'");
                    }
                }
            }
            if (item.allocationUnits() != null) {
                try {
                    AllocationUnits.parse(item.allocationUnits());
                } catch (IllegalArgumentException e) {
                    error("OVF-HW-016", label + ": " + e.getMessage());
                }
            }
            for (String r : item.hostResources()) {
                hostResource(label, r, diskIds);
            }
            if (item.resourceType() != null && item.resourceType() == 10) {
                for (String c : item.connections()) {
                    if (!networkNames.contains(c)) {
                        error("OVF-HW-014", label + " connects to '" + c + "', which NetworkSection does not list");
                    }
                }
            }
        }
        for (HardwareItem item : h.items()) {
            if (item.parent() != null && !byId.containsKey(item.parent())) {
                error("OVF-HW-009", (item.instanceId() == null ? "an Item without InstanceID" : "Item "
                        + item.instanceId()) + " of " + vsId + " has Parent " + item.parent()
                        + ", which is no InstanceID of the section");
            }
        }
    }

    private void hostResource(String label, String r, Set<String> diskIds) {
        String v = r.trim();
        boolean legacy = v.startsWith("/disk/") || v.startsWith("/file/");
        if (legacy) {
            warning("OVF-HW-013", label + " uses legacy HostResource '" + v + "' without the ovf: prefix");
            v = "ovf:" + v;
        }
        if (v.startsWith("ovf:/disk/")) {
            String id = v.substring("ovf:/disk/".length());
            if (!diskIds.contains(id)) {
                error("OVF-HW-011", label + " refers to unknown disk '" + id + "'");
            }
        } else if (v.startsWith("ovf:/file/")) {
            String id = v.substring("ovf:/file/".length());
            if (d.file(id) == null) {
                error("OVF-HW-012", label + " refers to unknown File '" + id + "'");
            }
        }
    }
}
