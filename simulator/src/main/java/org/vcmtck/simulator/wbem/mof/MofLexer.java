package org.vcmtck.simulator.wbem.mof;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Splits MOF text into tokens; comments and whitespace are dropped, string escapes decoded. */
final class MofLexer {
    private final String file;
    private final String src;
    private int pos;
    private int line = 1;
    private int col = 1;

    MofLexer(String file, String src) {
        this.file = file;
        this.src = src.startsWith("\uFEFF") ? src.substring(1) : src;
    }

    List<MofToken> tokenize() {
        List<MofToken> out = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (pos >= src.length()) {
                out.add(new MofToken(MofToken.Kind.EOF, "", null, line, col));
                return out;
            }
            out.add(next());
        }
    }

    private MofException error(int l, int c, String msg) {
        return new MofException(file, l, c, msg);
    }

    private char peek(int ahead) {
        int p = pos + ahead;
        return p < src.length() ? src.charAt(p) : '\0';
    }

    private char advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
        return c;
    }

    private void skipBlanks() {
        while (pos < src.length()) {
            char c = peek(0);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (c == '/' && peek(1) == '/') {
                while (pos < src.length() && peek(0) != '\n') {
                    advance();
                }
            } else if (c == '/' && peek(1) == '*') {
                int l = line;
                int cc = col;
                advance();
                advance();
                while (!(peek(0) == '*' && peek(1) == '/')) {
                    if (pos >= src.length()) {
                        throw error(l, cc, "unterminated comment");
                    }
                    advance();
                }
                advance();
                advance();
            } else {
                return;
            }
        }
    }

    private MofToken next() {
        int l = line;
        int c = col;
        char ch = peek(0);
        if (ch == '"') {
            return new MofToken(MofToken.Kind.STRING, "\"", readQuoted('"', l, c), l, c);
        }
        if (ch == '\'') {
            String s = readQuoted('\'', l, c);
            if (s.length() != 1) {
                throw error(l, c, "a char16 literal holds exactly one character");
            }
            return new MofToken(MofToken.Kind.CHAR, s, s.charAt(0), l, c);
        }
        if (ch == '#') {
            advance();
            String word = readWord();
            if (!word.equalsIgnoreCase("pragma")) {
                throw error(l, c, "expected '#pragma'");
            }
            return new MofToken(MofToken.Kind.PRAGMA, "#pragma", null, l, c);
        }
        if (ch == '$') {
            advance();
            String name = readWord();
            if (name.isEmpty()) {
                throw error(l, c, "expected an alias name after '$'");
            }
            return new MofToken(MofToken.Kind.ALIAS, "$" + name, name, l, c);
        }
        if (Character.isDigit(ch) || ((ch == '-' || ch == '+' || ch == '.') && (Character.isDigit(peek(1))
                || (ch != '.' && peek(1) == '.' && Character.isDigit(peek(2)))))) {
            return number(l, c);
        }
        if (Character.isLetter(ch) || ch == '_') {
            String w = readWord();
            return new MofToken(MofToken.Kind.IDENT, w, w, l, c);
        }
        if ("{}()[];,:=".indexOf(ch) >= 0) {
            advance();
            return new MofToken(MofToken.Kind.PUNCT, String.valueOf(ch), null, l, c);
        }
        throw error(l, c, "unexpected character '" + ch + "'");
    }

    private String readWord() {
        StringBuilder sb = new StringBuilder();
        while (pos < src.length() && (Character.isLetterOrDigit(peek(0)) || peek(0) == '_')) {
            sb.append(advance());
        }
        return sb.toString();
    }

    private MofToken number(int l, int c) {
        StringBuilder sb = new StringBuilder();
        if (peek(0) == '-' || peek(0) == '+') {
            sb.append(advance());
        }
        while (pos < src.length()) {
            char ch = peek(0);
            boolean exponentSign = (ch == '+' || ch == '-') && sb.length() > 0
                    && (sb.charAt(sb.length() - 1) == 'e' || sb.charAt(sb.length() - 1) == 'E')
                    && sb.indexOf(".") >= 0;
            if (Character.isLetterOrDigit(ch) || ch == '.' || exponentSign) {
                sb.append(advance());
            } else {
                break;
            }
        }
        String t = sb.toString();
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        BigInteger v;
        if (body.matches("0[xX][0-9a-fA-F]+")) {
            v = new BigInteger(body.substring(2), 16);
        } else if (body.matches("[01]+[bB]")) {
            v = new BigInteger(body.substring(0, body.length() - 1), 2);
        } else if (body.matches("0[0-7]+")) {
            v = new BigInteger(body.substring(1), 8);
        } else if (body.matches("0|[1-9][0-9]*")) {
            v = new BigInteger(body);
        } else if (body.matches("[0-9]*\\.[0-9]+([eE][+-]?[0-9]+)?")) {
            return new MofToken(MofToken.Kind.REAL, t, Double.parseDouble(t), l, c);
        } else {
            throw error(l, c, "malformed numeric literal '" + t + "'");
        }
        return new MofToken(MofToken.Kind.INTEGER, t, neg ? v.negate() : v, l, c);
    }

    private String readQuoted(char quote, int l, int c) {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length() || peek(0) == '\n') {
                throw error(l, c, "unterminated " + (quote == '"' ? "string" : "char") + " literal");
            }
            char ch = advance();
            if (ch == quote) {
                return sb.toString();
            }
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            int el = line;
            int ec = col - 1;
            if (pos >= src.length()) {
                throw error(el, ec, "unterminated escape");
            }
            char e = advance();
            switch (e) {
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case '"' -> sb.append('"');
                case '\'' -> sb.append('\'');
                case '\\' -> sb.append('\\');
                case 'x', 'X' -> {
                    StringBuilder hex = new StringBuilder();
                    while (hex.length() < 4 && pos < src.length() && Character.digit(peek(0), 16) >= 0) {
                        hex.append(advance());
                    }
                    if (hex.length() == 0) {
                        throw error(el, ec, "expected hex digits after \\x");
                    }
                    sb.append((char) Integer.parseInt(hex.toString(), 16));
                }
                default -> throw error(el, ec, "unknown escape '\\" + e + "'");
            }
        }
    }
}
