package org.vcmtck.simulator.ovf.xml;

import javax.xml.namespace.QName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed XML element: namespace, local name, attributes, child elements and its own (direct, trimmed) text.
 * The descriptor reader walks this small tree instead of a DOM so that parsing stays in one audited place.
 */
public record XmlElement(String namespace, String localName, Map<QName, String> attributes, List<XmlElement> children,
                         String text, int line) {
    public XmlElement {
        namespace = namespace == null ? "" : namespace;
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
        text = text == null ? "" : text;
    }

    public boolean is(String ns, String local) {
        return namespace.equals(ns) && localName.equals(local);
    }

    /** The attribute {@code {ns}local}; falls back to the unqualified name, which some producers write. */
    public String attribute(String ns, String local) {
        String v = attributes.get(new QName(ns, local));
        return v != null ? v : attributes.get(new QName("", local));
    }

    public List<XmlElement> children(String ns, String local) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.is(ns, local)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first child {@code {ns}local}, or null. */
    public XmlElement child(String ns, String local) {
        for (XmlElement c : children) {
            if (c.is(ns, local)) {
                return c;
            }
        }
        return null;
    }

    /** Text of the first child {@code {ns}local}, or null when there is none. */
    public String childText(String ns, String local) {
        XmlElement c = child(ns, local);
        return c == null ? null : c.text();
    }

    public String qualifiedName() {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }
}
