package org.vcmtck.profiles.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, located access to the fields of a {@link YamlDocument}. Every accessor takes a field path and throws a
 * {@link YamlProblem} naming that path and its line when the value has the wrong shape.
 */
public final class YamlReader {

    private final YamlDocument document;

    public YamlReader(YamlDocument document) {
        this.document = document;
    }

    public YamlDocument document() {
        return document;
    }

    /** A problem located at {@code path}. */
    public YamlProblem problem(String path, String message) {
        return new YamlProblem(document.line(path), path, message);
    }

    /** True when the field is present and not an explicit null. */
    public boolean has(String path) {
        return document.node(path).filter(node -> !node.isNull()).isPresent();
    }

    /** Requires the node at {@code path} to be a mapping whose keys are all in {@code allowed}. */
    public void requireMapping(String path, Set<String> allowed) throws YamlProblem {
        JsonNode node = document.node(path).orElseThrow(() -> problem(path, "is missing"));
        if (!node.isObject()) {
            throw problem(path, "must be a mapping of key: value, found " + describe(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw problem(YamlDocument.child(path, name),
                        "unknown key '" + name + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** The keys of the mapping at {@code path}, in document order (empty when absent). */
    public List<String> keys(String path) throws YamlProblem {
        if (!has(path)) {
            return List.of();
        }
        JsonNode node = document.node(path).orElseThrow();
        if (!node.isObject()) {
            throw problem(path, "must be a mapping of key: value, found " + describe(node));
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** A scalar text value; numbers and booleans are refused so that e.g. versions keep their exact spelling. */
    public Optional<String> optionalText(String path) throws YamlProblem {
        if (!has(path)) {
            return Optional.empty();
        }
        JsonNode node = document.node(path).orElseThrow();
        if (!node.isTextual()) {
            throw problem(path, "must be text, found " + describe(node)
                    + (node.isNumber() || node.isBoolean() ? " (put it in quotes)" : ""));
        }
        return Optional.of(node.asText());
    }

    /** A required, non-blank text value. */
    public String requiredText(String path) throws YamlProblem {
        String value = optionalText(path).orElseThrow(() -> problem(path, "is required"));
        if (value.isBlank()) {
            throw problem(path, "must not be empty");
        }
        return value;
    }

    /** A boolean value, {@code fallback} when absent. */
    public boolean bool(String path, boolean fallback) throws YamlProblem {
        if (!has(path)) {
            return fallback;
        }
        JsonNode node = document.node(path).orElseThrow();
        if (!node.isBoolean()) {
            throw problem(path, "must be true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    /** A whole number in {@code [0, max]}, {@code fallback} when absent. */
    public long nonNegative(String path, long fallback, long max) throws YamlProblem {
        if (!has(path)) {
            return fallback;
        }
        JsonNode node = document.node(path).orElseThrow();
        if (!node.isIntegralNumber()) {
            throw problem(path, "must be a whole number, found " + describe(node));
        }
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0) {
            throw problem(path, "must not be negative, found " + value);
        }
        if (value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw problem(path, "must be at most " + max + ", found " + value);
        }
        return value.longValue();
    }

    /**
     * A list of text values; a single scalar is accepted as a one-element list. Absent gives an empty list.
     */
    public List<String> textList(String path) throws YamlProblem {
        if (!has(path)) {
            return List.of();
        }
        JsonNode node = document.node(path).orElseThrow();
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw problem(path, "must be a list, found " + describe(node));
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(requiredText(YamlDocument.element(path, i)));
        }
        return values;
    }

    /** Number of elements of the sequence at {@code path}; 0 when absent. */
    public int sequenceSize(String path) throws YamlProblem {
        if (!has(path)) {
            return 0;
        }
        JsonNode node = document.node(path).orElseThrow();
        if (!node.isArray()) {
            throw problem(path, "must be a list, found " + describe(node));
        }
        return node.size();
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "'" + node.asText() + "'";
        }
        return node.asText();
    }
}
