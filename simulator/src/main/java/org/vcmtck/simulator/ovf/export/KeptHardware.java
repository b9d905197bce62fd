package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.ApplianceHardware;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfNamespaces;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The hardware of a system deployed from a package, written as the package described it rather than regenerated
 * from the model, so that what the model cannot represent (alternative sections for other VirtualSystemTypes,
 * Items for other configurations and InstanceID overrides, Reservation/Limit/Weight, devices the reference
 * skipped such as a sound card, OVF 2 EthernetPortItem/StorageItem) comes back as it was.
 *
 * <p>The rule: every kept VirtualHardwareSection is written again as the package had it, except that
 * <ul>
 * <li>the Items an allocation was made from (same InstanceID, see {@link ApplianceHardware}) follow the model:
 * they are left out when the allocation was removed; get the model's VirtualQuantity (and memory
 * AllocationUnits) when it was resized; a disk Item names the disk the export writes for it; a NIC Item names the
 * network its adapter is connected to now, or none when it was disconnected;</li>
 * <li>allocations added after the deploy are appended after the kept Items (written as the model's own);</li>
 * <li>every other disk reference names the id the export gave that disk;</li>
 * <li>an OVF 1.x export turns EthernetPortItem and StorageItem into plain rasd Items (1.x has no others).</li>
 * </ul>
 */
final class KeptHardware {
    private static final Set<String> ITEMS = Set.of("Item", "EthernetPortItem", "StorageItem");
    private static final String DISK_PREFIX = "ovf:/disk/";

    private final OvfVersion version;

    KeptHardware(OvfVersion version) {
        this.version = version;
    }

    /** Whether a kept section holds the package's hardware (older appliance records kept only its attributes). */
    static boolean describesHardware(XmlElement section) {
        return section.children().stream().anyMatch(c -> c.namespace().equals(section.namespace())
                && (c.localName().equals("System") || ITEMS.contains(c.localName())));
    }

    /** The InstanceIDs of the Items the model still has an allocation for, by allocation id. */
    static Map<String, String> keptInstanceIds(VirtualSystem vs, ApplianceHardware hardware) {
        Map<String, String> out = new HashMap<>();
        for (Allocation a : vs.allocations()) {
            ApplianceHardware.ItemNote note = hardware.itemOf(vs.id(), a.id());
            if (note != null) {
                out.put(a.id(), note.instanceId());
            }
        }
        return out;
    }

    /** Every InstanceID of the section's Items. */
    static Set<String> instanceIds(XmlElement section) {
        Set<String> out = new LinkedHashSet<>();
        for (XmlElement item : items(section)) {
            String id = property(item, "InstanceID");
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The package's first section with the model's changes (see the class comment): {@code diskOf} the written
     * disk id of a disk allocation, {@code diskIds} the written id of a package disk id (absent: unchanged),
     * {@code switchNames} the network a switch stands for, {@code added} the Items of allocations made after the
     * deploy.
     */
    XmlElement first(XmlElement section, VirtualSystem vs, ApplianceHardware hardware,
                     Function<Allocation, String> diskOf, Map<String, String> diskIds,
                     Function<String, String> switchNames, List<XmlElement> added) {
        String ns = section.namespace();
        Map<String, Allocation> byInstance = new HashMap<>();
        Map<String, ApplianceHardware.ItemNote> notes = new HashMap<>();
        for (Allocation a : vs.allocations()) {
            ApplianceHardware.ItemNote note = hardware.itemOf(vs.id(), a.id());
            if (note != null) {
                byInstance.put(note.instanceId(), a);
                notes.put(note.instanceId(), note);
            }
        }
        Set<String> removed = new LinkedHashSet<>();
        for (ApplianceHardware.ItemNote note : hardware.items().entrySet().stream()
                .filter(e -> e.getKey().startsWith(vs.id() + "/")).map(Map.Entry::getValue).toList()) {
            if (!byInstance.containsKey(note.instanceId())) {
                removed.add(note.instanceId());
            }
        }
        List<XmlElement> children = new ArrayList<>();
        int lastItem = -1;
        for (XmlElement c : section.children()) {
            if (!isItem(c, ns)) {
                children.add(c);
                continue;
            }
            String id = property(c, "InstanceID");
            if (id != null && removed.contains(id)) {
                continue;
            }
            Allocation a = id == null ? null : byInstance.get(id);
            XmlElement item = a == null ? withDiskIds(c, diskIds)
                    : following(c, a, notes.get(id), diskOf, switchNames);
            children.add(forVersion(item, ns));
            lastItem = children.size() - 1;
        }
        children.addAll(lastItem + 1, added);
        return SectionRewrites.withChildren(section, children);
    }

    /** Another VirtualHardwareSection (another VirtualSystemType): as it was, disk ids as written. */
    XmlElement other(XmlElement section, Map<String, String> diskIds) {
        String ns = section.namespace();
        List<XmlElement> children = new ArrayList<>();
        for (XmlElement c : section.children()) {
            children.add(isItem(c, ns) ? forVersion(withDiskIds(c, diskIds), ns) : c);
        }
        return SectionRewrites.withChildren(section, children);
    }

    /** The package disk ids the section's Items name, in document order. */
    static List<String> diskReferences(XmlElement section) {
        List<String> out = new ArrayList<>();
        for (XmlElement item : items(section)) {
            for (XmlElement p : item.children()) {
                String ref = diskId(p);
                if (ref != null) {
                    out.add(ref);
                }
            }
        }
        return out;
    }

    /** The network names the section's Items connect to. */
    static List<String> connections(XmlElement section) {
        List<String> out = new ArrayList<>();
        for (XmlElement item : items(section)) {
            for (XmlElement p : item.children()) {
                if (p.localName().equals("Connection") && !p.text().isBlank()) {
                    out.add(p.text().trim());
                }
            }
        }
        return out;
    }

    /** The Item of an allocation, changed where the model differs from what the package said. */
    private static XmlElement following(XmlElement item, Allocation a, ApplianceHardware.ItemNote note,
                                        Function<Allocation, String> diskOf, Function<String, String> switchNames) {
        XmlElement out = item;
        boolean resized = note != null && note.quantity() != a.quantity();
        switch (a.kind()) {
            case PROCESSOR -> {
                if (resized) {
                    out = withProperty(out, "VirtualQuantity", Long.toString(a.quantity()));
                }
            }
            case MEMORY -> {
                if (resized) {
                    DescriptorWriter.Quantity q = DescriptorWriter.bytes(a.quantity(), 20);
                    out = withProperty(withProperty(out, "AllocationUnits", q.units()), "VirtualQuantity",
                            Long.toString(q.amount()));
                }
            }
            case DISK -> {
                String written = diskOf.apply(a);
                if (written != null && property(item, "HostResource") != null) {
                    out = withProperty(out, "HostResource", DISK_PREFIX + written);
                }
            }
            case NIC -> out = a.connected() ? withProperty(out, "Connection", switchNames.apply(a.switchId()))
                    : withoutProperty(out, "Connection");
            default -> {
            }
        }
        return out;
    }

    private XmlElement forVersion(XmlElement item, String ns) {
        if (version != OvfVersion.V1_1 || item.localName().equals("Item")) {
            return item;
        }
        List<XmlElement> properties = item.children().stream()
                .map(p -> new XmlElement(OvfNamespaces.RASD, p.localName(), p.attributes(), p.children(), p.text(),
                        p.line()))
                .sorted((x, y) -> x.localName().compareTo(y.localName()))
                .toList();
        return new XmlElement(ns, "Item", item.attributes(), properties, item.text(), item.line());
    }

    private static XmlElement withDiskIds(XmlElement item, Map<String, String> diskIds) {
        List<XmlElement> children = new ArrayList<>();
        for (XmlElement p : item.children()) {
            String ref = diskId(p);
            String written = ref == null ? null : diskIds.get(ref);
            children.add(written == null ? p
                    : new XmlElement(p.namespace(), p.localName(), p.attributes(), List.of(), DISK_PREFIX + written,
                    p.line()));
        }
        return SectionRewrites.withChildren(item, children);
    }

    private static String diskId(XmlElement property) {
        if (!property.localName().equals("HostResource")) {
            return null;
        }
        String t = property.text().trim();
        if (t.startsWith("ovf:")) {
            t = t.substring(4);
        }
        return t.startsWith("/disk/") && t.length() > 6 ? t.substring(6) : null;
    }

    private static boolean isItem(XmlElement e, String ns) {
        return e.namespace().equals(ns) && ITEMS.contains(e.localName());
    }

    private static List<XmlElement> items(XmlElement section) {
        return section.children().stream().filter(c -> isItem(c, section.namespace())).toList();
    }

    private static String property(XmlElement item, String localName) {
        for (XmlElement p : item.children()) {
            if (p.localName().equals(localName)) {
                return p.text().trim();
            }
        }
        return null;
    }

    /** The properties' namespace: rasd for an Item, epasd/sasd for the OVF 2 items (the first child's). */
    private static String propertyNamespace(XmlElement item) {
        return item.children().isEmpty() ? OvfNamespaces.RASD : item.children().get(0).namespace();
    }

    /** The item with one property set, replacing the first of that name or inserted in alphabetical order. */
    static XmlElement withProperty(XmlElement item, String localName, String value) {
        List<XmlElement> children = new ArrayList<>();
        boolean done = false;
        for (XmlElement p : item.children()) {
            if (!done && p.localName().equals(localName)) {
                children.add(new XmlElement(p.namespace(), localName, p.attributes(), List.of(), value, p.line()));
                done = true;
                continue;
            }
            if (!done && p.localName().compareTo(localName) > 0) {
                children.add(new XmlElement(propertyNamespace(item), localName, Map.of(), List.of(), value, 0));
                done = true;
            }
            children.add(p);
        }
        if (!done) {
            children.add(new XmlElement(propertyNamespace(item), localName, Map.of(), List.of(), value, 0));
        }
        return SectionRewrites.withChildren(item, children);
    }

    private static XmlElement withoutProperty(XmlElement item, String localName) {
        return SectionRewrites.withChildren(item,
                item.children().stream().filter(p -> !p.localName().equals(localName)).toList());
    }

    /** Model-made Item properties (rasd name to value, alphabetical) as an Item element in {@code ns}. */
    static XmlElement item(String ns, Map<String, String> properties) {
        List<XmlElement> children = new ArrayList<>();
        properties.forEach((k, v) -> children.add(new XmlElement(OvfNamespaces.RASD, k, Map.of(), List.of(), v, 0)));
        return new XmlElement(ns, "Item", Map.of(), children, "", 0);
    }
}
