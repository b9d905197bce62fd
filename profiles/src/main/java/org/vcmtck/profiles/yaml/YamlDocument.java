package org.vcmtck.profiles.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed YAML document that remembers the line of every node. Jackson's tree model drops token locations, so
 * the tree is built here from the streaming parser; nodes are addressed by field paths such as
 * {@code requirements[3].level} (see {@link #child} and {@link #element}).
 */
public final class YamlDocument {

    /** "key:" with nothing after it means "no value", as YAML 1.2 says, not an empty string. */
    private static final YAMLFactory FACTORY =
            YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, JsonNode> nodes;
    private final Map<String, Integer> lines;

    private YamlDocument(JsonNode root, Map<String, JsonNode> nodes, Map<String, Integer> lines) {
        this.root = root;
        this.nodes = nodes;
        this.lines = lines;
    }

    /**
     * Parses one YAML document. An empty document gives an empty mapping at the root.
     *
     * @throws YamlProblem on a syntax error, a repeated key in one mapping, or more than one document
     */
    public static YamlDocument parse(String text) throws YamlProblem {
        Map<String, JsonNode> nodes = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root;
            if (first == null) {
                root = NODES.objectNode();
                nodes.put("", root);
                lines.put("", 1);
            } else {
                root = read(parser, "", nodes, lines);
                JsonToken extra = parser.nextToken();
                if (extra != null) {
                    throw new YamlProblem(lineOf(parser), "", "only one YAML document is allowed per file");
                }
            }
            return new YamlDocument(root, nodes, lines);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new YamlProblem(Math.max(line, 0), "", "YAML syntax error: " + summary(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlProblem(0, "", "cannot read YAML: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonParser parser, String path, Map<String, JsonNode> nodes,
                                 Map<String, Integer> lines) throws IOException, YamlProblem {
        int line = lineOf(parser);
        lines.putIfAbsent(path, line);
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, path, nodes, lines);
            case START_ARRAY -> readArray(parser, path, nodes, lines);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new YamlProblem(line, path,
                    "unsupported YAML value (" + parser.currentToken() + ")");
        };
        nodes.put(path, node);
        return node;
    }

    private static ObjectNode readObject(JsonParser parser, String path, Map<String, JsonNode> nodes,
                                         Map<String, Integer> lines) throws IOException, YamlProblem {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String childPath = child(path, key);
            int keyLine = lineOf(parser);
            if (object.has(key)) {
                throw new YamlProblem(keyLine, childPath,
                        "key '" + key + "' appears twice (first on line " + lines.get(childPath) + ")");
            }
            // A member is located at its key: for nested blocks that is the line a reader looks at.
            lines.put(childPath, keyLine);
            parser.nextToken();
            object.set(key, read(parser, childPath, nodes, lines));
        }
        return object;
    }

    private static ArrayNode readArray(JsonParser parser, String path, Map<String, JsonNode> nodes,
                                       Map<String, Integer> lines) throws IOException, YamlProblem {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser, element(path, array.size()), nodes, lines));
        }
        return array;
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * SnakeYAML messages quote the offending line and a caret under it; the location is reported separately, so
     * only the unindented explanation lines are kept ("while parsing a flow sequence; expected ',' or ']' ...").
     */
    private static String summary(String message) {
        if (message == null || message.isBlank()) {
            return "malformed document";
        }
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(line.strip());
        }
        return text.length() == 0 ? message.strip() : text.toString();
    }

    /** The path of member {@code key} of the mapping at {@code parent}. */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of element {@code index} (0-based) of the sequence at {@code parent}. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The root node (a mapping for an empty document). */
    public JsonNode root() {
        return root;
    }

    /** The node at {@code path}, if present. */
    public Optional<JsonNode> node(String path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /**
     * The line of the node at {@code path}; for an absent node, the line of its nearest present ancestor, so an
     * error about a missing field points at the block that lacks it.
     */
    public int line(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 0;
            }
            current = parent(current);
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
