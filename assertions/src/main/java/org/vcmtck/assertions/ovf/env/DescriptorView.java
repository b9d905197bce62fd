package org.vcmtck.assertions.ovf.env;

import java.util.List;
import java.util.Optional;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.w3c.dom.Element;

/**
 * The few descriptor navigations the expectation needs. Kinds, attributes and contents come from
 * {@link OvfDescriptor}, so the expectation reads a descriptor (the pre-DMTF 0.9 form included) exactly as the
 * package rules do.
 */
final class DescriptorView {

    private final OvfDescriptor descriptor;

    DescriptorView(OvfDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    Element envelope() {
        return descriptor.envelope();
    }

    String location(Element element) {
        return descriptor.path(element);
    }

    List<Element> childrenOfKind(Element parent, String kind) {
        return descriptor.childrenOfKind(parent, kind);
    }

    /** An attribute in the envelope namespace (how OVF qualifies its attributes). */
    Optional<String> attr(Element element, String localName) {
        return descriptor.attr(element, localName);
    }

    /** Every VirtualSystem and VirtualSystemCollection, outermost first. */
    List<Element> contents() {
        return descriptor.contents();
    }

    Optional<Element> content(String id) {
        return contents().stream().filter(c -> attr(c, "id").equals(Optional.of(id))).findFirst();
    }

    Optional<String> id(Element content) {
        return attr(content, "id");
    }

    /** The content directly enclosing this one, if it is inside a VirtualSystemCollection. */
    Optional<Element> parentContent(Element content) {
        return content.getParentNode() instanceof Element parent && descriptor.isContent(parent)
                ? Optional.of(parent) : Optional.empty();
    }

    List<Element> childContents(Element content) {
        return OvfDescriptor.children(content).stream().filter(descriptor::isContent).toList();
    }

    /** The File of References with this ovf:id. */
    Optional<Element> file(String id) {
        return descriptor.files().stream().filter(file -> attr(file, "id").equals(Optional.of(id))).findFirst();
    }

    /** Sections of a kind directly inside the container. */
    List<Element> sections(Element container, String kind) {
        return childrenOfKind(container, kind);
    }
}
