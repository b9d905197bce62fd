package org.vcmtck.simulator.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a YAML (or JSON, which is YAML too, and is read with the JSON parser when the document starts with "{") file into a {@link LocatedDocument}, able to tell the line of every
 * field and list element on the way. Syntax errors, duplicate keys and multi-document files are refused with
 * their line.
 */
public final class YamlDocuments {
    /** SnakeYAML's default limit (3 MB) is too small for the state of a 10,000-system datacenter. */
    private static final int MAX_CODE_POINTS = 512 * 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The fast path lets Jackson find duplicate keys; the tracking pass then says where. */
    private static final YAMLFactory STRICT = builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper TREES = new ObjectMapper(STRICT);
    /** JSON documents (state files) are YAML too, but Jackson's JSON parser reads them ten times faster. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonFactory STRICT_JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper JSON_TREES = new ObjectMapper(STRICT_JSON);

    private YamlDocuments() {
    }

    /** The YAML factory used for every inventory and state file, reading and writing. */
    public static YAMLFactory factory() {
        // duplicate keys are found by the tracker below, which knows the path; Jackson's own check does not
        return builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    private static YAMLFactoryBuilder builder() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
    }

    public static LocatedDocument read(Path file) throws InventoryException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InventoryException(file, 1, LocatedDocument.WHOLE_DOCUMENT, "no such file");
        } catch (IOException e) {
            throw new InventoryException(file, 1, LocatedDocument.WHOLE_DOCUMENT, "cannot read: " + e.getMessage(), e);
        }
        return read(file, text);
    }

    /**
     * Parses a document's text; {@code file} only names the source in messages. The fast path builds the tree
     * alone; on a syntax error, and when a caller first asks for a line, the text is parsed again with the
     * line-tracking pass, which also finds the path at fault.
     */
    public static LocatedDocument read(Path file, String text) throws InventoryException {
        JsonNode root;
        boolean json = isJson(text);
        try (JsonParser parser = (json ? STRICT_JSON : STRICT).createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InventoryException(file, 1, LocatedDocument.WHOLE_DOCUMENT, "the document is empty");
            }
            root = (json ? JSON_TREES : TREES).readTree(parser);
            if (parser.nextToken() != null) {
                throw new InventoryException(file, line(parser.currentTokenLocation()),
                        LocatedDocument.WHOLE_DOCUMENT, "only one YAML document is allowed per file");
            }
        } catch (IOException e) {
            tracked(file, text); // throws the precise error: line and path
            throw new InventoryException(file, e instanceof JsonProcessingException j ? line(j.getLocation()) : 1,
                    LocatedDocument.WHOLE_DOCUMENT, "cannot parse: " + e.getMessage(), e);
        }
        return new LocatedDocument(file, root, () -> {
            try {
                return tracked(file, text);
            } catch (InventoryException e) {
                throw new IllegalStateException("the document parsed once but not twice", e);
            }
        });
    }

    /** The line-tracking pass: every field path's line, or the error with its line and path. */
    static Map<String, Integer> tracked(Path file, String text) throws InventoryException {
        Tracker tracker = new Tracker(file);
        try (JsonParser parser = (isJson(text) ? JSON : factory()).createParser(text)) {
            if (parser.nextToken() != null) {
                tracker.value(parser, "");
            }
            return tracker.lines;
        } catch (JsonProcessingException e) {
            throw new InventoryException(file, line(e.getLocation()), tracker.at, "YAML syntax error: "
                    + syntaxProblem(e), e);
        } catch (IOException e) {
            throw new InventoryException(file, 1, LocatedDocument.WHOLE_DOCUMENT, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    /** SnakeYAML's context and problem ("while parsing a flow sequence: expected ',' or ']'"), without its
     * own position lines, which repeat what the file:line prefix says. */
    private static String syntaxProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            String context = marked.getContext();
            String problem = marked.getProblem();
            return (context == null ? "" : context + ": ") + (problem == null ? "" : problem);
        }
        return e.getOriginalMessage().lines().findFirst().orElse("").trim();
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    /** Builds the tree token by token, noting each path's line; {@code at} is where parsing got to. */
    private static final class Tracker {
        private final Path file;
        private final Map<String, Integer> lines = new HashMap<>();
        private String at = LocatedDocument.WHOLE_DOCUMENT;

        Tracker(Path file) {
            this.file = file;
        }

        JsonNode value(JsonParser p, String path) throws IOException, InventoryException {
            lines.putIfAbsent(path, line(p.currentTokenLocation()));
            at = path.isEmpty() ? LocatedDocument.WHOLE_DOCUMENT : path;
            JsonToken token = p.currentToken();
            return switch (token) {
                case START_OBJECT -> object(p, path);
                case START_ARRAY -> array(p, path);
                case VALUE_STRING -> NODES.textNode(p.getText());
                case VALUE_NUMBER_INT -> integer(p);
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new InventoryException(file, line(p.currentTokenLocation()), at,
                        "unsupported YAML content (" + token + ")");
            };
        }

        private JsonNode integer(JsonParser p) throws IOException {
            Number n = p.getNumberValue();
            if (n instanceof BigInteger big) {
                return NODES.numberNode(big);
            }
            return NODES.numberNode(n.longValue());
        }

        private ObjectNode object(JsonParser p, String path) throws IOException, InventoryException {
            ObjectNode node = NODES.objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                String child = LocatedDocument.child(path, name);
                int keyLine = line(p.currentTokenLocation());
                if (node.has(name)) {
                    throw new InventoryException(file, keyLine, child, "duplicate key");
                }
                lines.put(child, keyLine);
                p.nextToken();
                node.set(name, value(p, child));
            }
            return node;
        }

        private ArrayNode array(JsonParser p, String path) throws IOException, InventoryException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(p, LocatedDocument.element(path, index++)));
            }
            return node;
        }
    }
}
