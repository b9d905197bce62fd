package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * The few descriptor navigations the expectation needs, over the raw DOM. Like the package rules it reads the
 * pre-DMTF 0.9 form too, where a section is {@code <Section xsi:type="ovf:ProductSection_Type">}.
 */
final class DescriptorView {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final OvfDescriptor descriptor;
    private final String namespace;

    DescriptorView(OvfDescriptor descriptor) {
        this.descriptor = descriptor;
        this.namespace = descriptor.namespace();
    }

    Element envelope() {
        return descriptor.envelope();
    }

    String location(Element element) {
        return descriptor.path(element);
    }

    private boolean isOvf(Element element) {
        String ns = element.getNamespaceURI();
        return ns == null || ns.equals(namespace);
    }

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

    boolean isContent(Element element) {
        return isKind(element, "VirtualSystem") || isKind(element, "VirtualSystemCollection");
    }

    List<Element> childrenOfKind(Element parent, String kind) {
        return ElementPaths.children(parent).stream().filter(child -> isKind(child, kind)).toList();
    }

    /** An attribute in the envelope namespace (how OVF qualifies its attributes). */
    Optional<String> attr(Element element, String localName) {
        Attr attribute = element.getAttributeNodeNS(namespace.isEmpty() ? null : namespace, localName);
        return attribute == null ? Optional.empty() : Optional.of(attribute.getValue());
    }

    /** Every VirtualSystem and VirtualSystemCollection, outermost first. */
    List<Element> contents() {
        List<Element> found = new ArrayList<>();
        collectContents(envelope(), found);
        return found;
    }

    private void collectContents(Element parent, List<Element> found) {
        for (Element child : ElementPaths.children(parent)) {
            if (isContent(child)) {
                found.add(child);
                collectContents(child, found);
            }
        }
    }

    Optional<Element> content(String id) {
        return contents().stream().filter(c -> attr(c, "id").equals(Optional.of(id))).findFirst();
    }

    Optional<String> id(Element content) {
        return attr(content, "id");
    }

    /** The content directly enclosing this one, if it is inside a VirtualSystemCollection. */
    Optional<Element> parentContent(Element content) {
        return content.getParentNode() instanceof Element parent && isContent(parent)
                ? Optional.of(parent) : Optional.empty();
    }

    List<Element> childContents(Element content) {
        return ElementPaths.children(content).stream().filter(this::isContent).toList();
    }

    /** The File of References with this ovf:id. */
    Optional<Element> file(String id) {
        for (Element references : childrenOfKind(envelope(), "References")) {
            for (Element file : childrenOfKind(references, "File")) {
                if (attr(file, "id").equals(Optional.of(id))) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /** Sections of a kind directly inside the container. */
    List<Element> sections(Element container, String kind) {
        return childrenOfKind(container, kind);
    }
}
