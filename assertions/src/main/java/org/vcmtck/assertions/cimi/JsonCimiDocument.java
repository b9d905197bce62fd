package org.vcmtck.assertions.cimi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A CIMI JSON representation as a raw Jackson tree. */
final class JsonCimiDocument implements CimiDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;

    private JsonCimiDocument(JsonNode node) {
        this.node = node;
    }

    static JsonCimiDocument parse(String body) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new CimiDocumentException(CimiFormat.JSON, e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new CimiDocumentException(CimiFormat.JSON, "the body is not a JSON object", null);
        }
        return new JsonCimiDocument(tree);
    }

    @Override
    public CimiFormat format() {
        return CimiFormat.JSON;
    }

    @Override
    public Optional<String> typeUri() {
        return text("resourceURI");
    }

    @Override
    public String xmlRoot() {
        return "";
    }

    @Override
    public boolean has(String attribute) {
        return node.has(attribute);
    }

    @Override
    public Optional<String> text(String attribute) {
        JsonNode value = node.get(attribute);
        return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    @Override
    public boolean isInteger(String attribute) {
        JsonNode value = node.get(attribute);
        return value != null && value.isIntegralNumber();
    }

    @Override
    public Optional<String> href(String attribute) {
        return hrefOf(node.get(attribute));
    }

    private static Optional<String> hrefOf(JsonNode value) {
        if (value == null || !value.isObject() || !value.path("href").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(value.get("href").asText());
    }

    @Override
    public Map<String, String> references() {
        Map<String, String> references = new LinkedHashMap<>();
        node.properties().forEach(e -> hrefOf(e.getValue()).ifPresent(href -> references.put(e.getKey(), href)));
        return references;
    }

    @Override
    public List<String> allHrefs() {
        List<String> hrefs = new ArrayList<>();
        collectHrefs(node, hrefs);
        return hrefs;
    }

    private static void collectHrefs(JsonNode value, List<String> hrefs) {
        if (value.isObject()) {
            value.properties().forEach(e -> {
                if ("href".equals(e.getKey()) && e.getValue().isTextual()) {
                    hrefs.add(e.getValue().asText());
                } else {
                    collectHrefs(e.getValue(), hrefs);
                }
            });
        } else if (value.isArray()) {
            value.forEach(element -> collectHrefs(element, hrefs));
        }
    }

    @Override
    public List<CimiOperation> operations() {
        List<CimiOperation> operations = new ArrayList<>();
        for (JsonNode op : node.path("operations")) {
            operations.add(new CimiOperation(op.path("rel").asText(""), op.path("href").asText("")));
        }
        return operations;
    }

    @Override
    public Set<String> attributeNames() {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public Optional<CimiDocument> nested(String attribute) {
        JsonNode value = node.get(attribute);
        return value != null && value.isObject() ? Optional.of(new JsonCimiDocument(value)) : Optional.empty();
    }

    @Override
    public List<CimiDocument> entries(String jsonArray, String xmlElement) {
        List<CimiDocument> entries = new ArrayList<>();
        for (JsonNode entry : node.path(jsonArray)) {
            if (entry.isObject()) {
                entries.add(new JsonCimiDocument(entry));
            }
        }
        return entries;
    }

    @Override
    public boolean hasEntries(String jsonArray, String xmlElement) {
        return node.path(jsonArray).isArray();
    }

    @Override
    public String toString() {
        return node.toString();
    }
}
