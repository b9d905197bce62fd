package org.vcmtck.assertions.ovf;

import org.vcmtck.assertions.xml.UntrustedXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A parsed OVF descriptor with the few navigation helpers the rules share. It reads every generation the same
 * way: the pre-DMTF 0.9 form writes sections as {@code <Section xsi:type="ovf:DiskSection_Type">}, so an element's
 * <em>kind</em> is its {@code xsi:type} (without {@code _Type}) for {@code Section}/{@code Content}, otherwise its
 * local name. Elements in the envelope namespace and unqualified elements (0.9 leaves them unqualified) count as
 * OVF elements.
 */
public final class OvfDescriptor {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final Document document;
    private final Element envelope;
    private final String namespace;
    private final OvfVersion version;

    public OvfDescriptor(Document document) {
        this.document = document;
        this.envelope = document.getDocumentElement();
        this.namespace = envelope.getNamespaceURI() == null ? "" : envelope.getNamespaceURI();
        this.version = OvfVersion.ofNamespace(namespace);
    }

    /** Parses descriptor bytes; a DOCTYPE or ill-formed XML is refused with a message naming line and column. */
    public static OvfDescriptor parse(byte[] bytes) throws DescriptorNotReadable {
        try {
            return new OvfDescriptor(UntrustedXml.parse(bytes));
        } catch (UntrustedXml.NotWellFormed e) {
            throw new DescriptorNotReadable(e.getMessage(), e);
        }
    }

    /** The descriptor is not well-formed XML, or it declares a DOCTYPE (refused: OVF descriptors need none). */
    public static final class DescriptorNotReadable extends Exception {
        DescriptorNotReadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Document document() {
        return document;
    }

    public Element envelope() {
        return envelope;
    }

    public String namespace() {
        return namespace;
    }

    public OvfVersion version() {
        return version;
    }

    boolean isOvf(Element element) {
        String ns = element.getNamespaceURI();
        return ns == null || ns.equals(namespace);
    }

    /** The element's kind: {@code xsi:type} without {@code _Type} for 0.9 {@code Section}/{@code Content}. */
    String kind(Element element) {
        String local = element.getLocalName();
        if (isOvf(element) && (local.equals("Section") || local.equals("Content"))) {
            String type = element.getAttributeNS(XSI, "type");
            if (!type.isEmpty()) {
                String name = type.substring(type.indexOf(':') + 1);
                return name.endsWith("_Type") ? name.substring(0, name.length() - "_Type".length()) : name;
            }
        }
        return local;
    }

    boolean isKind(Element element, String kind) {
        return isOvf(element) && kind(element).equals(kind);
    }

    /** Whether this is a VirtualSystem or a VirtualSystemCollection. */
    public boolean isContent(Element element) {
        return isKind(element, "VirtualSystem") || isKind(element, "VirtualSystemCollection");
    }

    boolean isSection(Element element) {
        return isOvf(element) && kind(element).endsWith("Section");
    }

    /** An attribute in the envelope namespace (how OVF qualifies its attributes). */
    public Optional<String> attr(Element element, String localName) {
        Attr attribute = element.getAttributeNodeNS(namespace.isEmpty() ? null : namespace, localName);
        return attribute == null ? Optional.empty() : Optional.of(attribute.getValue());
    }

    /** The child elements, in document order (text, comments and the like skipped). */
    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    List<Element> ovfChildren(Element parent) {
        return children(parent).stream().filter(this::isOvf).toList();
    }

    /** The child elements of the kind: the local name, or for 0.9 {@code Section}/{@code Content} the xsi:type. */
    public List<Element> childrenOfKind(Element parent, String kind) {
        return children(parent).stream().filter(child -> isKind(child, kind)).toList();
    }

    /** Every OVF element of the kind in the whole document, in document order. */
    List<Element> all(String kind) {
        List<Element> found = new ArrayList<>();
        collect(envelope, kind, found);
        return found;
    }

