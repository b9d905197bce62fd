package org.vcmtck.assertions.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way the checker parses XML it did not write — OVF descriptors, CIMI bodies, CIM-XML answers: a DOCTYPE is
 * refused outright, so neither external entities nor entity expansion bombs reach it (none of these formats needs
 * a DOCTYPE to be read).
 */
public final class UntrustedXml {

    private UntrustedXml() {
    }

    /** Thrown when the bytes are not a well-formed, DOCTYPE-free XML document; the message says where. */
    public static final class NotWellFormed extends Exception {
        NotWellFormed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A namespace-aware document. */
    public static Document parse(byte[] bytes) throws NotWellFormed {
        return parse(bytes, true);
    }

    /**
     * A namespace-aware document of an already decoded text body (its encoding declaration is then moot);
     * {@code null} reads as empty, which is not well-formed.
     */
    public static Document parse(String text) throws NotWellFormed {
        return parse(new InputSource(new StringReader(text == null ? "" : text)), true);
    }

    public static Document parse(byte[] bytes, boolean namespaceAware) throws NotWellFormed {
        return parse(new InputSource(new ByteArrayInputStream(bytes)), namespaceAware);
    }

    private static Document parse(InputSource source, boolean namespaceAware) throws NotWellFormed {
        try {
            DocumentBuilder builder = factory(namespaceAware).newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a document ill-formed
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(source);
        } catch (SAXParseException e) {
            throw new NotWellFormed("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new NotWellFormed(e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
    }

    private static DocumentBuilderFactory factory(boolean namespaceAware) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory;
    }
}
