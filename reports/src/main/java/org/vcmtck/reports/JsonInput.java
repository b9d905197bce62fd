package org.vcmtck.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Typed access to the fields of a parsed Cucumber JSON tree; a field of the wrong type becomes a
 * {@link ReportInputException} naming the file and the JSON path of the field.
 */
final class JsonInput {

    private final Path file;

    JsonInput(Path file) {
        this.file = file;
    }

    ReportInputException problem(String path, String problem) {
        return new ReportInputException(file, 0, 0, path, problem, null);
    }

    /** The array field, or an empty array when the field is absent or null. */
    Iterable<JsonNode> optionalArray(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw problem(path + "." + field, "expected an array, found " + kind(value));
        }
        return value;
    }

    Optional<String> optionalText(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw problem(path + "." + field, "expected a string, found " + kind(value));
        }
        return Optional.of(value.asText());
    }

    String requiredText(JsonNode parent, String field, String path) {
        return optionalText(parent, field, path)
                .orElseThrow(() -> problem(path + "." + field, "required string field is missing"));
    }

    long optionalLong(JsonNode parent, String field, String path, long fallback) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber()) {
            throw problem(path + "." + field, "expected an integer, found " + kind(value));
        }
        return value.asLong();
    }

    JsonNode requiredObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw problem(path, "expected an object, found " + kind(node));
        }
        return node;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
