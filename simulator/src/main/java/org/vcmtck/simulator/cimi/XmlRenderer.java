package org.vcmtck.simulator.cimi;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link CimiDocument} as CIMI XML: root named after the type (or {@code Collection} with a
 * resourceURI attribute) in the CIMI namespace, {@code <property key>}, {@code <operation rel href/>},
 * references as {@code <name href/>}.
 */
public final class XmlRenderer {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlRenderer() {
    }

    public static byte[] render(CimiDocument doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(CimiNames.NAMESPACE);
            writeElement(w, doc, true);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML for " + doc.type(), e);
        }
        return bytes.toByteArray();
    }

    private static void writeElement(XMLStreamWriter w, CimiDocument doc, boolean root) throws XMLStreamException {
        w.writeStartElement(CimiNames.NAMESPACE, doc.collection() ? "Collection" : doc.type());
        if (root) {
            w.writeDefaultNamespace(CimiNames.NAMESPACE);
        }
        if (doc.collection()) {
            w.writeAttribute("resourceURI", doc.resourceUri());
        }
        // operations go last, after the members, as in the CIMI XML examples
        List<?> operations = null;
        for (Map.Entry<String, Object> e : doc.attributes().entrySet()) {
            if (CimiDocument.OPERATIONS.equals(e.getKey())) {
                operations = (List<?>) e.getValue();
            } else {
                writeAttribute(w, e.getKey(), e.getValue());
            }
        }
        if (operations != null) {
            for (Object o : operations) {
                Operation op = (Operation) o;
                w.writeEmptyElement(CimiNames.NAMESPACE, "operation");
                w.writeAttribute("rel", op.rel());
                w.writeAttribute("href", op.href());
            }
        }
        w.writeEndElement();
    }

    @SuppressWarnings("unchecked")
    private static void writeAttribute(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value instanceof Href h) {
            w.writeEmptyElement(CimiNames.NAMESPACE, name);
            w.writeAttribute("href", h.href());
        } else if (value instanceof CimiDocument expanded) {
            // an expanded reference ($expand): the element keeps its href and holds the resource's attributes
            w.writeStartElement(CimiNames.NAMESPACE, name);
            w.writeAttribute("href", String.valueOf(expanded.get("id")));
            for (Map.Entry<String, Object> e : expanded.attributes().entrySet()) {
                if (!CimiDocument.OPERATIONS.equals(e.getKey())) {
                    writeAttribute(w, e.getKey(), e.getValue());
                }
            }
            w.writeEndElement();
        } else if (value instanceof Entries entries) {
            for (CimiDocument member : entries.members()) {
                writeElement(w, member, false);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, String> p : new TreeMap<>((Map<String, String>) map).entrySet()) {
                w.writeStartElement(CimiNames.NAMESPACE, "property");
                w.writeAttribute("key", p.getKey());
                w.writeCharacters(p.getValue());
                w.writeEndElement();
            }
        } else {
            w.writeStartElement(CimiNames.NAMESPACE, name);
            w.writeCharacters(String.valueOf(value));
            w.writeEndElement();
        }
    }
}
