package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON request body (an object at the top level). */
final class JsonRequestBody implements RequestBody {
    private final JsonNode node;
    private final String path;

    JsonRequestBody(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    @Override
    public String declaredType() {
        JsonNode uri = node.get("resourceURI");
        return uri != null && uri.isTextual() ? uri.asText() : null;
    }

    @Override
    public boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    @Override
    public String text(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw CimiException.badRequest(path + name, "must be a single value, was " + v.getNodeType());
        }
        return v.asText();
    }

    @Override
    public String href(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        JsonNode href = v.get("href");
        if (!v.isObject() || href == null || !href.isTextual()) {
            throw CimiException.badRequest(path + name, "must be a reference {\"href\": \"…\"}");
        }
        return href.asText();
    }

    @Override
    public String selfHref() {
        return text("href");
    }

    @Override
    public RequestBody child(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw CimiException.badRequest(path + name, "must be an object");
        }
        return new JsonRequestBody(v, path + name + ".");
    }

    @Override
    public Map<String, String> properties() {
        JsonNode v = node.get(CimiDocument.PROPERTIES);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw CimiException.badRequest(path + "properties", "must be an object of string values");
        }
        Map<String, String> map = new LinkedHashMap<>();
        var fields = v.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().isValueNode()) {
                throw CimiException.badRequest(path + "properties." + f.getKey(), "must be a string");
            }
            map.put(f.getKey(), f.getValue().asText());
        }
        return map;
    }
}
