package org.vcmtck.simulator.wbem.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recursive-descent parser for the WQL subset the reference answers:
 * <pre>
 * query     := SELECT ( '*' | name (',' name)* ) FROM name [ WHERE or ]
 * or        := and ( OR and )*
 * and       := unary ( AND unary )*
 * unary     := NOT unary | '(' or ')' | name ISA name | name IS [NOT] NULL | operand op operand
 * operand   := name | 'text' | "text" | number | TRUE | FALSE | NULL
 * op        := = | &lt;&gt; | != | &lt; | &lt;= | &gt; | &gt;=
 * </pre>
 * Keywords are case-insensitive. One side of a comparison must be a property name, the other a literal.
 */
public final class WqlParser {
    private final String text;
    private int pos;

    private WqlParser(String text) {
        this.text = text;
    }

    /** @throws QueryException naming what was expected and where */
    public static WqlQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QueryException(0, "the query is empty");
        }
        return new WqlParser(query).query();
    }

    private WqlQuery query() {
        keyword("SELECT");
        List<String> props = null;
        skipSpace();
        if (peek() == '*') {
            pos++;
        } else {
            if (atKeyword("FROM")) {
                throw new QueryException(pos, "expected a property name or * before FROM");
            }
            props = new ArrayList<>();
            props.add(name("a property name or *"));
            while (consume(',')) {
                props.add(name("a property name"));
            }
        }
        keyword("FROM");
        String cls = name("a class name");
        WqlCondition where = null;
        if (atKeyword("WHERE")) {
            keyword("WHERE");
            where = or();
        }
        skipSpace();
        if (pos < text.length()) {
            throw new QueryException(pos, "unexpected '" + text.substring(pos) + "' after the query");
        }
        return new WqlQuery(props, cls, where);
    }

    private WqlCondition or() {
        List<WqlCondition> parts = new ArrayList<>(List.of(and()));
        while (atKeyword("OR")) {
            keyword("OR");
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new WqlCondition.Or(parts);
    }

    private WqlCondition and() {
        List<WqlCondition> parts = new ArrayList<>(List.of(unary()));
        while (atKeyword("AND")) {
            keyword("AND");
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new WqlCondition.And(parts);
    }

    private WqlCondition unary() {
        if (atKeyword("NOT")) {
            keyword("NOT");
            return new WqlCondition.Not(unary());
        }
        if (consume('(')) {
            WqlCondition inner = or();
            if (!consume(')')) {
                throw new QueryException(pos, "expected ')'");
            }
            return inner;
        }
        int start = skipSpace();
        Object left = operand();
        if (left instanceof Name n) {
            if (atKeyword("ISA")) {
                keyword("ISA");
                return new WqlCondition.Isa(n.text, name("a class name after ISA"));
            }
            if (atKeyword("IS")) {
                keyword("IS");
                boolean negated = atKeyword("NOT");
                if (negated) {
                    keyword("NOT");
                }
                keyword("NULL");
                return new WqlCondition.IsNull(n.text, negated);
            }
        }
        WqlCondition.Op op = operator();
        Object right = operand();
        if (left instanceof Name l && !(right instanceof Name)) {
            return new WqlCondition.Comparison(l.text, op, right);
        }
        if (right instanceof Name r && !(left instanceof Name)) {
            return new WqlCondition.Comparison(r.text, flip(op), left);
        }
        throw new QueryException(start, "a comparison needs one property name and one literal");
    }

    private record Name(String text) {
    }

    private Object operand() {
        int start = skipSpace();
        if (start >= text.length()) {
            throw new QueryException(start, "expected a property name or a literal, found the end of the query");
        }
        char c = text.charAt(start);
        if (c == '\'' || c == '"') {
            int end = text.indexOf(c, start + 1);
            if (end < 0) {
                throw new QueryException(start, "unterminated string literal");
            }
            pos = end + 1;
            return text.substring(start + 1, end);
        }
        if (Character.isDigit(c) || c == '-' || c == '+') {
            int i = start + 1;
            while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                    || text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                i++;
            }
            String num = text.substring(start, i);
            pos = i;
            try {
                return num.matches("[+-]?\\d+") ? (Object) Long.parseLong(num) : (Object) Double.parseDouble(num);
            } catch (NumberFormatException e) {
                throw new QueryException(start, "'" + num + "' is not a number");
            }
        }
        String word = name("a property name or a literal");
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "TRUE" -> Boolean.TRUE;
            case "FALSE" -> Boolean.FALSE;
            case "NULL" -> null;
            default -> new Name(word);
        };
    }

    private WqlCondition.Op operator() {
        skipSpace();
        String[] ops = {"<=", ">=", "<>", "!=", "=", "<", ">"};
        for (String o : ops) {
            if (text.startsWith(o, pos)) {
                pos += o.length();
                return switch (o) {
                    case "<=" -> WqlCondition.Op.LE;
                    case ">=" -> WqlCondition.Op.GE;
                    case "<>", "!=" -> WqlCondition.Op.NE;
                    case "=" -> WqlCondition.Op.EQ;
                    case "<" -> WqlCondition.Op.LT;
                    default -> WqlCondition.Op.GT;
                };
            }
        }
        throw new QueryException(pos, "expected a comparison operator (=, <>, !=, <, <=, >, >=), ISA or IS");
    }

    private static WqlCondition.Op flip(WqlCondition.Op op) {
        return switch (op) {
            case LT -> WqlCondition.Op.GT;
            case LE -> WqlCondition.Op.GE;
            case GT -> WqlCondition.Op.LT;
            case GE -> WqlCondition.Op.LE;
            default -> op;
        };
    }

    private String name(String expected) {
        int start = skipSpace();
        int i = start;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i == start || Character.isDigit(text.charAt(start))) {
            throw new QueryException(start, "expected " + expected);
        }
        pos = i;
        return text.substring(start, i);
    }

    private void keyword(String kw) {
        if (!atKeyword(kw)) {
            throw new QueryException(pos, "expected " + kw);
        }
        pos += kw.length();
    }

    private boolean atKeyword(String kw) {
        skipSpace();
        int end = pos + kw.length();
        return text.regionMatches(true, pos, kw, 0, kw.length())
                && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'));
    }

    private boolean consume(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private int skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
