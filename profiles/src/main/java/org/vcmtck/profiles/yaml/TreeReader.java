package org.vcmtck.profiles.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a Jackson tree from a streaming parser, refusing what Jackson's own tree reader lets through or cannot
 * locate: a key repeated in one mapping, a value with no JSON equivalent (such as {@code !!binary}).
 *
 * <p>Two modes. The <em>fast</em> one notes nothing and, on a refusal, only throws {@link Refused}: naming field
 * paths and remembering lines costs several times the parse itself for a big state file, and a document that
 * loads fine never needs them. The <em>locating</em> one notes the line of every field path, and throws each
 * refusal as a {@link YamlProblem} with its path and line; after a syntax error, {@link #reached()} tells the
 * last field read.
 */
final class TreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Thrown by the fast mode: the document is refused; the locating mode will say where and why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("refused; read again in locating mode to say where", null, false, false);
        }
    }

    /** Field path to 1-based line; null in fast mode. */
    private final Map<String, Integer> lines;
    private String reached = "";

    private TreeReader(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static TreeReader fast() {
        return new TreeReader(null);
    }

    static TreeReader locating() {
        return new TreeReader(new HashMap<>());
    }

    /** The lines noted so far (locating mode). */
    Map<String, Integer> lines() {
        return lines;
    }

    /** The last field path read, empty when none (locating mode). */
    String reached() {
        return reached;
    }

    /**
     * Reads the first value of the stream; null when the text holds no document at all. The parser is left on
     * the value's last token.
     */
    JsonNode readRoot(JsonParser parser) throws IOException, YamlProblem, Refused {
        if (parser.nextToken() == null) {
            if (lines != null) {
                lines.put("", 1);
            }
            return null;
        }
        return value(parser, "");
    }

    /** {@code path} is null in fast mode: paths are only built when someone will read them. */
    private JsonNode value(JsonParser parser, String path) throws IOException, YamlProblem, Refused {
        if (lines != null) {
            lines.putIfAbsent(path, lineOf(parser));
            reached = path;
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, path);
            case START_ARRAY -> array(parser, path);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> integer(parser);
            // decimals keep their spelling ("1.10" stays 1.10, not 1.1) so messages quote what was written
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw refusal(lineOf(parser), path, "unsupported YAML value (" + token + ")");
        };
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
        };
    }

    private ObjectNode object(JsonParser parser, String path) throws IOException, YamlProblem, Refused {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String childPath = lines == null ? null : YamlDocument.child(path, key);
            if (object.has(key)) {
                throw refusal(lineOf(parser), childPath, "key '" + key + "' appears twice (first on line "
                        + (lines == null ? 0 : lines.get(childPath)) + ")");
            }
            if (lines != null) {
                // a member is located at its key: for a nested block that is the line a reader looks at
                lines.put(childPath, lineOf(parser));
                reached = childPath;
            }
            parser.nextToken();
            object.set(key, value(parser, childPath));
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, String path) throws IOException, YamlProblem, Refused {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, lines == null ? null : YamlDocument.element(path, array.size())));
        }
        return array;
    }

    /** The problem to throw in locating mode; in fast mode, throws {@link Refused} at once. */
    private YamlProblem refusal(int line, String path, String message) throws Refused {
        if (lines == null) {
            throw new Refused();
        }
        return new YamlProblem(line, path, message);
    }

    static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
