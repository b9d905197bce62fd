package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfNamespaces;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.AllocationUnits;
import org.vcmtck.simulator.ovf.descriptor.XmlFragments;
import org.vcmtck.simulator.ovf.xml.XmlElement;
import org.vcmtck.simulator.ovf.xml.XmlWriter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the descriptor for one system or a collection of systems. The layout follows DSP8023: References
 * first, then DiskSection and NetworkSection (Envelope-only sections), then the content entity; every section
 * starts with Info; rasd/vssd children are written in the alphabetical order the CIM schemas require.
 * Disks and files come from {@link PackageFilePlan}: a disk the model made is written without an image file (a
 * Disk without ovf:fileRef is an empty disk created at deploy time); a deployed package's disks and files are
 * written as the package had them.
 * Systems deployed from a package are written with what the package said (see {@link PackageSections}): its
 * entity structure, its sections around the model's hardware, and its Envelope-level sections and Strings.
 */
final class DescriptorWriter {
    private static final int[] BYTE_EXPONENTS = {30, 20, 10};

    private final OvfVersion version;
    private final Function<String, String> switchNames;
    private final Map<String, String> diskIds = new HashMap<>();
    private final Map<String, List<String>> sharedUses = new HashMap<>();
    /** Per appliance id, the written id of each package disk id its kept hardware names. */
    private final Map<String, Map<String, String>> packageDiskIds = new HashMap<>();
    private final Set<String> keptHardwareSystems = new HashSet<>();
    private final PackageFilePlan filePlan;
    private final Set<String> networks = new LinkedHashSet<>();
    private final Function<String, Appliance> applianceOf;
    private final FragmentEmitter emitter;

    DescriptorWriter(OvfVersion version, Function<String, String> switchNames) {
        this(version, switchNames, systemId -> null);
    }

    /** {@code applianceOf}: the deployed package a system came from (null: none), whose metadata is written too. */
    DescriptorWriter(OvfVersion version, Function<String, String> switchNames,
                     Function<String, Appliance> applianceOf) {
        this(version, switchNames, applianceOf, null);
    }

    /** {@code files}: where the deployed packages' files go (null: none written, disks are capacity-only). */
    DescriptorWriter(OvfVersion version, Function<String, String> switchNames,
                     Function<String, Appliance> applianceOf, FileSink files) {
        this.filePlan = new PackageFilePlan(version, files);
        this.version = version;
        this.switchNames = switchNames;
        this.applianceOf = applianceOf;
        this.emitter = new FragmentEmitter(version.namespace());
    }

    /** The descriptor text; {@code collectionId} null writes a single VirtualSystem (exactly one system then). */
    String write(List<VirtualSystem> systems, String collectionId) {
        if (collectionId == null && systems.size() != 1) {
            throw new IllegalArgumentException("a single VirtualSystem needs exactly one system");
        }
        ExportNode content = new ContentPlanner(applianceOf).plan(systems, collectionId);
        List<ExportNode.SystemNode> nodes = new ArrayList<>();
        collectSystems(content, nodes);
        List<Appliance> appliances = new ArrayList<>();
        collectAppliances(content, appliances);
        for (ExportNode.SystemNode node : nodes) {
            VirtualSystem vs = node.system();
            Appliance app = applianceOf.apply(vs.id());
            for (Allocation a : vs.allocations()) {
                if (a.kind() == DeviceKind.DISK) {
                    String kept = app == null ? null : app.files().diskOf(vs.id(), a.id());
                    String id = kept == null ? filePlan.modelDisk(a.quantity())
                            : filePlan.keptDisk(app, kept, a.quantity());
                    diskIds.put(vs.id() + "/" + a.id(), id);
                    if (kept != null) {
                        packageDiskIds.computeIfAbsent(app.id(), k -> new HashMap<>()).putIfAbsent(kept, id);
                    }
                } else if (a.kind() == DeviceKind.NIC && a.connected()) {
                    networks.add(switchNames.apply(a.switchId()));
                }
            }
            List<XmlElement> hardware = node.entity() == null ? List.of() : keptHardware(node);
            if (!hardware.isEmpty()) {
                keepHardwareReferences(node, app, hardware);
            } else if (app != null) {
                List<String> uses = new ArrayList<>();
                for (String shared : app.files().sharedUsesOf(vs.id())) {
                    String id = filePlan.sharedUse(app, shared);
                    if (id != null) {
                        uses.add(id);
                    }
                }
                sharedUses.put(vs.id(), uses);
            }
        }
        filePlan.writeFiles(appliances);
        XmlWriter x = new XmlWriter();
        String ns = version.namespace();
        x.start("Envelope", "xmlns", ns, "xmlns:ovf", ns, "xmlns:rasd", OvfNamespaces.RASD,
                // every text the reference writes is English; saying so gives consumers the default locale
                "xmlns:vssd", OvfNamespaces.VSSD, "xml:lang", "en-US");
        filePlan.writeReferences(x);
        filePlan.writeDiskSections(x);
        if (!networks.isEmpty()) {
            x.start("NetworkSection").textElement("Info", "Logical networks the network adapters connect to");
            for (String n : networks) {
                XmlElement kept = keptNetwork(appliances, n);
                if (kept != null) {
                    emitter.emit(x, kept);
                } else {
                    x.start("Network", "ovf:name", n).textElement("Description", "Virtual switch " + n).end();
                }
            }
            x.end();
        }
        PackageSections kept = new PackageSections(version, appliances, filePlan::fileIds);
        kept.writeEnvelopeSections(x, emitter);
        entity(x, content);
        kept.writeStrings(x, emitter);
        x.end();
        return x.toXml();
    }

