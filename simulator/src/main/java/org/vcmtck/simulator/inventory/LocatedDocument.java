package org.vcmtck.simulator.inventory;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A parsed YAML document that can tell the line where each field path starts, so that any later check (ours,
 * Jackson's or the model's) can point at the line of the field it refuses. Paths look like
 * {@code hosts[1].memoryBytes}.
 *
 * <p>The line index is built on first use only: indexing every field of a 10,000-system state file costs several
 * times the parse itself, and a document that loads fine never needs it.
 */
public final class LocatedDocument {
    public static final String WHOLE_DOCUMENT = "(document)";

    private final Path file;
    private final JsonNode root;
    private final Supplier<Map<String, Integer>> indexer;
    private Map<String, Integer> lines;

    LocatedDocument(Path file, JsonNode root, Supplier<Map<String, Integer>> indexer) {
        this.file = file;
        this.root = root;
        this.indexer = indexer;
    }

    public Path file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Field path → 1-based line. */
    public synchronized Map<String, Integer> lines() {
        if (lines == null) {
            lines = Map.copyOf(indexer.get());
        }
        return lines;
    }

    /** Line of the field, or of its nearest recorded ancestor when the field itself is absent. */
    public int lineOf(String path) {
        Map<String, Integer> index = lines();
        String p = path;
        while (p != null && !p.isEmpty()) {
            Integer line = index.get(p);
            if (line != null) {
                return line;
            }
            p = parent(p);
        }
        return index.getOrDefault("", 1);
    }

    public InventoryException error(String path, String message) {
        return new InventoryException(file, lineOf(path), path.isEmpty() ? WHOLE_DOCUMENT : path, message);
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
