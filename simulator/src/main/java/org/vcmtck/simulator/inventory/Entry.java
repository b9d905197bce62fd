package org.vcmtck.simulator.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import org.vcmtck.profiles.yaml.YamlDocument;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One mapping of a hand-written inventory (the document root, a host, a system...), read field by field.
 * Every accessor names the field it refuses; {@link #finish()} refuses fields nobody asked for, so typos are
 * reported rather than silently ignored.
 */
final class Entry {
    private final InventoryFile doc;
    private final String path;
    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    private Entry(InventoryFile doc, String path, JsonNode node) {
        this.doc = doc;
        this.path = path;
        this.node = node;
    }

    static Entry root(InventoryFile doc) throws InventoryException {
        if (!doc.root().isObject()) {
            throw doc.error("", "must be a mapping of fields (hosts, systems, ...), got " + describe(doc.root()));
        }
        return new Entry(doc, "", doc.root());
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return YamlDocument.child(path, field);
    }

    InventoryException error(String field, String message) {
        return doc.error(field == null ? path : pathOf(field), message);
    }

    boolean has(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    private JsonNode get(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    String text(String field) throws InventoryException {
        JsonNode v = get(field);
        if (v == null) {
            throw error(field, "is required");
        }
        return scalarText(field, v);
    }

    String optionalText(String field) throws InventoryException {
        JsonNode v = get(field);
        return v == null ? null : scalarText(field, v);
    }

    private String scalarText(String field, JsonNode v) throws InventoryException {
        if (!v.isValueNode()) {
            throw error(field, "must be a text value, got " + describe(v));
        }
        return v.asText();
    }

    long integer(String field, long fallback) throws InventoryException {
        JsonNode v = get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw error(field, "must be a whole number, got " + describe(v));
        }
        return v.longValue();
    }

    long requiredInteger(String field) throws InventoryException {
        if (get(field) == null) {
            throw error(field, "is required");
        }
        return integer(field, 0);
    }

    int smallInteger(String field, int fallback) throws InventoryException {
        long value = integer(field, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(field, "is out of range, got " + value);
        }
        return (int) value;
    }

    int requiredSmallInteger(String field) throws InventoryException {
        if (get(field) == null) {
            throw error(field, "is required");
        }
        return smallInteger(field, 0);
    }

    double decimal(String field, double fallback) throws InventoryException {
        JsonNode v = get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw error(field, "must be a number, got " + describe(v));
        }
        return v.doubleValue();
    }

    /** A size in bytes: a whole number of bytes or a number with a unit (KiB, MiB, GiB, TiB). */
    long size(String field) throws InventoryException {
        JsonNode v = get(field);
        if (v == null) {
            throw error(field, "is required");
        }
        long bytes = v.isIntegralNumber() && v.canConvertToLong() ? v.longValue()
                : v.isTextual() ? Sizes.parse(v.asText()) : -1;
        if (bytes < 1) {
            throw error(field, "must be a positive size (bytes, or a number with KiB, MiB, GiB or TiB), got "
                    + describe(v));
        }
        return bytes;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) throws InventoryException {
        String text = optionalText(field);
        if (text == null) {
            return null;
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw error(field, "must be one of " + String.join(", ", names) + ", got \"" + text + "\"");
    }

    Entry object(String field) throws InventoryException {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw error(field, "must be a mapping of fields, got " + describe(v));
        }
        return new Entry(doc, pathOf(field), v);
    }

    /** The mappings of a list field; an absent field is an empty list. */
    List<Entry> objects(String field) throws InventoryException {
        JsonNode v = get(field);
        List<Entry> result = new ArrayList<>();
        if (v == null) {
            return result;
        }
        if (!v.isArray()) {
            throw error(field, "must be a list, got " + describe(v));
        }
        for (int i = 0; i < v.size(); i++) {
            String at = YamlDocument.element(pathOf(field), i);
            if (!v.get(i).isObject()) {
                throw doc.error(at, "must be a mapping of fields, got " + describe(v.get(i)));
            }
            result.add(new Entry(doc, at, v.get(i)));
        }
        return result;
    }

    List<String> texts(String field) throws InventoryException {
        JsonNode v = get(field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw error(field, "must be a list, got " + describe(v));
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isValueNode() || v.get(i).isNull()) {
                throw doc.error(YamlDocument.element(pathOf(field), i), "must be a text value, got "
                        + describe(v.get(i)));
            }
            result.add(v.get(i).asText());
        }
        return result;
    }

    /** Refuses the first field that no accessor asked for. */
    void finish() throws InventoryException {
        finish("");
    }

    /** As {@link #finish()}, with a hint appended to the message. */
    void finish(String hint) throws InventoryException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw error(name, "unknown field; expected one of " + String.join(", ", known) + hint);
            }
        }
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "\"" + v.asText() + "\"";
        }
        return v.asText();
    }
}