    /** Entity ids: the system names, made unique with a numeric suffix when two systems share a name. */
    static List<String> entityIds(List<VirtualSystem> systems) {
        Set<String> used = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (VirtualSystem vs : systems) {
            String id = vs.name();
            for (int n = 2; !used.add(id); n++) {
                id = vs.name() + "-" + n;
            }
            out.add(id);
        }
        return out;
    }

    /**
     * The system's kept VirtualHardwareSections when they hold the package's hardware (first the deployed one),
     * as the package said them, the first updated where the model changed; empty when the system's hardware is
     * the model's (not deployed from a package, or an appliance recorded before hardware was kept).
     */
    private List<XmlElement> keptHardware(ExportNode.SystemNode node) {
        String ns = version.namespace();
        List<XmlElement> sections = keptSections(node).stream().filter(e -> e.is(ns, "VirtualHardwareSection"))
                .toList();
        return sections.isEmpty() || !KeptHardware.describesHardware(sections.get(0)) ? List.of() : sections;
    }

    /**
     * Registers the package disks and networks the kept hardware of {@code node} names (before References and
     * DiskSection are decided): the disks its kept Items reference and the networks they connect to.
     */
    private void keepHardwareReferences(ExportNode.SystemNode node, Appliance app, List<XmlElement> hardware) {
        VirtualSystem vs = node.system();
        keptHardwareSystems.add(vs.id());
        KeptHardware writer = new KeptHardware(version);
        List<XmlElement> written = new ArrayList<>();
        written.add(writer.first(hardware.get(0), vs, app.hardware(), a -> null, Map.of(), switchNames, List.of()));
        hardware.subList(1, hardware.size()).forEach(h -> written.add(writer.other(h, Map.of())));
        Map<String, String> ids = packageDiskIds.computeIfAbsent(app.id(), k -> new HashMap<>());
        for (XmlElement section : written) {
            for (String ref : KeptHardware.diskReferences(section)) {
                if (!ids.containsKey(ref)) {
                    String id = filePlan.keptDiskIfAny(app, ref);
                    if (id != null) {
                        ids.put(ref, id);
                    }
                }
            }
            networks.addAll(KeptHardware.connections(section));
        }
    }

    /** The package's own Network element of this name (description, port profile), or null. */
    private XmlElement keptNetwork(List<Appliance> appliances, String name) {
        String ns = version.namespace();
        for (Appliance a : appliances) {
            for (String fragment : a.hardware().networkSections()) {
                XmlElement section = XmlFragments.renamespace(XmlFragments.parse(fragment), a.ovfNamespace(), ns);
                for (XmlElement n : section.children(ns, "Network")) {
                    if (name.equals(n.attribute(ns, "name"))) {
                        // OVF 1.x knows a Network's Description only; port profiles are OVF 2
                        return version == OvfVersion.V1_1 ? SectionRewrites.withChildren(n,
                                n.children().stream().filter(c -> c.is(ns, "Description")).toList()) : n;
                    }
                }
            }
        }
        return null;
    }

