package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decides whether a resource matches a filter. A comparison holds when any value the path reaches satisfies it;
 * an absent attribute, or a value of a kind the literal cannot be compared with, satisfies no operator — not
 * even {@code !=} (so {@code not (x = 1)} is the way to include resources without x).
 */
public final class FilterEvaluator {
    private FilterEvaluator() {
    }

    public static boolean matches(Filter filter, CimiDocument doc) {
        if (filter instanceof Filter.Or or) {
            return matches(or.left(), doc) || matches(or.right(), doc);
        }
        if (filter instanceof Filter.And and) {
            return matches(and.left(), doc) && matches(and.right(), doc);
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.inner(), doc);
        }
        if (filter instanceof Filter.Compare c) {
            return c.path().resolve(doc).stream().anyMatch(v -> holds(v, c.op(), c.literal()));
        }
        return propertyHolds(doc, (Filter.PropertyCompare) filter);
    }

    private static boolean propertyHolds(CimiDocument doc, Filter.PropertyCompare p) {
        if (!(doc.get(CimiDocument.PROPERTIES) instanceof Map<?, ?> props)) {
            return false;
        }
        Object value = props.get(p.key());
        return value != null && p.op().holds(Integer.signum(value.toString().compareTo(p.value())));
    }

    static boolean holds(Object value, ComparisonOp op, Literal literal) {
        OptionalInt cmp = compare(value, literal);
        return cmp.isPresent() && op.holds(cmp.getAsInt());
    }

    /** attribute value vs literal, or empty when the two are not comparable. */
    static OptionalInt compare(Object value, Literal literal) {
        if (literal instanceof Literal.Text t) {
            return OptionalInt.of(Integer.signum(value.toString().compareTo(t.value())));
        }
        if (literal instanceof Literal.Num n) {
            BigDecimal v = number(value);
            return v == null ? OptionalInt.empty() : OptionalInt.of(v.compareTo(n.value()));
        }
        if (literal instanceof Literal.Bool b) {
            Boolean v = value instanceof Boolean x ? x
                    : "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
            return v == null ? OptionalInt.empty() : OptionalInt.of(v == b.value() ? 0 : 1);
        }
        Instant v = instant(value);
        return v == null ? OptionalInt.empty()
                : OptionalInt.of(v.compareTo(((Literal.DateTime) literal).value()));
    }

    static BigDecimal number(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Instant instant(Object value) {
        if (value instanceof String s) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
