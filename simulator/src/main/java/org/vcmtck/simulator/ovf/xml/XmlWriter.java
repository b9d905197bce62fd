package org.vcmtck.simulator.ovf.xml;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented XML text with escaping. Deliberately tiny and deterministic (attribute order as given, two
 * spaces per level, LF line ends) so that the same model always yields the same bytes.
 */
public final class XmlWriter {
    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;

    /** Opens {@code name} with attributes given as name/value pairs; null values are skipped. */
    public XmlWriter start(String name, String... attributes) {
        closeStartTag(true);
        indent();
        out.append('<').append(name);
        appendAttributes(attributes);
        open.push(name);
        tagOpen = true;
        return this;
    }

    /** An element with only text content on one line; a null text writes nothing at all. */
    public XmlWriter textElement(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        closeStartTag(true);
        indent();
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append('>').append(escape(text, false)).append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content. */
    public XmlWriter empty(String name, String... attributes) {
        closeStartTag(true);
        indent();
        out.append('<').append(name);
        appendAttributes(attributes);
        out.append("/>\n");
        return this;
    }

    public XmlWriter end() {
        String name = open.pop();
        if (tagOpen) {
            out.append("/>\n");
            tagOpen = false;
            return this;
        }
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    public String toXml() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void appendAttributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1], true))
                        .append('"');
            }
        }
    }

    private void closeStartTag(boolean newline) {
        if (tagOpen) {
            out.append('>');
            if (newline) {
                out.append('\n');
            }
            tagOpen = false;
        }
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    // characters XML 1.0 cannot carry at all are replaced, not passed through
                    if (c < 0x20) {
                        b.append('?');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
