package org.vcmtck.simulator.wbem.mof;

/** One lexical token of MOF with its position (1-based line and column). */
record MofToken(Kind kind, String text, Object value, int line, int column) {
    enum Kind { IDENT, STRING, CHAR, INTEGER, REAL, ALIAS, PRAGMA, PUNCT, EOF }

    boolean is(Kind k, String t) {
        return kind == k && text.equalsIgnoreCase(t);
    }

    boolean isPunct(String t) {
        return kind == Kind.PUNCT && text.equals(t);
    }

    boolean isWord(String t) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(t);
    }

    String describe() {
        return switch (kind) {
            case EOF -> "end of file";
            case STRING -> "string literal";
            default -> "'" + text + "'";
        };
    }
}
