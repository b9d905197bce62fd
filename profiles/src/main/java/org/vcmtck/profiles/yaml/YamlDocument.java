package org.vcmtck.profiles.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A parsed YAML (or JSON) document that can tell the line of any field path, so that any later check can point
 * at the line of the field it refuses. Paths look like {@code hosts[1].memoryBytes} (see {@link #child} and
 * {@link #element}).
 *
 * <p>A syntax error, a key repeated in one mapping and a second document in the same text are refused with their
 * line. A key with nothing after it ({@code key:}) means "no value", as YAML 1.2 says: null, not empty text.
 *
 * <p>The line index is built on first use only: indexing every field of a 10,000-system state file costs several
 * times the parse itself, and a document that loads fine never needs it. For the same reason a document that
 * starts like a JSON object (<code>{"</code> or <code>{}</code>) is read with Jackson's JSON parser, several times
 * faster than the YAML one on big files; its problems are then JSON's. A YAML flow mapping ({@code {name: x}})
 * still goes to the YAML parser.
 */
public final class YamlDocument {

    /** SnakeYAML's default limit (3 MB) is too small for the state of a 10,000-system datacenter. */
    private static final int MAX_CODE_POINTS = 512 * 1024 * 1024;
    private static final String ONLY_ONE_DOCUMENT = "only one YAML document is allowed per file";

    private enum Syntax {
        JSON(JsonFactory.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()),
        YAML(factory());

        /** Duplicate keys are found by {@link TreeReader}, which can name the path; Jackson's check cannot. */
        private final JsonFactory factory;

        Syntax(JsonFactory factory) {
            this.factory = factory;
        }
    }

    private final Syntax syntax;
    private final JsonNode root;
    private final boolean empty;
    /** The source text until the line index is built from it. */
    private String text;
    private Map<String, Integer> lines;

    private YamlDocument(String text, Syntax syntax, JsonNode root) {
        this.text = text;
        this.syntax = syntax;
        this.empty = root == null;
        this.root = root == null ? JsonNodeFactory.instance.objectNode() : root;
    }

    /**
     * A new YAML factory set up as the kit's files are read (code-point limit raised for big state files, empty
     * value = null) and written (no "---" line before the document).
     */
    public static YAMLFactory factory() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit(MAX_CODE_POINTS);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
    }

    /**
     * Parses one document. A text without any document (empty, or only comments) gives an empty mapping at the
     * root, and {@link #isEmpty()} says so.
     *
     * @throws YamlProblem on a syntax error, a repeated key in one mapping, a value that has no JSON equivalent,
     *                     or more than one document
     */
    public static YamlDocument parse(String text) throws YamlProblem {
        Syntax syntax = startsLikeJsonObject(text) ? Syntax.JSON : Syntax.YAML;
        try {
            return new YamlDocument(text, syntax, readTree(text, syntax, TreeReader.fast()));
        } catch (IOException | TreeReader.Refused e) {
            throw locatedProblem(text, syntax, e);
        }
    }

    /** The root value, null when the text holds no document; refuses a second document. */
    private static JsonNode readTree(String text, Syntax syntax, TreeReader reader)
            throws IOException, YamlProblem, TreeReader.Refused {
        try (JsonParser parser = syntax.factory.createParser(text)) {
            JsonNode root = reader.readRoot(parser);
            if (root != null && parser.nextToken() != null) {
                throw new YamlProblem(TreeReader.lineOf(parser), "", ONLY_ONE_DOCUMENT);
            }
            return root;
        }
    }

    /** Reads the text again in locating mode, which finds what the fast reading refused, with path and line. */
    private static YamlProblem locatedProblem(String text, Syntax syntax, Exception fastFailure) {
        TreeReader reader = TreeReader.locating();
        try {
            readTree(text, syntax, reader);
        } catch (YamlProblem problem) {
            return problem;
        } catch (JsonProcessingException e) {
            return syntaxProblem(e, reader.reached());
        } catch (IOException | TreeReader.Refused e) {
            return new YamlProblem(0, "", "cannot read YAML: " + e.getMessage(), e);
        }
        // the second reading found nothing wrong: report the first one's failure as it was
        return fastFailure instanceof JsonProcessingException e ? syntaxProblem(e, "")
                : new YamlProblem(0, "", "cannot read YAML: " + fastFailure.getMessage(), fastFailure);
    }

    private static YamlProblem syntaxProblem(JsonProcessingException e, String reached) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        return new YamlProblem(line, reached, "YAML syntax error: " + explanation(e), e);
    }

    /**
     * SnakeYAML says what it was parsing and what went wrong ("while parsing a flow sequence; expected ',' or ']'
     * ..."); its messages also quote the offending line with a caret under it, which the line number replaces.
     */
    private static String explanation(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String context = marked.getContext();
            return (context == null ? "" : context + "; ") + marked.getProblem();
        }
        return summary(e.getOriginalMessage());
    }

    /** The unindented lines of a parser message, without the indented quote of the source. */
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

    /**
     * A "{" followed by a quoted key or the closing "}". Trying JSON on any "{" and falling back to YAML would be
     * wrong twice over: YAML accepts some broken JSON with another meaning (a key without value), and a broken
     * 20 MB state file would be parsed by both.
     */
    private static boolean startsLikeJsonObject(String text) {
        int first = nextNonBlank(text, 0);
        if (first < 0 || text.charAt(first) != '{') {
            return false;
        }
        int second = nextNonBlank(text, first + 1);
        return second >= 0 && (text.charAt(second) == '"' || text.charAt(second) == '}');
    }

    private static int nextNonBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The path of member {@code key} of the mapping at {@code parent}. */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of element {@code index} (0-based) of the sequence at {@code parent}. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of the mapping or sequence that holds {@code path}; empty for a top-level field. */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** The root node (an empty mapping when the text held no document). */
    public JsonNode root() {
        return root;
    }

    /** True when the text held no document at all (empty, or only comments). */
    public boolean isEmpty() {
        return empty;
    }

    /** The node at {@code path}, if present (an explicit null is present: a {@code NullNode}). */
    public Optional<JsonNode> node(String path) {
        return Optional.ofNullable(find(root, path));
    }

    /** Follows a path down the tree; a key may itself contain '.' or '[', so each possible end of it is tried. */
    private static JsonNode find(JsonNode node, String path) {
        if (path.isEmpty()) {
            return node;
        }
        if (path.charAt(0) == '[') {
            int close = path.indexOf(']');
            if (close < 0 || !node.isArray()) {
                return null;
            }
            int index;
            try {
                index = Integer.parseInt(path.substring(1, close));
            } catch (NumberFormatException e) {
                return null;
            }
            JsonNode item = index < 0 ? null : node.get(index);
            return item == null ? null : find(item, rest(path, close + 1));
        }
        if (!node.isObject()) {
            return null;
        }
        for (int end = 0; end <= path.length(); end++) {
            if (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[') {
                JsonNode member = node.get(path.substring(0, end));
                JsonNode found = member == null ? null : find(member, rest(path, end));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String rest(String path, int from) {
        return from < path.length() && path.charAt(from) == '.' ? path.substring(from + 1) : path.substring(from);
    }

    /**
     * The 1-based line of the node at {@code path} (of its key, for a mapping member); for an absent node, the line
     * of its nearest present ancestor, so an error about a missing field points at the block that lacks it. 0 when
     * nothing is known.
     */
    public int line(String path) {
        Map<String, Integer> index = lines();
        String current = path;
        while (true) {
            Integer line = index.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 0;
            }
            current = parent(current);
        }
    }

    private synchronized Map<String, Integer> lines() {
        if (lines == null) {
            TreeReader reader = TreeReader.locating();
            try {
                readTree(text, syntax, reader);
            } catch (IOException | YamlProblem | TreeReader.Refused e) {
                throw new IllegalStateException("the document was read once but not a second time", e);
            }
            lines = reader.lines();
            text = null;
        }
        return lines;
    }
}
