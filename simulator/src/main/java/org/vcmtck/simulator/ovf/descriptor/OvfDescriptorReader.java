package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfNamespaces;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.xml.SecureXmlReader;
import org.vcmtck.simulator.ovf.xml.XmlElement;
import org.vcmtck.simulator.ovf.xml.XmlSecurityException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an OVF 1.x or 2.x descriptor into an {@link OvfDescriptor}. Parsing is secure (see {@link SecureXmlReader})
 * and capped at {@link #maxBytes()}. A document that cannot be read as an OVF envelope at all gives an
 * {@link OvfPackageException} (OVF-ENV-001); everything else that is wrong comes back as findings next to the
 * descriptor, so one bad Item does not hide the rest of the package.
 */
public final class OvfDescriptorReader {
    /** DMTF-defined section names (1.x and 2.x); anything else is an extension governed by ovf:required. */
    static final Set<String> DMTF_SECTIONS = Set.of("DiskSection", "NetworkSection", "DeploymentOptionSection",
            "ResourceAllocationSection", "AnnotationSection", "ProductSection", "EulaSection", "StartupSection",
            "OperatingSystemSection", "InstallSection", "VirtualHardwareSection", "EnvironmentFilesSection",
            "BootDeviceSection", "SharedDiskSection", "ScaleOutSection", "PlacementGroupSection",
            "PlacementSection", "EncryptionSection");

    private final SecureXmlReader xml;

    public OvfDescriptorReader() {
        this(SecureXmlReader.DEFAULT_MAX_BYTES);
    }

    public OvfDescriptorReader(long maxBytes) {
        this.xml = new SecureXmlReader(maxBytes);
    }

    public long maxBytes() {
        return xml.maxBytes();
    }

    /** Reads a descriptor file; an oversize file is refused from its length, without reading it. */
    public DescriptorReading read(Path file) throws OvfPackageException {
        String member = String.valueOf(file.getFileName());
        try {
            checkDeclaredSize(Files.size(file), member);
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, member);
            }
        } catch (IOException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-PKG-001", member,
                    "cannot read the descriptor: " + e.getMessage()), e);
        }
    }

    public DescriptorReading read(byte[] bytes, String member) throws OvfPackageException {
        return read(new ByteArrayInputStream(bytes), member);
    }

    /** Refuses a member whose size, known from a file length or tar header, is over the limit. */
    public void checkDeclaredSize(long size, String member) throws OvfPackageException {
        try {
            xml.checkDeclaredSize(size);
        } catch (XmlSecurityException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-ENV-001", member,
                    "descriptor refused: " + e.getMessage()), e);
        }
    }

    /** Reads from {@code in} (not closed), at most {@link #maxBytes()} bytes. */
    public DescriptorReading read(InputStream in, String member) throws OvfPackageException {
        XmlElement root;
        try {
            root = xml.read(in);
        } catch (XmlSecurityException e) {
            throw new OvfPackageException(OvfFinding.error("OVF-ENV-001", member,
                    "descriptor refused: " + e.getMessage()), e);
        }
        if (!root.localName().equals("Envelope")) {
            throw new OvfPackageException(OvfFinding.error("OVF-ENV-001", member,
                    "root element is " + root.qualifiedName() + ", not an OVF Envelope"));
        }
        OvfVersion version = OvfVersion.ofNamespace(root.namespace());
        if (version == null) {
            String why = root.namespace().equals(OvfNamespaces.LEGACY_VMWARE_0_9)
                    ? "the pre-DMTF OVF 0.9 namespace is not supported"
                    : "unsupported OVF version: envelope namespace '" + root.namespace() + "'";
            throw new OvfPackageException(OvfFinding.error("OVF-ENV-001", member, why
                    + " (expected " + OvfVersion.V1_1.namespace() + " or " + OvfVersion.V2_0.namespace() + ")"));
        }
        Parse p = new Parse(version, member);
        OvfDescriptor descriptor = p.envelope(root);
        List<OvfFinding> findings = new ArrayList<>(p.findings);
        findings.addAll(new DescriptorChecks(descriptor, member).run());
        return new DescriptorReading(descriptor, findings);
    }

    /** One parse: the namespace of this document and the findings collected on the way. */
    private static final class Parse {
        final String ns;
        final OvfVersion version;
        final String member;
        final List<OvfFinding> findings = new ArrayList<>();

        Parse(OvfVersion version, String member) {
            this.version = version;
            this.ns = version.namespace();
            this.member = member;
        }

        void error(String id, XmlElement at, String message) {
            findings.add(OvfFinding.error(id, member, message + where(at)));
        }

        void warning(String id, XmlElement at, String message) {
            findings.add(OvfFinding.warning(id, member, message + where(at)));
        }

        static String where(XmlElement at) {
            return at == null || at.line() <= 0 ? "" : " (line " + at.line() + ")";
        }

        String attr(XmlElement e, String name) {
            return e.attribute(ns, name);
        }

        OvfDescriptor envelope(XmlElement root) {
            List<XmlElement> children = root.children();
            List<XmlElement> refs = root.children(ns, "References");
            if (refs.isEmpty()) {
                error("OVF-REF-001", root, "Envelope has no References element");
            } else if (refs.size() > 1) {
                error("OVF-REF-001", refs.get(1), "Envelope has " + refs.size() + " References elements");
            } else if (children.get(0) != refs.get(0)) {
                error("OVF-REF-001", refs.get(0), "References is not the first child of Envelope");
            }
            List<FileReference> files = refs.isEmpty() ? List.of() : files(refs.get(0));
            List<DiskDefinition> disks = new ArrayList<>();
            List<NetworkDefinition> networks = new ArrayList<>();
            List<DeploymentConfiguration> configurations = new ArrayList<>();
            List<UnknownSection> unknown = new ArrayList<>();
            List<XmlElement> sectionElements = new ArrayList<>();
            List<XmlElement> strings = new ArrayList<>();
            ContentEntity content = null;
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (XmlElement c : children) {
                boolean contentOrFrame = c.namespace().equals(ns) && Set.of("References", "Strings", "VirtualSystem",
                        "VirtualSystemCollection").contains(c.localName());
                if (!contentOrFrame) {
                    sectionElements.add(c);
                } else if (c.localName().equals("Strings")) {
                    strings.add(c);
                }
                if (c.namespace().equals(ns)) {
                    switch (c.localName()) {
                        case "References", "Strings" -> {
                            // References parsed above; string bundles are not used in this slice
                        }
                        case "DiskSection" -> {
                            section(c);
                            disks.addAll(disks(c));
                        }
                        case "NetworkSection" -> {
                            section(c);
                            networks.addAll(networks(c));
                        }
                        case "DeploymentOptionSection" -> {
                            section(c);
                            configurations.addAll(configurations(c));
                        }
                        case "VirtualSystem", "VirtualSystemCollection" -> {
                            if (content != null) {
                                error("OVF-ENV-002", c, "Envelope has more than one content entity");
                            } else {
                                content = entity(c);
                            }
                        }
                        default -> {
                            if (DMTF_SECTIONS.contains(c.localName())) {
                                section(c);
                                if (!Set.of("SharedDiskSection", "PlacementGroupSection", "EncryptionSection")
                                        .contains(c.localName())) {
                                    error("OVF-ENV-009", c, c.localName() + " is not allowed in the Envelope");
                                }
                            } else {
                                unknown.add(unknownSection(c));
                            }
                        }
                    }
                    if (c.localName().endsWith("Section")) {
                        counts.merge(c.localName(), 1, Integer::sum);
                    }
                } else {
                    unknown.add(unknownSection(c));
                }
            }
            for (String once : List.of("DiskSection", "NetworkSection", "DeploymentOptionSection")) {
                if (counts.getOrDefault(once, 0) > 1) {
                    error("OVF-ENV-009", root, "Envelope has " + counts.get(once) + " " + once + " elements");
                }
            }
            if (content == null) {
                error("OVF-ENV-002", root, "Envelope has no VirtualSystem or VirtualSystemCollection");
            }
            String lang = root.attribute("http://www.w3.org/XML/1998/namespace", "lang");
            return new OvfDescriptor(version, lang == null ? "en-US" : lang, files, disks, networks, configurations,
                    content, unknown, sectionElements, strings);
        }

        List<FileReference> files(XmlElement references) {
            List<FileReference> out = new ArrayList<>();
            for (XmlElement f : references.children(ns, "File")) {
                String id = attr(f, "id");
                String href = attr(f, "href");
                if (id == null || id.isBlank()) {
                    error("OVF-REF-002", f, "File has no ovf:id");
                }
                if (href == null || href.isBlank()) {
                    error("OVF-REF-002", f, "File " + id + " has no ovf:href");
                }
                Long size = number(f, "size", "OVF-REF-002");
                Long chunk = number(f, "chunkSize", "OVF-REF-002");
                if (chunk != null && chunk < 1) {
                    error("OVF-REF-012", f, "File " + id + " has ovf:chunkSize " + chunk + "; it must be positive");
                    chunk = null;
                }
                out.add(new FileReference(id == null ? "" : id, href == null ? "" : href, size,
                        attr(f, "compression"), chunk));
            }
            return out;
        }

        Long number(XmlElement e, String attribute, String requirement) {
            String v = attr(e, attribute);
            if (v == null) {
                return null;
            }
            try {
                long n = Long.parseLong(v.trim());
                if (n < 0) {
                    throw new NumberFormatException("negative");
                }
                return n;
            } catch (NumberFormatException ex) {
                error(requirement, e, "ovf:" + attribute + " '" + v + "' is not a non-negative integer");
                return null;
            }
        }

        void section(XmlElement s) {
            if (s.children().isEmpty() || !s.children().get(0).is(ns, "Info")) {
                error("OVF-ENV-008", s, s.localName() + " does not start with an Info element");
            }
        }

        List<DiskDefinition> disks(XmlElement section) {
            List<DiskDefinition> out = new ArrayList<>();
            for (XmlElement d : section.children(ns, "Disk")) {
                out.add(new DiskDefinition(attr(d, "diskId"), attr(d, "capacity"), attr(d, "capacityAllocationUnits"),
                        attr(d, "fileRef"), attr(d, "format"), number(d, "populatedSize", "OVF-DISK-007"),
                        attr(d, "parentRef")));
            }
            return out;
        }

        List<NetworkDefinition> networks(XmlElement section) {
            List<NetworkDefinition> out = new ArrayList<>();
            for (XmlElement n : section.children(ns, "Network")) {
                out.add(new NetworkDefinition(attr(n, "name"), n.childText(ns, "Description")));
            }
            return out;
        }

        List<DeploymentConfiguration> configurations(XmlElement section) {
            List<DeploymentConfiguration> out = new ArrayList<>();
            for (XmlElement c : section.children(ns, "Configuration")) {
                if (version == OvfVersion.V2_0 && (c.child(ns, "Label") == null || c.child(ns, "Description") == null)) {
                    error("OVF-SEC-008", c, "Configuration " + attr(c, "id") + " needs Label and Description");
                }
                out.add(new DeploymentConfiguration(attr(c, "id"), bool(attr(c, "default"), false),
                        c.childText(ns, "Label"), c.childText(ns, "Description")));
            }
            return out;
        }

        ContentEntity entity(XmlElement e) {
            String id = attr(e, "id");
            if (id == null || id.isBlank()) {
                error("OVF-ENV-004", e, e.localName() + " has no ovf:id");
                id = "";
            }
            XmlElement info = e.child(ns, "Info");
            if (info == null || e.children().get(0) != info) {
                error("OVF-ENV-004", e, e.localName() + " " + id + " does not start with an Info element");
            }
            String name = e.childText(ns, "Name");
            boolean collection = e.localName().equals("VirtualSystemCollection");
            String annotation = null;
            OperatingSystem os = null;
            List<HardwareSection> hardware = new ArrayList<>();
            List<ProductSection> products = new ArrayList<>();
            List<String> eulas = new ArrayList<>();
            List<StartupEntry> startup = new ArrayList<>();
            List<ContentEntity> children = new ArrayList<>();
            List<UnknownSection> unknown = new ArrayList<>();
            List<XmlElement> sectionElements = new ArrayList<>();
            for (XmlElement c : e.children()) {
                boolean frame = c.namespace().equals(ns) && Set.of("Info", "Name", "VirtualSystem",
                        "VirtualSystemCollection").contains(c.localName());
                if (!frame) {
                    sectionElements.add(c);
                }
                if (!c.namespace().equals(ns)) {
                    unknown.add(unknownSection(c));
                    continue;
                }
                String local = c.localName();
                if (local.equals("Info") || local.equals("Name")) {
                    continue;
                }
                if (local.equals("VirtualSystem") || local.equals("VirtualSystemCollection")) {
                    if (collection) {
                        children.add(entity(c));
                    } else {
                        error("OVF-ENV-007", c, local + " nested inside VirtualSystem " + id);
                    }
                    continue;
                }
                if (!DMTF_SECTIONS.contains(local)) {
                    unknown.add(unknownSection(c));
                    continue;
                }
                section(c);
                switch (local) {
                    case "AnnotationSection" -> annotation = c.childText(ns, "Annotation");
                    case "ProductSection" -> products.add(product(c));
                    case "EulaSection" -> eulas.add(c.childText(ns, "License") == null ? "" : c.childText(ns, "License"));
                    case "OperatingSystemSection" -> {
                        placement(c, !collection, id);
                        os = operatingSystem(c);
                    }
                    case "VirtualHardwareSection" -> {
                        placement(c, !collection, id);
                        hardware.add(hardware(c));
                    }
                    case "StartupSection" -> {
                        placement(c, collection, id);
                        startup.addAll(startup(c));
                    }
                    case "ResourceAllocationSection" -> placement(c, collection, id);
                    case "InstallSection" -> placement(c, !collection, id);
                    case "DiskSection", "NetworkSection", "DeploymentOptionSection", "SharedDiskSection",
                            "PlacementGroupSection", "EncryptionSection" ->
                            error("OVF-ENV-009", c, local + " is only allowed in the Envelope, found in " + id);
                    default -> {
                        // other DMTF sections are accepted without being modelled in this slice
                    }
                }
            }
            if (collection) {
                return new VirtualSystemCollectionEntity(id, info == null ? "" : info.text(), name, annotation, startup,
                        children, products, eulas, unknown, sectionElements);
            }
            if (hardware.isEmpty()) {
                error("OVF-HW-001", e, "VirtualSystem " + id + " has no VirtualHardwareSection");
            }
            return new VirtualSystemEntity(id, info == null ? "" : info.text(), name, annotation, os, hardware,
                    products, eulas, unknown, sectionElements);
        }

        void placement(XmlElement section, boolean allowed, String entityId) {
            if (!allowed) {
                error(section.localName().equals("ResourceAllocationSection") ? "OVF-SEC-004" : "OVF-ENV-009",
                        section, section.localName() + " is not allowed in entity " + entityId);
            }
        }

        OperatingSystem operatingSystem(XmlElement s) {
            String id = attr(s, "id");
            Integer code = null;
            try {
                code = Integer.valueOf(id == null ? "" : id.trim());
                if (code < 0 || code > 65_535) {
                    throw new NumberFormatException("out of range");
                }
            } catch (NumberFormatException ex) {
                error("OVF-SEC-011", s, "OperatingSystemSection ovf:id '" + id + "' is not an unsignedShort");
                code = null;
            }
            return new OperatingSystem(code, attr(s, "version"), s.childText(ns, "Description"));
        }

        HardwareSection hardware(XmlElement s) {
            XmlElement system = s.child(ns, "System");
            String transport = attr(s, "transport");
            List<String> transports = transport == null ? List.of() : tokens(transport.replace(',', ' '));
            List<HardwareItem> items = new ArrayList<>();
            for (XmlElement c : s.children()) {
                if (c.is(ns, "Item")) {
                    items.add(item(c, ItemKind.ITEM));
                } else if (c.is(ns, "EthernetPortItem") || c.is(ns, "StorageItem")) {
                    if (version == OvfVersion.V1_1) {
                        warning("OVF-HW-024", c, c.localName() + " is an OVF 2.x element in a 1.x descriptor");
                    }
                    items.add(item(c, c.localName().equals("StorageItem") ? ItemKind.STORAGE_ITEM
                            : ItemKind.ETHERNET_PORT_ITEM));
                }
            }
            String type = system == null ? null : system.childText(OvfNamespaces.VSSD, "VirtualSystemType");
            return new HardwareSection(attr(s, "id") == null ? "" : attr(s, "id"), transports,
                    system == null ? null : system.childText(OvfNamespaces.VSSD, "ElementName"),
                    system == null ? null : system.childText(OvfNamespaces.VSSD, "InstanceID"),
                    system == null ? null : system.childText(OvfNamespaces.VSSD, "VirtualSystemIdentifier"),
                    type == null ? List.of() : tokens(type), items);
        }

        HardwareItem item(XmlElement item, ItemKind kind) {
            Map<String, List<String>> props = new LinkedHashMap<>();
            for (XmlElement p : item.children()) {
                props.computeIfAbsent(p.localName(), k -> new ArrayList<>()).add(p.text());
            }
            Integer type = null;
            String typeText = first(props, "ResourceType");
            if (typeText != null) {
                try {
                    type = Integer.valueOf(typeText.trim());
                } catch (NumberFormatException ex) {
                    error("OVF-HW-020", item, "ResourceType '" + typeText + "' is not a number");
                }
            }
            Long quantity = null;
            String q = first(props, "VirtualQuantity");
            if (q != null && !q.isBlank()) {
                try {
                    quantity = Long.valueOf(q.trim());
                } catch (NumberFormatException ex) {
                    error("OVF-HW-016", item, "VirtualQuantity '" + q + "' is not a number");
                }
            }
            String auto = first(props, "AutomaticAllocation");
            return new HardwareItem(kind, first(props, "InstanceID"), type, first(props, "ElementName"), quantity,
                    first(props, "AllocationUnits"), first(props, "Parent"), first(props, "AddressOnParent"),
                    props.getOrDefault("HostResource", List.of()), props.getOrDefault("Connection", List.of()),
                    first(props, "Address"), first(props, "ResourceSubType"), auto == null ? null : bool(auto, false),
                    bool(attr(item, "required"), true), attr(item, "configuration"), attr(item, "bound"), props);
        }

        ProductSection product(XmlElement s) {
            List<ProductProperty> props = new ArrayList<>();
            for (XmlElement p : s.children(ns, "Property")) {
                String value = attr(p, "value");
                List<PropertyValue> values = new ArrayList<>();
                for (XmlElement v : p.children(ns, "Value")) {
                    if (attr(v, "value") == null) {
                        error("OVF-PROD-013", v, "a Value of property " + attr(p, "key") + " has no ovf:value");
                        continue;
                    }
                    values.add(new PropertyValue(attr(v, "value"), attr(v, "configuration")));
                }
                props.add(new ProductProperty(attr(p, "key"), attr(p, "type"), value == null ? "" : value,
                        bool(attr(p, "userConfigurable"), false), bool(attr(p, "password"), false),
                        attr(p, "qualifiers"), p.childText(ns, "Label"), p.childText(ns, "Description"), values));
            }
            return new ProductSection(attr(s, "class"), attr(s, "instance"), s.childText(ns, "Product"),
                    s.childText(ns, "Vendor"), s.childText(ns, "Version"), props);
        }

        List<StartupEntry> startup(XmlElement s) {
            List<StartupEntry> out = new ArrayList<>();
            for (XmlElement i : s.children(ns, "Item")) {
                out.add(new StartupEntry(attr(i, "id"), integer(i, "order", 0), integer(i, "startDelay", 0),
                        bool(attr(i, "waitingForGuest"), false), orDefault(attr(i, "startAction"), "powerOn"),
                        integer(i, "stopDelay", 0), orDefault(attr(i, "stopAction"), "powerOff")));
            }
            return out;
        }

        int integer(XmlElement e, String name, int dflt) {
            String v = attr(e, name);
            if (v == null) {
                return dflt;
            }
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException ex) {
                error("OVF-SEC-007", e, "ovf:" + name + " '" + v + "' is not an integer");
                return dflt;
            }
        }

        UnknownSection unknownSection(XmlElement c) {
            return new UnknownSection(c.namespace(), c.localName(), bool(c.attribute(ns, "required"), true),
                    c.childText(ns, "Info"));
        }

        boolean bool(String v, boolean dflt) {
            if (v == null) {
                return dflt;
            }
            String t = v.trim();
            if (t.equals("true") || t.equals("1")) {
                return true;
            }
            if (t.equals("false") || t.equals("0")) {
                return false;
            }
            findings.add(OvfFinding.error("OVF-ENV-001", member, "'" + v + "' is not an xs:boolean"));
            return dflt;
        }

        static String first(Map<String, List<String>> props, String name) {
            List<String> v = props.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        static String orDefault(String v, String dflt) {
            return v == null ? dflt : v;
        }

        static List<String> tokens(String s) {
            List<String> out = new ArrayList<>();
            for (String t : s.trim().split("\\s+")) {
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }
    }
}