    private void collect(Element element, String kind, List<Element> found) {
        for (Element child : children(element)) {
            if (isKind(child, kind)) {
                found.add(child);
            }
            collect(child, kind, found);
        }
    }

    /** Every VirtualSystem and VirtualSystemCollection, outermost first. */
    public List<Element> contents() {
        List<Element> found = new ArrayList<>();
        collectContents(envelope, found);
        return found;
    }

    private void collectContents(Element element, List<Element> found) {
        for (Element child : ovfChildren(element)) {
            if (isContent(child)) {
                found.add(child);
                collectContents(child, found);
            }
        }
    }

    /** The sections directly inside the Envelope, a VirtualSystem or a VirtualSystemCollection. */
    List<Element> sectionsOf(Element container) {
        return ovfChildren(container).stream().filter(this::isSection).toList();
    }

    /** The File elements of References, in document order. */
    public List<Element> files() {
        List<Element> files = new ArrayList<>();
        for (Element references : childrenOfKind(envelope, "References")) {
            files.addAll(childrenOfKind(references, "File"));
        }
        return files;
    }

    List<String> fileIds() {
        return files().stream().map(file -> attr(file, "id").orElse("")).filter(id -> !id.isEmpty()).toList();
    }

    /** Disks of the Envelope's DiskSection (and 2.x SharedDiskSection). */
    List<Element> disks() {
        List<Element> disks = new ArrayList<>();
        for (Element section : sectionsOf(envelope)) {
            if (kind(section).equals("DiskSection")) {
                disks.addAll(childrenOfKind(section, "Disk"));
            } else if (kind(section).equals("SharedDiskSection")) {
                disks.addAll(childrenOfKind(section, "SharedDisk"));
            }
        }
        return disks;
    }

    /** A child of a CIM settings element (rasd:, vssd:, epasd:, sasd:) by local name; 0.9 wrote "InstanceId". */
    static Optional<Element> cimChild(Element item, String localName) {
        return children(item).stream().filter(c -> c.getLocalName().equalsIgnoreCase(localName)).findFirst();
    }

    static List<Element> cimChildren(Element item, String localName) {
        return children(item).stream().filter(c -> c.getLocalName().equalsIgnoreCase(localName)).toList();
    }

    /** The element's text content, trimmed; empty when there is none. */
    public static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().trim();
    }

    /** Items of a hardware section: Item, and the 2.x EthernetPortItem and StorageItem. */
    List<Element> items(Element hardwareSection) {
        return ovfChildren(hardwareSection).stream().filter(child -> {
            String kind = kind(child);
            return kind.equals("Item") || kind.equals("EthernetPortItem") || kind.equals("StorageItem");
        }).toList();
    }

    /**
     * An XPath-like location for messages, e.g. {@code /Envelope/VirtualSystem[@ovf:id='vm']/VirtualHardwareSection[1]/Item[3]}.
     */
    public String path(Element element) {
        List<String> steps = new ArrayList<>();
        for (Node node = element; node instanceof Element current; node = current.getParentNode()) {
            steps.add(0, step(current));
        }
        return "/" + String.join("/", steps);
    }

    private String step(Element element) {
        String name = isOvf(element) ? kind(element) : qualified(element);
        if (element == envelope) {
            return name;
        }
        if (isContent(element)) {
            Optional<String> id = attr(element, "id");
            if (id.isPresent()) {
                return name + "[@ovf:id='" + id.get() + "']";
            }
        }
        int index = 1;
        for (Node sibling = element.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
            if (sibling instanceof Element other && sameName(other, element)) {
                index++;
            }
        }
        return name + "[" + index + "]";
    }

    private boolean sameName(Element a, Element b) {
        if (isOvf(a) && isOvf(b)) {
            return kind(a).equals(kind(b));
        }
        return qualified(a).equals(qualified(b));
    }

    private static String qualified(Element element) {
        String prefix = element.getPrefix();
        return prefix == null ? element.getLocalName() : prefix + ":" + element.getLocalName();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
