package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads request bodies: size limit (413), media type (415), well-formedness (400). DTDs are refused. */
public final class RequestBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RequestBodies() {
    }

    /**
     * How much of an oversized body is read and thrown away before the 413 goes out. Answering while the client is
     * still sending makes many clients (the JDK's among them) lose the answer to a broken connection; beyond this,
     * the answer goes out at once and the connection is closed.
     */
    static final long DRAIN_LIMIT = 8L * CimiNames.MAX_BODY_BYTES;

    /** Reads at most {@link CimiNames#MAX_BODY_BYTES}; a longer body is refused (413) and never kept. */
    public static byte[] readLimited(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > CimiNames.MAX_BODY_BYTES) {
            drain(in);
            throw tooLarge(declaredLength);
        }
        byte[] bytes = in.readNBytes(CimiNames.MAX_BODY_BYTES + 1);
        if (bytes.length > CimiNames.MAX_BODY_BYTES) {
            drain(in);
            throw tooLarge(bytes.length);
        }
        return bytes;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
    }

    private static CimiException tooLarge(long length) {
        return new CimiException(413, "request body of " + (length > CimiNames.MAX_BODY_BYTES ? "more than " : "")
                + CimiNames.MAX_BODY_BYTES + " bytes is too large");
    }

    public static RequestBody parse(byte[] bytes, String contentType) {
        MediaType type = MediaType.ofBody(contentType);
        if (bytes.length == 0) {
            throw new CimiException(400, "the request body is empty");
        }
        return type == MediaType.JSON ? parseJson(bytes) : parseXml(bytes);
    }

    private static RequestBody parseJson(byte[] bytes) {
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new CimiException(400, "malformed JSON body: expected an object");
            }
            return new JsonRequestBody(node, "");
        } catch (JsonProcessingException e) {
            throw new CimiException(400, "malformed JSON body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CimiException(400, "unreadable JSON body: " + e.getMessage());
        }
    }

    private static RequestBody parseXml(byte[] bytes) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            InputSource source = new InputSource(new ByteArrayInputStream(bytes));
            Document doc = builder.parse(source);
            return new XmlRequestBody(doc.getDocumentElement(), "");
        } catch (SAXException e) {
            throw new CimiException(400, "malformed XML body: " + e.getMessage());
        } catch (IOException e) {
            throw new CimiException(400, "unreadable XML body: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured securely", e);
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