    private static void collectSystems(ExportNode node, List<ExportNode.SystemNode> out) {
        if (node instanceof ExportNode.SystemNode s) {
            out.add(s);
        } else if (node instanceof ExportNode.CollectionNode c) {
            c.children().forEach(child -> collectSystems(child, out));
        }
    }

    private static void collectAppliances(ExportNode node, List<Appliance> out) {
        if (node.appliance() != null && !out.contains(node.appliance())) {
            out.add(node.appliance());
        }
        if (node instanceof ExportNode.CollectionNode c) {
            c.children().forEach(child -> collectAppliances(child, out));
        }
    }

    private void entity(XmlWriter x, ExportNode node) {
        if (node instanceof ExportNode.SystemNode s) {
            system(x, s);
            return;
        }
        ExportNode.CollectionNode c = (ExportNode.CollectionNode) node;
        x.start("VirtualSystemCollection", "ovf:id", c.id())
                .textElement("Info", c.appliance() == null ? "All virtual systems of the datacenter"
                        : "Virtual system collection " + c.name())
                .textElement("Name", c.name());
        if (c.entity() != null) {
            Map<String, String> childIds = new LinkedHashMap<>();
            c.children().forEach(child -> childIds.put(child.originalId(), child.id()));
            for (XmlElement section : keptSections(c)) {
                XmlElement rewritten = section.is(version.namespace(), "ProductSection")
                        ? SectionRewrites.productSection(section, c.appliance().properties(),
                        c.appliance().configuration())
                        : SectionRewrites.collectionSection(section, childIds);
                if (rewritten != null) {
                    emitter.emit(x, rewritten);
                }
            }
        }
        for (ExportNode child : c.children()) {
            entity(x, child);
        }
        x.end();
    }

    /** The entity's kept sections in the export's OVF namespace, minus those this version cannot carry. */
    private List<XmlElement> keptSections(ExportNode node) {
        List<XmlElement> out = new ArrayList<>();
        for (String fragment : node.entity().sections()) {
            XmlElement e = SectionRewrites.forVersion(XmlFragments.renamespace(XmlFragments.parse(fragment),
                    node.appliance().ovfNamespace(), version.namespace()), version == OvfVersion.V2_0);
            // elements naming a file the export does not carry are left out (an Icon needs its file)
            e = SectionRewrites.withFileIds(e, filePlan.fileIds(node.appliance()));
            if (e != null && PackageSections.carries(version, e)) {
                out.add(e);
            }
        }
        return out;
    }

    private void system(XmlWriter x, ExportNode.SystemNode node) {
        VirtualSystem vs = node.system();
        x.start("VirtualSystem", "ovf:id", node.id())
                .textElement("Info", "Virtual system " + node.name())
                .textElement("Name", node.name());
        List<XmlElement> kept = node.entity() == null ? List.of() : keptSections(node);
        String ns = version.namespace();
        String description = vs.settings().description();
        XmlElement keptAnnotation = first(kept, ns, "AnnotationSection");
        boolean annotationKept = keptAnnotation != null
                && description.equals(keptAnnotation.childText(ns, "Annotation"));
        if (!annotationKept && description != null && !description.isEmpty()) {
            x.start("AnnotationSection").textElement("Info", "Description of the virtual system")
                    .textElement("Annotation", description).end();
        }
        XmlElement keptOs = first(kept, ns, "OperatingSystemSection");
        boolean osKept = keptOs != null && vs.settings().osType().equals(SectionRewrites.osType(keptOs, ns));
        if (!osKept) {
            operatingSystem(x, vs);
        }
        boolean hardwareWritten = false;
        for (XmlElement section : kept) {
            switch (section.namespace().equals(ns) ? section.localName() : "") {
                case "AnnotationSection" -> {
                    if (annotationKept) {
                        emitter.emit(x, section);
                    }
                }
                case "OperatingSystemSection" -> {
                    if (osKept) {
                        emitter.emit(x, section);
                    }
                }
                case "VirtualHardwareSection" -> {
                    if (keptHardwareSystems.contains(vs.id())) {
                        emitter.emit(x, keptHardware(node, section, hardwareWritten));
                    } else if (!hardwareWritten) {
                        hardware(x, vs, section);
                    }
                    hardwareWritten = true;
                }
                case "ProductSection" -> emitter.emit(x, SectionRewrites.productSection(section,
                        node.appliance().properties(), node.appliance().configuration()));
                default -> emitter.emit(x, section);
            }
        }
        if (!hardwareWritten) {
            hardware(x, vs, null);
        }
        x.end();
    }

