package org.vcmtck.features.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vcmtck.profiles.yaml.YamlDocument;

/**
 * Reads an inventory exported by the reference launcher as a plain YAML tree: the checker's own reading of the
 * documented format, independent of the simulator's classes.
 */
final class InventoryView {

    private static final ObjectMapper YAML = new ObjectMapper(YamlDocument.factory());

    private final JsonNode root;

    private InventoryView(JsonNode root) {
        this.root = root;
    }

    static InventoryView of(JsonNode root) {
        return new InventoryView(root);
    }

    static JsonNode read(Path file) {
        try {
            JsonNode tree = YAML.readTree(file.toFile());
            if (tree == null || tree.isMissingNode()) {
                throw new AssertionError("empty inventory export: " + file);
            }
            return tree;
        } catch (IOException e) {
            throw new AssertionError("inventory export is not valid YAML: " + file + ": " + e.getMessage(), e);
        }
    }

    List<JsonNode> hosts() {
        return elements(root.path("hosts"));
    }

    List<JsonNode> systems() {
        return elements(root.path("systems"));
    }

    /** Every scalar value, anywhere below this node, of a field with the given name (case-insensitive). */
    List<String> values(String fieldName) {
        List<String> found = new ArrayList<>();
        collect(root, fieldName.toLowerCase(Locale.ROOT), found);
        return found;
    }

    private static void collect(JsonNode node, String name, List<String> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().toLowerCase(Locale.ROOT).equals(name) && field.getValue().isValueNode()
                        && !field.getValue().isNull()) {
                    found.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), name, found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, name, found));
        }
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
