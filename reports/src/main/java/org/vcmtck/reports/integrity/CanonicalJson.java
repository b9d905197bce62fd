package org.vcmtck.reports.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON Canonicalization Scheme (RFC 8785) over a Jackson tree: object members sorted by their names' UTF-16 code
 * units, no insignificant whitespace, strings escaped only where JSON requires it, numbers in their shortest form.
 *
 * <p>Integral numbers are written exactly (the report only has counts, line numbers and millisecond durations);
 * RFC 8785 would first round an integer beyond 2^53 to a double, which no report value comes near. Fractional
 * numbers follow ECMAScript's Number-to-String rules, as the RFC asks.
 *
 * <p>{@link #pretty} lays out the same canonical token stream with line breaks and two-space indentation; the
 * written report uses it, so its file stays readable while every byte of it is still fixed by its content.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The RFC 8785 canonical form, UTF-8 encoded. */
    public static byte[] canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, -1);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical form laid out with newlines and two-space indentation, ending in a newline, UTF-8 encoded. */
    public static byte[] pretty(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, 0);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param depth the indentation depth, or -1 for the compact form */
    private static void write(JsonNode node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out, depth);
            case ARRAY -> writeArray(node, out, depth);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out, int depth) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, which is the order RFC 8785 prescribes
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(out, depth + 1, depth);
            writeString(members.get(i).getKey(), out);
            out.append(depth < 0 ? ":" : ": ");
            write(members.get(i).getValue(), out, depth < 0 ? -1 : depth + 1);
        }
        if (!members.isEmpty()) {
            newline(out, depth, depth);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out, int depth) {
        out.append('[');
        Iterator<JsonNode> elements = node.elements();
        boolean first = true;
        while (elements.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, depth + 1, depth);
            write(elements.next(), out, depth < 0 ? -1 : depth + 1);
        }
        if (!first) {
            newline(out, depth, depth);
        }
        out.append(']');
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (depth < 0) {
            return;
        }
        out.append('\n');
        out.append("  ".repeat(indent));
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        double value = node.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
        return ecmaScriptNumber(value);
    }

    /**
     * The decimal with the fewest significant digits that reads back as the value, the closest one of those.
     * Java 17's Double.toString does not always give the shortest (JDK-4511638), so it is searched for here.
     */
    private static BigDecimal shortestRoundTrip(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** ECMAScript Number::toString for a finite double (RFC 8785 section 3.2.2.3). */
    static String ecmaScriptNumber(double value) {
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + ecmaScriptNumber(-value);
        }
        BigDecimal decimal = shortestRoundTrip(value);
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale();
        StringBuilder out = new StringBuilder();
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            int exponent = n - 1;
            out.append('e').append(exponent < 0 ? "-" : "+").append(Math.abs(exponent));
        }
        return out.toString();
    }
}
