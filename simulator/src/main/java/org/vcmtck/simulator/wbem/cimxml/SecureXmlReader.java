package org.vcmtck.simulator.wbem.cimxml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CIM-XML document into {@link XmlElement}s with StAX. A DOCTYPE is refused outright (CIM-XML requests
 * need none, and refusing it rules out external entities and entity expansion bombs); depth, element count and
 * text length are bounded by {@link XmlLimits}.
 */
public final class SecureXmlReader {
    private final XmlLimits limits;
    private final XMLInputFactory factory;

    public SecureXmlReader(XmlLimits limits) {
        this.limits = limits;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    }

    public SecureXmlReader() {
        this(XmlLimits.DEFAULT);
    }

    /** The root element of a UTF-8 document. */
    public XmlElement read(byte[] utf8) {
        XMLStreamReader r;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(utf8), "UTF-8");
        } catch (XMLStreamException e) {
            throw new CimXmlException(CimXmlException.Kind.NOT_WELL_FORMED, "cannot start reading XML: "
                    + e.getMessage());
        }
        try {
            return readRoot(r);
        } catch (XMLStreamException e) {
            throw new CimXmlException(CimXmlException.Kind.NOT_WELL_FORMED, "the request is not well-formed XML: "
                    + e.getMessage());
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open: the input is an in-memory array
            }
        }
    }

    private XmlElement readRoot(XMLStreamReader r) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        int elements = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw CimXmlException.invalid(
                        "a DOCTYPE is not allowed in a CIM-XML request (DTDs and entities are refused)");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw CimXmlException.invalid(
                        "entity reference &" + r.getLocalName() + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null) {
                        throw new CimXmlException(CimXmlException.Kind.NOT_WELL_FORMED, "content after the root");
                    }
                    if (++elements > limits.maxElements()) {
                        throw new CimXmlException(CimXmlException.Kind.TOO_LARGE, "the request has more than "
                                + limits.maxElements() + " elements");
                    }
                    if (open.size() >= limits.maxDepth()) {
                        throw new CimXmlException(CimXmlException.Kind.TOO_LARGE, "elements are nested deeper than "
                                + limits.maxDepth() + " levels");
                    }
                    Map<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String v = r.getAttributeValue(i);
                        checkLength(v);
                        attrs.put(r.getAttributeLocalName(i), v);
                    }
                    open.push(new Builder(r.getLocalName(), attrs));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        Builder b = open.peek();
                        b.text.append(r.getText());
                        checkLength(b.text);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Builder done = open.pop();
                    XmlElement e = done.build();
                    if (open.isEmpty()) {
                        root = e;
                    } else {
                        open.peek().children.add(e);
                    }
                }
                default -> {
                    // comments, processing instructions, the XML declaration: not part of the message
                }
            }
        }
        if (root == null) {
            throw new CimXmlException(CimXmlException.Kind.NOT_WELL_FORMED, "the request holds no XML element");
        }
        return root;
    }

    private void checkLength(CharSequence text) {
        if (text.length() > limits.maxTextLength()) {
            throw new CimXmlException(CimXmlException.Kind.TOO_LARGE, "a text or attribute value is longer than "
                    + limits.maxTextLength() + " characters");
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        XmlElement build() {
            // text only matters for leaf elements (VALUE, KEYVALUE, HOST); whitespace between children is layout
            return new XmlElement(name, attributes, children, children.isEmpty() ? text.toString() : "");
        }
    }
}
