package org.vcmtck.simulator.wbem.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimValue;

/**
 * Decides whether an instance satisfies a WHERE condition. Comparisons with NULL (on either side) are false, as
 * in SQL; strings compare case-insensitively (WQL); numbers compare by value whatever their CIM width; a
 * literal of another kind than the property (e.g. a string against a number) is an invalid query.
 */
public final class WqlEvaluator {
    private static final List<String> SELF = List.of("__class", "__this");

    private final BiPredicate<String, String> isSubclassOf;

    /** @param isSubclassOf (sub, sup) → whether class sub is sup or derives from it */
    public WqlEvaluator(BiPredicate<String, String> isSubclassOf) {
        this.isSubclassOf = isSubclassOf;
    }

    /** @throws QueryException when the query names a property the FROM class does not have */
    public static void checkAgainst(WqlQuery q, CimClass fromClass) {
        List<String> names = new ArrayList<>();
        if (!q.selectsAll()) {
            names.addAll(q.properties());
        }
        collect(q.where(), names);
        for (String n : names) {
            if (!SELF.contains(n.toLowerCase(Locale.ROOT)) && fromClass.property(n).isEmpty()) {
                throw new QueryException(0, "class " + fromClass.name() + " has no property " + n);
            }
        }
    }

    private static void collect(WqlCondition c, List<String> out) {
        if (c instanceof WqlCondition.And a) {
            a.parts().forEach(p -> collect(p, out));
        } else if (c instanceof WqlCondition.Or o) {
            o.parts().forEach(p -> collect(p, out));
        } else if (c instanceof WqlCondition.Not n) {
            collect(n.inner(), out);
        } else if (c instanceof WqlCondition.Comparison cmp) {
            out.add(cmp.property());
        } else if (c instanceof WqlCondition.IsNull isNull) {
            out.add(isNull.property());
        } else if (c instanceof WqlCondition.Isa isa) {
            out.add(isa.property());
        }
    }

    public boolean matches(WqlCondition c, CimInstance i) {
        if (c == null) {
            return true;
        }
        if (c instanceof WqlCondition.And a) {
            return a.parts().stream().allMatch(p -> matches(p, i));
        }
        if (c instanceof WqlCondition.Or o) {
            return o.parts().stream().anyMatch(p -> matches(p, i));
        }
        if (c instanceof WqlCondition.Not n) {
            return !matches(n.inner(), i);
        }
        if (c instanceof WqlCondition.IsNull isNull) {
            CimValue v = i.value(isNull.property());
            return (v == null || v.isNull()) != isNull.negated();
        }
        if (c instanceof WqlCondition.Isa isa) {
            return isa(isa, i);
        }
        return compare((WqlCondition.Comparison) c, i);
    }

    private boolean isa(WqlCondition.Isa isa, CimInstance i) {
        if (SELF.contains(isa.property().toLowerCase(Locale.ROOT))) {
            return isSubclassOf.test(i.className(), isa.className());
        }
        CimValue v = i.value(isa.property());
        if (v == null || v.isNull() || !v.type().isReference() || v.type().array()) {
            return false;
        }
        CimObjectPath p = v.asPath();
        return isSubclassOf.test(p.className(), isa.className());
    }

    private static boolean compare(WqlCondition.Comparison c, CimInstance i) {
        CimValue v = i.value(c.property());
        if (v == null || v.isNull() || c.literal() == null || v.type().array()) {
            return false;
        }
        int order;
        Object lit = c.literal();
        if (v.type().base().isInteger() || v.type().base().name().startsWith("REAL")) {
            if (!(lit instanceof Number n)) {
                throw new QueryException(0, "property " + c.property() + " is numeric but compared with '" + lit + "'");
            }
            order = new BigDecimal(v.value().toString()).compareTo(new BigDecimal(n.toString()));
        } else if (v.value() instanceof Boolean b) {
            if (!(lit instanceof Boolean lb)) {
                throw new QueryException(0, "property " + c.property() + " is boolean but compared with '" + lit + "'");
            }
            if (c.op() != WqlCondition.Op.EQ && c.op() != WqlCondition.Op.NE) {
                throw new QueryException(0, "boolean property " + c.property() + " only compares with = or <>");
            }
            order = b.equals(lb) ? 0 : 1;
        } else {
            if (!(lit instanceof String s)) {
                throw new QueryException(0, "property " + c.property() + " is " + v.type()
                        + " but compared with " + lit);
            }
            String text = v.type().isReference() ? v.asPath().format() : CimValue.text(v.value());
            order = text.compareToIgnoreCase(s);
        }
        return switch (c.op()) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
        };
    }
}