    /** A kept VirtualHardwareSection of a system whose hardware is the package's (see {@link KeptHardware}). */
    private XmlElement keptHardware(ExportNode.SystemNode node, XmlElement section, boolean alternative) {
        VirtualSystem vs = node.system();
        Appliance app = node.appliance();
        KeptHardware writer = new KeptHardware(version);
        Map<String, String> ids = packageDiskIds.getOrDefault(app.id(), Map.of());
        if (alternative) {
            return writer.other(section, ids);
        }
        Map<String, String> keptIds = KeptHardware.keptInstanceIds(vs, app.hardware());
        List<XmlElement> added = items(vs, keptIds, KeptHardware.instanceIds(section)).stream()
                .map(p -> KeptHardware.item(version.namespace(), p)).toList();
        return writer.first(section, vs, app.hardware(), a -> diskIds.get(vs.id() + "/" + a.id()), ids,
                switchNames, added);
    }

    private static XmlElement first(List<XmlElement> sections, String ns, String localName) {
        return sections.stream().filter(s -> s.is(ns, localName)).findFirst().orElse(null);
    }

    private void operatingSystem(XmlWriter x, VirtualSystem vs) {
        x.start("OperatingSystemSection", "ovf:id", Integer.toString(OsTypes.code(vs.settings().osType())))
                .textElement("Info", "Guest operating system")
                .textElement("Description", vs.settings().osType())
                .end();
    }

    /** The model's hardware; {@code kept} (a package's section without System and Items) gives attributes and Info. */
    private void hardware(XmlWriter x, VirtualSystem vs, XmlElement kept) {
        String ns = version.namespace();
        if (kept == null) {
            x.start("VirtualHardwareSection").textElement("Info", "Virtual hardware requirements");
        } else {
            emitter.start(x, kept);
            XmlElement info = kept.child(ns, "Info");
            if (info != null) {
                emitter.emit(x, info);
            } else {
                x.textElement("Info", "Virtual hardware requirements");
            }
        }
        x.start("System")
                .textElement("vssd:ElementName", "Virtual Hardware Family")
                .textElement("vssd:InstanceID", "0")
                .textElement("vssd:VirtualSystemIdentifier", vs.name())
                .textElement("vssd:VirtualSystemType", vs.systemType())
                .end();
        for (Map<String, String> item : items(vs, Map.of(), Set.of())) {
            x.start("Item");
            item.forEach((k, v) -> x.textElement("rasd:" + k, v));
            x.end();
        }
        if (kept != null) {
            for (XmlElement other : kept.children()) {
                if (!other.is(ns, "Info")) {
                    emitter.emit(x, other);
                }
            }
        }
        x.end();
    }

