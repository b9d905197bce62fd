package org.vcmtck.reports;

/** Caps long texts (attachments, stack traces) so one chatty scenario cannot swamp a report. */
public final class TextCap {

    /** 4 KB of characters per evidence item. */
    public static final int EVIDENCE_LIMIT = 4096;

    public static final String TRUNCATED_MARK = "… (truncated)";

    private TextCap() {
    }

    /** The text itself when short enough, otherwise its first {@code limit} characters and the truncation mark. */
    public static String cap(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = limit;
        // never leave half of a surrogate pair at the cut
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATED_MARK;
    }
}
