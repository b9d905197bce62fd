package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** Rules on VirtualHardwareSection and its Items (§8). */
final class HardwareRules {

    private static final String CIM_SCHEMA = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";

    private HardwareRules() {
    }

    static List<Element> hardwareSections(OvfDescriptor d) {
        List<Element> sections = new ArrayList<>();
        for (Element system : d.all("VirtualSystem")) {
            sections.addAll(d.childrenOfKind(system, "VirtualHardwareSection"));
        }
        return sections;
    }

    /** Item lists that share one InstanceID space: hardware sections and the collection's ResourceAllocationSection. */
    private static List<Element> itemContainers(OvfDescriptor d) {
        List<Element> containers = new ArrayList<>(hardwareSections(d));
        for (Element collection : d.all("VirtualSystemCollection")) {
            containers.addAll(d.childrenOfKind(collection, "ResourceAllocationSection"));
        }
        return containers;
    }

    static List<Element> allItems(OvfDescriptor d) {
        List<Element> items = new ArrayList<>();
        itemContainers(d).forEach(container -> items.addAll(d.items(container)));
        return items;
    }

    /** The HostResource elements of all Items that name a package {@code kind} ("disk" or "file"). */
    static List<Element> hostResources(OvfDescriptor d, String kind) {
        List<Element> hosts = new ArrayList<>();
        for (Element item : allItems(d)) {
            for (Element host : OvfDescriptor.cimChildren(item, "HostResource")) {
                String value = OvfDescriptor.text(host);
                if (value.startsWith("ovf:/" + kind + "/") || value.startsWith("/" + kind + "/")) {
                    hosts.add(host);
                }
            }
        }
        return hosts;
    }

    private static boolean isEthernet(Element item) {
        return OvfDescriptor.cimChild(item, "ResourceType").map(OvfDescriptor::text).filter(t -> t.equals("10"))
                .isPresent();
    }

    /** The Connection elements of Ethernet adapter Items (ResourceType 10). */
    static List<Element> ethernetConnectionElements(OvfDescriptor d) {
        return allItems(d).stream().filter(HardwareRules::isEthernet)
                .flatMap(item -> OvfDescriptor.cimChildren(item, "Connection").stream()).toList();
    }

    /** OVF-HW-001: each VirtualSystem has at least one VirtualHardwareSection. */
    static List<Violation> virtualSystemHasHardware(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-001", d);
        for (Element system : d.all("VirtualSystem")) {
            if (d.childrenOfKind(system, "VirtualHardwareSection").isEmpty()) {
                f.at(system, "no VirtualHardwareSection", "at least one VirtualHardwareSection");
            }
        }
        return f.list();
    }

    /** OVF-HW-003: Info, optional System, Items, then (2.x) EthernetPortItems, then StorageItems. */
    static List<Violation> hardwareChildOrder(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-003", d);
        List<String> order = List.of("Info", "System", "Item", "EthernetPortItem", "StorageItem");
        for (Element section : hardwareSections(d)) {
            int phase = 0;
            int systems = 0;
            for (Element child : d.ovfChildren(section)) {
                int childPhase = order.indexOf(d.kind(child));
                if (childPhase < 0) {
                    continue;
                }
                if (childPhase == 1 && ++systems > 1) {
                    f.at(child, "a second System", "at most one System");
                }
                if (childPhase < phase) {
                    f.at(child, d.kind(child) + " after " + order.get(phase),
                            "order Info, System, Item*, EthernetPortItem*, StorageItem*");
                }
                phase = Math.max(phase, childPhase);
            }
        }
        return f.list();
    }

    /** OVF-HW-006: every Item has InstanceID and ResourceType, and (DMTF schemas) ElementName. */
    static List<Violation> itemRequiredElements(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-006", d);
        // the pre-DMTF 0.9 draft captioned Items with Caption; ElementName is required from 1.0 on
        List<String> required = d.version() == OvfVersion.LEGACY_0_9
                ? List.of("InstanceID", "ResourceType") : List.of("ElementName", "InstanceID", "ResourceType");
        for (Element item : allItems(d)) {
            for (String name : required) {
                if (OvfDescriptor.cimChild(item, name).isEmpty()) {
                    f.at(item, "no " + name, "ElementName, InstanceID and ResourceType in every Item");
                }
            }
        }
        return f.list();
    }