    /**
     * Items in a stable order: processors, memory, controllers, then the other devices as the model lists them.
     * Allocations in {@code keptIds} (allocation id to the InstanceID of the package Item it came from) are
     * written by the package's Item and left out here; new InstanceIDs avoid {@code usedIds}.
     */
    private List<Map<String, String>> items(VirtualSystem vs, Map<String, String> keptIds, Set<String> usedIds) {
        List<Allocation> ordered = new ArrayList<>();
        ordered.addAll(vs.allocationsOf(DeviceKind.PROCESSOR));
        ordered.addAll(vs.allocationsOf(DeviceKind.MEMORY));
        vs.allocations().stream().filter(a -> a.kind().controller()).forEach(ordered::add);
        vs.allocations().stream().filter(a -> !a.kind().controller() && a.kind() != DeviceKind.PROCESSOR
                && a.kind() != DeviceKind.MEMORY).forEach(ordered::add);
        Map<String, String> instanceIds = new LinkedHashMap<>(keptIds);
        Set<String> taken = new HashSet<>(usedIds);
        taken.addAll(keptIds.values());
        int next = 1;
        for (Allocation a : ordered) {
            if (!instanceIds.containsKey(a.id())) {
                while (!taken.add(Integer.toString(next))) {
                    next++;
                }
                instanceIds.put(a.id(), Integer.toString(next));
            }
        }
        Map<DeviceKind, Integer> counters = new HashMap<>();
        List<Map<String, String>> out = new ArrayList<>();
        for (Allocation a : ordered) {
            int n = counters.merge(a.kind(), 1, Integer::sum) - 1;
            if (keptIds.containsKey(a.id())) {
                continue;
            }
            // TreeMap: the CIM schemas define the rasd properties in alphabetical order
            Map<String, String> p = new TreeMap<>();
            p.put("InstanceID", instanceIds.get(a.id()));
            p.put("ResourceType", Integer.toString(a.kind().cimResourceType()));
            if (a.parentId() != null && instanceIds.containsKey(a.parentId())) {
                p.put("Parent", instanceIds.get(a.parentId()));
                if (a.addressOnParent() != null) {
                    p.put("AddressOnParent", a.addressOnParent());
                }
            }
            switch (a.kind()) {
                case PROCESSOR -> {
                    // VirtualQuantity counts vCPUs; a frequency unit here would be read as megahertz
                    p.put("ElementName", a.quantity() + " virtual CPU(s)");
                    p.put("VirtualQuantity", Long.toString(a.quantity()));
                }
                case MEMORY -> {
                    Quantity q = a.quantity() % (1L << 20) == 0 ? new Quantity(a.quantity() >> 20, "byte * 2^20")
                            : bytes(a.quantity(), BYTE_EXPONENTS);
                    p.put("AllocationUnits", q.units());
                    p.put("ElementName", q.amount() + " " + ("byte * 2^20".equals(q.units()) ? "MB" : q.units())
                            + " of memory");
                    p.put("VirtualQuantity", Long.toString(q.amount()));
                }
                case DISK -> {
                    p.put("ElementName", "disk" + n);
                    p.put("HostResource", "ovf:/disk/" + diskIds.get(vs.id() + "/" + a.id()));
                }
                case NIC -> {
                    if (a.mac() != null) {
                        p.put("Address", a.mac());
                    }
                    p.put("AutomaticAllocation", Boolean.toString(a.connected()));
                    if (a.connected()) {
                        p.put("Connection", switchNames.apply(a.switchId()));
                    }
                    p.put("ElementName", "ethernet" + n);
                }
                case CD_DVD -> {
                    p.put("AutomaticAllocation", "false");
                    p.put("ElementName", "cdrom" + n);
                }
                case IDE_CONTROLLER -> p.put("ElementName", "ideController" + n);
                case SCSI_CONTROLLER -> p.put("ElementName", "scsiController" + n);
                case SATA_CONTROLLER -> {
                    p.put("ElementName", "sataController" + n);
                    p.put("ResourceSubType", "AHCI");
                }
                case PCI_CONTROLLER -> {
                    p.put("ElementName", "pciController" + n);
                    p.put("OtherResourceType", "PCI controller");
                }
                default -> p.put("ElementName", a.kind().name().toLowerCase() + n);
            }
            out.add(p);
        }
        int shared = 0;
        for (String diskId : sharedUses.getOrDefault(vs.id(), List.of())) {
            Map<String, String> p = new TreeMap<>();
            p.put("ElementName", "sharedDisk" + shared++);
            p.put("HostResource", "ovf:/disk/" + diskId);
            p.put("InstanceID", Integer.toString(ordered.size() + shared));
            p.put("ResourceType", Integer.toString(DeviceKind.DISK.cimResourceType()));
            out.add(p);
        }
        return out;
    }

    /** An amount and its programmatic unit. */
    record Quantity(long amount, String units) {
    }

    /** {@code bytes} in the largest of the given power-of-two units that holds it exactly, else in bytes. */
    static Quantity bytes(long bytes, int... exponents) {
        for (int e : exponents) {
            if (bytes % (1L << e) == 0) {
                return new Quantity(bytes >> e, AllocationUnits.bytes(e).format());
            }
        }
        return new Quantity(bytes, "byte");
    }
}
