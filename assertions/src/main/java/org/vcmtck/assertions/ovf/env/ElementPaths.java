package org.vcmtck.assertions.ovf.env;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** DOM helpers shared by the environment and descriptor readings: child elements, text, XPath-like locations. */
final class ElementPaths {

    private ElementPaths() {
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent).stream()
                .filter(child -> localName.equals(child.getLocalName()) && namespace.equals(namespaceOf(child)))
                .toList();
    }

    static String namespaceOf(Element element) {
        return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    }

    static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().trim();
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