    /** OVF-HW-007: the CIM children of an Item follow the schema's (alphabetical) sequence. */
    static List<Violation> itemChildOrder(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-007", d);
        if (!d.version().isDmtf()) {
            return f.list();
        }
        for (Element item : allItems(d)) {
            String previous = null;
            for (Element child : OvfDescriptor.children(item)) {
                String ns = child.getNamespaceURI();
                if (ns == null || !ns.startsWith(CIM_SCHEMA)) {
                    continue;
                }
                String name = child.getLocalName();
                if (previous != null && name.compareTo(previous) < 0) {
                    f.at(child, name + " after " + previous, "the CIM schema sequence (alphabetical)");
                }
                previous = name;
            }
        }
        return f.list();
    }

    private static Optional<String> instanceId(Element item) {
        return OvfDescriptor.cimChild(item, "InstanceID").map(OvfDescriptor::text);
    }

    /** OVF-HW-008: InstanceID unique within its section, except for configuration/bound variants (HW-017..019). */
    static List<Violation> uniqueInstanceIds(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-008", d);
        for (Element container : itemContainers(d)) {
            Map<String, Element> unconditioned = new HashMap<>();
            for (Element item : d.items(container)) {
                boolean conditioned = d.attr(item, "configuration").isPresent() || d.attr(item, "bound").isPresent();
                Optional<String> id = instanceId(item);
                if (id.isEmpty() || conditioned) {
                    continue;
                }
                Element first = unconditioned.putIfAbsent(id.get(), item);
                if (first != null) {
                    f.at(item, "InstanceID " + id.get() + " already used by " + d.path(first),
                            "unique InstanceIDs (repeats only with ovf:configuration or ovf:bound)");
                }
            }
        }
        return f.list();
    }

    /** OVF-HW-009: rasd:Parent names the InstanceID of an Item of the same section. */
    static List<Violation> parentReferences(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-009", d);
        for (Element container : itemContainers(d)) {
            Set<String> ids = new HashSet<>();
            d.items(container).forEach(item -> instanceId(item).ifPresent(ids::add));
            for (Element item : d.items(container)) {
                OvfDescriptor.cimChild(item, "Parent").map(OvfDescriptor::text).filter(p -> !ids.contains(p))
                        .ifPresent(p -> f.at(item, "Parent " + p + " with no such InstanceID in the section",
                                "the InstanceID of a controller Item of the same section"));
            }
        }
        return f.list();
    }

    /** OVF-HW-011: ovf:/disk/&lt;id&gt; host resources name a Disk. */
    static List<Violation> diskHostResources(OvfDescriptor d) {
        Set<String> diskIds = new HashSet<>();
        d.disks().forEach(disk -> d.attr(disk, "diskId").ifPresent(diskIds::add));
        return hostResources(d, "OVF-HW-011", "disk", diskIds, "the diskId of a Disk in DiskSection");
    }

    /** OVF-HW-012: ovf:/file/&lt;id&gt; host resources name a File. */
    static List<Violation> fileHostResources(OvfDescriptor d) {
        return hostResources(d, "OVF-HW-012", "file", new HashSet<>(d.fileIds()), "the ovf:id of a File in References");
    }

    private static List<Violation> hostResources(OvfDescriptor d, String requirement, String kind, Set<String> ids,
            String expected) {
        Findings f = new Findings(requirement, d);
        String prefixed = "ovf:/" + kind + "/";
        String bare = "/" + kind + "/";
        for (Element item : allItems(d)) {
            for (Element host : OvfDescriptor.cimChildren(item, "HostResource")) {
                String value = OvfDescriptor.text(host);
                String id;
                if (value.startsWith(prefixed)) {
                    id = value.substring(prefixed.length());
                } else if (value.startsWith(bare)) {
                    if (d.version().isDmtf()) {
                        f.at(host, "\"" + value + "\" without the ovf: prefix", prefixed + "<id>");
                    }
                    id = value.substring(bare.length());
                } else {
                    continue;
                }
                if (!ids.contains(id)) {
                    f.at(host, "\"" + value + "\" naming no such " + kind, expected);
                }
            }
        }
        return f.list();
    }

