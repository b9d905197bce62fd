package org.vcmtck.assertions.ovf.corpus;

/** Edits of descriptor and manifest text that insist on hitting exactly one place, so a variant cannot drift. */
final class TextEdits {

    private TextEdits() {
    }

    static String replaceOnce(String text, String target, String replacement) {
        int first = text.indexOf(target);
        if (first < 0 || text.indexOf(target, first + 1) >= 0) {
            throw new IllegalStateException((first < 0 ? "no" : "more than one") + " occurrence of \"" + target
                    + "\" to replace");
        }
        return text.substring(0, first) + replacement + text.substring(first + target.length());
    }

    /** Inserts the addition right before the one occurrence of the anchor. */
    static String insertBefore(String text, String anchor, String addition) {
        return replaceOnce(text, anchor, addition + anchor);
    }
}
