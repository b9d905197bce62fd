package org.vcmtck.simulator.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import org.vcmtck.profiles.yaml.YamlDocument;
import org.vcmtck.profiles.yaml.YamlProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An inventory or state file, parsed by the kit's {@link YamlDocument} (which reads JSON state files with its
 * fast path and indexes lines only when an error needs one). Every refusal becomes an {@link InventoryException}
 * naming this file, the line and the field.
 */
public record InventoryFile(Path path, YamlDocument document) {

    /** Reads and parses a file; a file without any document is refused. */
    public static InventoryFile read(Path file) throws InventoryException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InventoryException(file, 1, InventoryException.WHOLE_DOCUMENT, "no such file");
        } catch (IOException e) {
            throw new InventoryException(file, 1, InventoryException.WHOLE_DOCUMENT, "cannot read: " + e.getMessage(),
                    e);
        }
        return parse(file, text);
    }

    /** Parses a document's text; {@code file} only names the source in messages. */
    public static InventoryFile parse(Path file, String text) throws InventoryException {
        YamlDocument document;
        try {
            document = YamlDocument.parse(text);
        } catch (YamlProblem problem) {
            throw new InventoryException(file, lineOrFirst(problem.line()), fieldOrDocument(problem.field()),
                    problem.problem(), problem);
        }
        if (document.isEmpty()) {
            throw new InventoryException(file, 1, InventoryException.WHOLE_DOCUMENT, "the document is empty");
        }
        return new InventoryFile(file, document);
    }

    public JsonNode root() {
        return document.root();
    }

    /** Line of the field, or of its nearest present ancestor when the field itself is absent. */
    public int lineOf(String field) {
        return lineOrFirst(document.line(field));
    }

    /** A refusal of the field at {@code field} (empty: the whole document), located at its line. */
    public InventoryException error(String field, String message) {
        return new InventoryException(path, lineOf(field), fieldOrDocument(field), message);
    }

    /** Inventory messages always name a line; "unknown" is shown as the first one. */
    private static int lineOrFirst(int line) {
        return Math.max(line, 1);
    }

    private static String fieldOrDocument(String field) {
        return field == null || field.isEmpty() ? InventoryException.WHOLE_DOCUMENT : field;
    }
}