    /** OVF-HW-014: an Ethernet Item's Connection names a Network of NetworkSection. */
    static List<Violation> ethernetConnections(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-014", d);
        Set<String> networks = new HashSet<>();
        for (Element network : d.all("Network")) {
            d.attr(network, "name").ifPresent(networks::add);
        }
        for (Element connection : ethernetConnectionElements(d)) {
            String name = OvfDescriptor.text(connection);
            if (!name.isEmpty() && !networks.contains(name)) {
                f.at(connection, "Connection \"" + name + "\" with no such Network",
                        "the ovf:name of a Network in NetworkSection");
            }
        }
        return f.list();
    }

    /** OVF-HW-016: AllocationUnits are DMTF programmatic units (the 0.9 draft predates them). */
    static List<Violation> allocationUnits(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-016", d);
        if (d.version() == OvfVersion.LEGACY_0_9) {
            return f.list();
        }
        for (Element item : allItems(d)) {
            for (Element units : OvfDescriptor.cimChildren(item, "AllocationUnits")) {
                String value = OvfDescriptor.text(units);
                if (!ProgrammaticUnits.isValid(value)) {
                    f.at(units, "\"" + value + "\"", "DMTF programmatic units such as \"byte * 2^20\"");
                }
            }
        }
        return f.list();
    }

    /** OVF-HW-017: an Item's ovf:configuration lists only Configuration ids of DeploymentOptionSection. */
    static List<Violation> configurationIdsDeclared(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-017", d);
        Set<String> declared = new HashSet<>();
        for (Element configuration : d.all("Configuration")) {
            d.attr(configuration, "id").ifPresent(declared::add);
        }
        for (Element item : allItems(d)) {
            d.attr(item, "configuration").ifPresent(list -> {
                for (String id : list.trim().split("\\s+")) {
                    if (!id.isEmpty() && !declared.contains(id)) {
                        f.at(item, "configuration \"" + id + "\" not declared",
                                "ids of Configuration elements in DeploymentOptionSection");
                    }
                }
            });
        }
        return f.list();
    }

    /** OVF-HW-020: ResourceType is a CIM RASD code (1..33) or vendor-specific (32768..65535). */
    static List<Violation> resourceTypeCodes(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-020", d);
        for (Element item : allItems(d)) {
            for (Element type : OvfDescriptor.cimChildren(item, "ResourceType")) {
                String value = OvfDescriptor.text(type);
                if (!isResourceTypeCode(value)) {
                    f.at(type, "ResourceType \"" + value + "\"", "1..33 (CIM RASD) or 32768..65535 (vendor)");
                }
            }
        }
        return f.list();
    }

    /** Words by which an Item presents itself as a sound device (VirtualBox and VMware names included). */
    private static final Pattern SOUND = Pattern.compile(
            "sound|audio|ac ?97|sb ?16|ensoniq|es ?1371|\\bhda\\b", Pattern.CASE_INSENSITIVE);

    private static Optional<String> resourceType(Element item) {
        return OvfDescriptor.cimChild(item, "ResourceType").map(OvfDescriptor::text);
    }

    /** The highest AddressOnParent a device may use on a controller of the ResourceType: IDE 0..1, SCSI 0..15. */
    private static final Map<String, Integer> MAX_ADDRESS = Map.of("5", 1, "6", 15);

    /** Items with rasd:AddressOnParent whose Parent is an IDE (5) or parallel SCSI (6) controller of their section. */
    static List<Element> addressedControllerChildren(OvfDescriptor d) {
        List<Element> children = new ArrayList<>();
        for (Element container : itemContainers(d)) {
            Map<String, String> controllers = controllerTypes(d, container);
            for (Element item : d.items(container)) {
                Optional<String> parent = OvfDescriptor.cimChild(item, "Parent").map(OvfDescriptor::text);
                if (parent.filter(controllers::containsKey).isPresent()
                        && OvfDescriptor.cimChild(item, "AddressOnParent").isPresent()) {
                    children.add(item);
                }
            }
        }
        return children;
    }

