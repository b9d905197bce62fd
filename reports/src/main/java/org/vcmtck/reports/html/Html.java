package org.vcmtck.reports.html;

/** Escaping for text and attribute values; everything that comes from a run or a catalogue goes through it. */
final class Html {

    private Html() {
    }

    /** Escapes the five HTML-significant characters and drops control characters other than tab and newline. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        // dropped: a CR next to LF would show as a stray line break in <pre>
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** A value usable in an {@code id} attribute and in a same-page {@code #fragment} link. */
    static String anchor(String prefix, String id) {
        return prefix + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
