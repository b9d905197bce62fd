package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a {@link CimiDocument} as CIMI JSON: resourceURI first, then the attributes in order. */
public final class JsonRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRenderer() {
    }

    public static byte[] render(CimiDocument doc) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toNode(doc))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + doc.type(), e);
        }
    }

    static ObjectNode toNode(CimiDocument doc) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("resourceURI", doc.resourceUri());
        doc.attributes().forEach((name, value) -> put(node, name, value));
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void put(ObjectNode node, String name, Object value) {
        if (value instanceof String s) {
            node.put(name, s);
        } else if (value instanceof Integer i) {
            node.put(name, i);
        } else if (value instanceof Long l) {
            node.put(name, l);
        } else if (value instanceof Boolean b) {
            node.put(name, b);
        } else if (value instanceof Href h) {
            node.putObject(name).put("href", h.href());
        } else if (value instanceof CimiDocument expanded) {
            // an expanded reference ($expand): the whole resource, still carrying the href it replaces
            ObjectNode o = toNode(expanded);
            o.put("href", String.valueOf(expanded.get("id")));
            node.set(name, o);
        } else if (value instanceof Entries entries) {
            ArrayNode array = node.putArray(entries.jsonName());
            entries.members().forEach(m -> array.add(toNode(m)));
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode props = node.putObject(name);
            new TreeMap<>((Map<String, String>) map).forEach(props::put);
        } else if (value instanceof List<?> list) {
            ArrayNode array = node.putArray(name);
            for (Object o : list) {
                Operation op = (Operation) o;
                array.addObject().put("rel", op.rel()).put("href", op.href());
            }
        } else {
            throw new IllegalArgumentException(name + ": cannot render " + value.getClass().getName());
        }
    }
}
