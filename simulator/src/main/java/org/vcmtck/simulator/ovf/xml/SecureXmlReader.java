package org.vcmtck.simulator.ovf.xml;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses untrusted XML into an {@link XmlElement} tree with StAX. DTD support and external entities are off, and
 * any DOCTYPE is refused outright, so XXE and entity-expansion bombs fail at the DOCTYPE with a clear message
 * instead of being half-processed. Size and nesting depth are capped; the size cap is enforced while reading,
 * so an oversize document is never held in memory.
 */
public final class SecureXmlReader {
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    private static final int MAX_DEPTH = 256;

    private final long maxBytes;

    public SecureXmlReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Reads the whole document from {@code in} (not closed); throws on anything unsafe or malformed. */
    public XmlElement read(InputStream in) throws XmlSecurityException {
        BoundedInputStream bounded = new BoundedInputStream(in, maxBytes);
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(bounded);
            return tree(r);
        } catch (XMLStreamException e) {
            if (bounded.exceeded()) {
                throw new XmlSecurityException("document larger than the limit of " + maxBytes + " bytes");
            }
            throw new XmlSecurityException("not well-formed XML" + at(e) + ": " + cleanMessage(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the parse result (or its error) is what matters; the underlying stream is the caller's
                }
            }
        }
    }

    private static XmlElement tree(XMLStreamReader r) throws XMLStreamException, XmlSecurityException {
        Deque<Builder> stack = new ArrayDeque<>();
        XmlElement root = null;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new XmlSecurityException("DOCTYPE declarations are not allowed"
                        + " (DTDs and entities are disabled to prevent XXE and entity expansion) at line "
                        + r.getLocation().getLineNumber());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XmlSecurityException(
                        "entity reference &" + r.getLocalName() + "; is not allowed at line "
                                + r.getLocation().getLineNumber());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (stack.size() >= MAX_DEPTH) {
                        throw new XmlSecurityException("elements nested deeper than " + MAX_DEPTH);
                    }
                    Map<QName, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        QName n = r.getAttributeName(i);
                        attrs.put(new QName(n.getNamespaceURI() == null ? "" : n.getNamespaceURI(), n.getLocalPart()),
                                r.getAttributeValue(i));
                    }
                    stack.push(new Builder(r.getNamespaceURI(), r.getLocalName(), attrs,
                            r.getLocation().getLineNumber()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.peek().text.append(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = stack.pop().build();
                    if (stack.isEmpty()) {
                        root = done;
                    } else {
                        stack.peek().children.add(done);
                    }
                }
                default -> {
                    // comments, processing instructions, document start/end carry nothing the reader needs
                }
            }
        }
        if (root == null) {
            throw new XmlSecurityException("no root element");
        }
        return root;
    }

    private static String at(XMLStreamException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
    }

    private static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int idx = m.indexOf("Message: ");
        return (idx >= 0 ? m.substring(idx + 9) : m).trim();
    }

    private static final class Builder {
        final String ns;
        final String local;
        final Map<QName, String> attrs;
        final int line;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String ns, String local, Map<QName, String> attrs, int line) {
            this.ns = ns;
            this.local = local;
            this.attrs = attrs;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(ns, local, attrs, children, text.toString().trim(), line);
        }
    }

    /** For callers that know the size up front (a file, a tar header): refuse without reading a byte. */
    public void checkDeclaredSize(long size) throws XmlSecurityException {
        if (size > maxBytes) {
            throw new XmlSecurityException("document of " + size + " bytes is larger than the limit of " + maxBytes
                    + " bytes");
        }
    }

}
