package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.List;
import org.vcmtck.assertions.ovf.OvfDescriptor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DOM helpers for reading an environment document: namespaced children and XPath-like locations. Plain child
 * elements and text come from {@link OvfDescriptor}, which the descriptor readings share.
 */
final class ElementPaths {

    private ElementPaths() {
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        return OvfDescriptor.children(parent).stream()
                .filter(child -> localName.equals(child.getLocalName()) && namespace.equals(namespaceOf(child)))
                .toList();
    }

    static String namespaceOf(Element element) {
        return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    }

    /** {@code /Environment/PropertySection[1]/Property[2]}: local names with the position among same-named siblings. */
    static String path(Element element) {
        List<String> steps = new ArrayList<>();
        for (Node node = element; node instanceof Element current; node = current.getParentNode()) {
            if (current.getParentNode() instanceof Element) {
                int index = 1;
                for (Node sibling = current.getPreviousSibling(); sibling != null;
                     sibling = sibling.getPreviousSibling()) {
                    if (sibling instanceof Element other && sameName(other, current)) {
                        index++;
                    }
                }
                steps.add(0, current.getLocalName() + "[" + index + "]");
            } else {
                steps.add(0, current.getLocalName());
            }
        }
        return "/" + String.join("/", steps);
    }

    private static boolean sameName(Element a, Element b) {
        return a.getLocalName().equals(b.getLocalName()) && namespaceOf(a).equals(namespaceOf(b));
    }
}
