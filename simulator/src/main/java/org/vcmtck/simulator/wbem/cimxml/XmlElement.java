package org.vcmtck.simulator.wbem.cimxml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a CIM-XML document as read: name, attributes, child elements and the text directly inside it.
 * CIM-XML never mixes text and elements meaningfully, so whitespace between children is dropped.
 */
public record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text) {
    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
        text = text == null ? "" : text;
    }

    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** The attribute's value, or a {@link CimXmlException} naming the element and the missing attribute. */
    public String required(String attribute) {
        String v = attributes.get(attribute);
        if (v == null) {
            throw CimXmlException.invalid("element " + name + " lacks its required attribute " + attribute);
        }
        return v;
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** The only child, which must be one of the names given (DTD choice groups). */
    public XmlElement onlyChild(String... allowed) {
        if (children.size() != 1) {
            throw CimXmlException.invalid("element " + name + " must hold exactly one of " + String.join(", ", allowed)
                    + ", holds " + children.size() + " elements");
        }
        XmlElement c = children.get(0);
        for (String a : allowed) {
            if (a.equals(c.name)) {
                return c;
            }
        }
        throw CimXmlException.invalid("element " + name + " may not contain " + c.name + "; expected one of "
                + String.join(", ", allowed));
    }

    public XmlElement requiredChild(String childName) {
        return child(childName).orElseThrow(() -> CimXmlException.invalid("element " + name + " lacks its "
                + childName + " child"));
    }
}