    /** InstanceID to ResourceType of the section's IDE and SCSI controllers. */
    private static Map<String, String> controllerTypes(OvfDescriptor d, Element container) {
        Map<String, String> controllers = new HashMap<>();
        for (Element item : d.items(container)) {
            Optional<String> type = resourceType(item).filter(MAX_ADDRESS::containsKey);
            Optional<String> id = instanceId(item);
            if (type.isPresent() && id.isPresent()) {
                controllers.putIfAbsent(id.get(), type.get());
            }
        }
        return controllers;
    }

    /** OVF-HW-010 (SHOULD): devices on an IDE controller use AddressOnParent 0..1, on a SCSI controller 0..15. */
    static List<Violation> controllerAddressRanges(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-010", d);
        for (Element container : itemContainers(d)) {
            Map<String, String> controllers = controllerTypes(d, container);
            for (Element item : d.items(container)) {
                Optional<String> type = OvfDescriptor.cimChild(item, "Parent").map(OvfDescriptor::text)
                        .map(controllers::get);
                Optional<Element> address = OvfDescriptor.cimChild(item, "AddressOnParent");
                if (type.isEmpty() || address.isEmpty()) {
                    continue;
                }
                int max = MAX_ADDRESS.get(type.get());
                String bus = type.get().equals("5") ? "IDE" : "SCSI";
                String value = OvfDescriptor.text(address.get());
                boolean inRange = value.matches("\\d{1,5}") && Integer.parseInt(value) <= max;
                if (!inRange) {
                    f.at(address.get(), "AddressOnParent \"" + value + "\" on an " + bus + " controller",
                            "0.." + max + " on an " + bus + " controller");
                }
            }
        }
        return f.list();
    }

    /** Items with ResourceType 35. */
    static List<Element> resourceType35Items(OvfDescriptor d) {
        return allItems(d).stream().filter(item -> resourceType(item).filter("35"::equals).isPresent()).toList();
    }

    /**
     * What OVF-HW-021 examines: Items of type 35 and Items naming themselves a sound device whatever their type,
     * so a producer that writes its sound card with a vendor type is shown to pass rather than to have nothing.
     */
    static List<Element> soundOrType35Items(OvfDescriptor d) {
        return allItems(d).stream().filter(item -> resourceType(item).filter("35"::equals).isPresent()
                || List.of("ElementName", "Caption", "Description", "ResourceSubType").stream()
                        .anyMatch(name -> OvfDescriptor.cimChild(item, name).map(OvfDescriptor::text)
                                .filter(t -> SOUND.matcher(t).find()).isPresent())).toList();
    }

    /**
     * OVF-HW-021 (SHOULD): ResourceType 35 is not a sound card. 35 is the VirtualBox/VMware sound-card code but
     * not a DMTF one, so an Item of type 35 that names itself a sound device (in ElementName, Caption,
     * Description or ResourceSubType) relies on a vendor convention. A 35 without such a name is left alone:
     * what it stands for cannot be told from the descriptor, and OVF-HW-020 judges the code itself.
     */
    static List<Violation> resourceType35IsNotSound(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-021", d);
        for (Element item : resourceType35Items(d)) {
            for (String name : List.of("ElementName", "Caption", "Description", "ResourceSubType")) {
                Optional<String> text = OvfDescriptor.cimChild(item, name).map(OvfDescriptor::text)
                        .filter(t -> SOUND.matcher(t).find());
                if (text.isPresent()) {
                    f.at(item, "ResourceType 35 for a sound device (" + name + " \"" + text.get() + "\")",
                            "a sound device as a vendor ResourceType (32768..65535), not the vendor convention 35");
                    break;
                }
            }
        }
        return f.list();
    }

    static boolean isResourceTypeCode(String value) {
        if (!value.matches("\\d{1,5}")) {
            return false;
        }
        int code = Integer.parseInt(value);
        return (code >= 1 && code <= 33) || (code >= 32768 && code <= 65535);
    }
}
