package org.vcmtck.assertions.wbem;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few DOM walks the CIM-XML readers share; CIM-XML has no namespaces, so tag names are compared as is. */
final class CimXmlElements {
    private CimXmlElements() {
    }

    static Optional<Element> child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst();
    }

    static List<Element> children(Element parent) {
        List<Element> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                kids.add(e);
            }
        }
        return kids;
    }

    static List<String> names(List<Element> elements) {
        return elements.stream().map(Element::getTagName).toList();
    }

    static Optional<String> attribute(Element e, String name) {
        return e.hasAttribute(name) ? Optional.of(e.getAttribute(name)) : Optional.empty();
    }
}
