package org.vcmtck.features.steps.cimi;

import org.vcmtck.assertions.xml.UntrustedXml;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vcmtck.assertions.cimi.CimiFormat;
import org.vcmtck.assertions.cimi.CimiVocabulary;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a resource's {@code property} map exactly as it is written on the wire (CIMI-COM-005): in JSON the
 * {@code "properties"} object of string members, in XML the repeated {@code <property key="k">v</property>}
 * children of the root. Anything written another way is reported, not guessed at.
 */
final class CimiWireProperties {

    private CimiWireProperties() {
    }

    /** The properties as written; a property written in a shape CIMI does not define raises AssertionError. */
    static Map<String, String> read(String body, CimiFormat format) {
        return format == CimiFormat.JSON ? json(body) : xml(body);
    }

    private static Map<String, String> json(String body) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("[CIMI-COM-005] the resource is not JSON: " + e.getMessage(), e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        JsonNode map = root.path("properties");
        if (map.isMissingNode() || map.isNull()) {
            return properties;
        }
        if (!map.isObject()) {
            throw new AssertionError("[CIMI-COM-005] \"properties\" is a " + map.getNodeType()
                    + ", not an object of key/value members");
        }
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            if (!e.getValue().isTextual()) {
                throw new AssertionError("[CIMI-COM-005] property \"" + e.getKey() + "\" has a "
                        + e.getValue().getNodeType() + " value, not a string");
            }
            properties.put(e.getKey(), e.getValue().asText());
        }
        return properties;
    }

    private static Map<String, String> xml(String body) {
        Element root;
        try {
            root = UntrustedXml.parse(body).getDocumentElement();
        } catch (UntrustedXml.NotWellFormed e) {
            throw new AssertionError("[CIMI-COM-005] the resource is not well-formed XML: " + e.getMessage(), e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && CimiVocabulary.NAMESPACE.equals(e.getNamespaceURI())) {
                if (e.getLocalName().equals("properties")) {
                    throw new AssertionError("[CIMI-COM-005] the XML representation has a <properties> element; "
                            + "properties are repeated <property key=\"…\"> elements");
                }
                if (e.getLocalName().equals("property")) {
                    if (!e.hasAttribute("key")) {
                        throw new AssertionError("[CIMI-COM-005] a <property> element has no key attribute");
                    }
                    properties.put(e.getAttribute("key"), e.getTextContent());
                }
            }
        }
        return properties;
    }
}
