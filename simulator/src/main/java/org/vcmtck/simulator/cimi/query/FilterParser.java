package org.vcmtck.simulator.cimi.query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser for the {@code $filter} grammar of the CIMI digest (CIMI-Q-001), plus a prefix
 * {@code not}. Precedence, loosest first: or, and, not, comparison / parentheses. Errors name the 1-based
 * position in the expression. Length and nesting are bounded so a hostile filter cannot exhaust the stack.
 */
public final class FilterParser {
    public static final int MAX_LENGTH = 4096;
    public static final int MAX_DEPTH = 32;

    private static final String PARAM = "$filter";
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*([/.][A-Za-z_][A-Za-z0-9_]*)*");

    private final String text;
    private int pos;
    private int depth;

    private FilterParser(String text) {
        this.text = text;
    }

    public static Filter parse(String text) {
        if (text == null || text.isBlank()) {
            throw QueryException.syntax(PARAM, 0, "the expression is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw QueryException.syntax(PARAM, MAX_LENGTH + 1, "the expression is longer than " + MAX_LENGTH
                    + " characters");
        }
        FilterParser p = new FilterParser(text);
        Filter f = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + p.rest() + "' after a complete expression");
        }
        return f;
    }

    // or and and are iterative, so long flat chains cost no stack; only parentheses and not nest
    private Filter or() {
        Filter left = and();
        while (keyword("or")) {
            left = new Filter.Or(left, and());
        }
        return left;
    }

    private Filter and() {
        Filter left = unary();
        while (keyword("and")) {
            left = new Filter.And(left, unary());
        }
        return left;
    }

    private Filter unary() {
        skipSpace();
        int start = pos;
        if (keyword("not")) {
            enter(start);
            Filter inner = unary();
            depth--;
            return new Filter.Not(inner);
        }
        if (peek('(')) {
            enter(start);
            pos++;
            Filter inner = or();
            skipSpace();
            if (!peek(')')) {
                throw error(pos < text.length() ? "expected ')' but found '" + rest() + "'"
                        : "missing ')' for the '(' at position " + (start + 1));
            }
            pos++;
            depth--;
            return inner;
        }
        return comparison();
    }

    private void enter(int start) {
        if (++depth > MAX_DEPTH) {
            pos = start;
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Filter comparison() {
        skipSpace();
        if (text.startsWith("property[", pos)) {
            return propertyComparison();
        }
        int leftAt = pos;
        Object left = operand();
        ComparisonOp op = operator();
        skipSpace();
        int rightAt = pos;
        Object right = operand();
        if (left instanceof AttributePath path && right instanceof Literal lit) {
            return checked(new Filter.Compare(path, op, lit), rightAt + 1);
        }
        if (left instanceof Literal lit && right instanceof AttributePath path) {
            return checked(new Filter.Compare(path, op.swapped(), lit), leftAt + 1);
        }
        throw errorAt(leftAt, "a comparison needs one attribute and one value");
    }

    private Filter checked(Filter.Compare c, int litPosition) {
        if (c.literal() instanceof Literal.Bool && c.op().ordering()) {
            throw QueryException.syntax(PARAM, litPosition, "a boolean can only be compared with = or !=");
        }
        return c;
    }

    private Filter propertyComparison() {
        pos += "property[".length();
        skipSpace();
        String key = quoted("a quoted property key");
        skipSpace();
        if (!peek(']')) {
            throw error("expected ']' after the property key");
        }
        pos++;
        ComparisonOp op = operator();
        skipSpace();
        return new Filter.PropertyCompare(key, op, quoted("a quoted string value"));
    }

    private Object operand() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected an attribute or a value but the expression ended");
        }
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return new Literal.Text(quoted("a string"));
        }
        Matcher date = DATE_TIME.matcher(text).region(pos, text.length());
        if (date.lookingAt()) {
            int at = pos;
            pos = date.end();
            try {
                return new Literal.DateTime(OffsetDateTime.parse(date.group()).toInstant());
            } catch (DateTimeParseException e) {
                throw errorAt(at, "'" + date.group() + "' is not a valid dateTime");
            }
        }
        Matcher number = NUMBER.matcher(text).region(pos, text.length());
        if (number.lookingAt()) {
            pos = number.end();
            return new Literal.Num(new BigDecimal(number.group()));
        }
        Matcher name = NAME.matcher(text).region(pos, text.length());
        if (name.lookingAt()) {
            String word = name.group();
            if (isKeyword(word)) {
                throw error("expected an attribute or a value but found the keyword '" + word + "'");
            }
            pos = name.end();
            return switch (word) {
                case "true" -> new Literal.Bool(true);
                case "false" -> new Literal.Bool(false);
                default -> AttributePath.parse(word);
            };
        }
        throw error("expected an attribute or a value but found '" + rest() + "'");
    }

    private ComparisonOp operator() {
        skipSpace();
        for (String sym : new String[] {"<=", ">=", "!=", "=", "<", ">"}) {
            if (text.startsWith(sym, pos)) {
                pos += sym.length();
                return ComparisonOp.ofSymbol(sym).orElseThrow();
            }
        }
        Matcher name = NAME.matcher(text).region(pos, text.length());
        if (name.lookingAt() && ComparisonOp.ofWord(name.group()).isPresent()) {
            pos = name.end();
            return ComparisonOp.ofWord(name.group()).orElseThrow();
        }
        throw error(pos < text.length() ? "expected a comparison operator but found '" + rest() + "'"
                : "expected a comparison operator but the expression ended");
    }

    /** A '…' or "…" string; the quote character is doubled to include it. */
    private String quoted(String what) {
        if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
            throw error("expected " + what);
        }
        char quote = text.charAt(pos);
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    sb.append(quote);
                    pos++;
                } else {
                    return sb.toString();
                }
            } else {
                sb.append(c);
            }
        }
        throw errorAt(start, "the string starting here is not closed");
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.regionMatches(true, pos, word, 0, word.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
            pos = end;
            return true;
        }
        return false;
    }

    private static boolean isKeyword(String word) {
        return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or") || word.equalsIgnoreCase("not");
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String rest() {
        int end = Math.min(text.length(), pos + 20);
        return text.substring(pos, end);
    }

    private QueryException error(String message) {
        return errorAt(pos, message);
    }

    private QueryException errorAt(int index, String message) {
        return QueryException.syntax(PARAM, index + 1, message);
    }
}
