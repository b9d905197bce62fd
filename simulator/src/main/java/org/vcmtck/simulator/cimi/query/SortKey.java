package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One {@code $orderby} key. Values compare as numbers when both are numeric, as instants when both are
 * dateTimes, otherwise as text; resources without the attribute sort after all others in either direction.
 */
public record SortKey(AttributePath path, boolean descending) {

    public Comparator<CimiDocument> comparator() {
        return (a, b) -> {
            Object x = first(a);
            Object y = first(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            int c = compareValues(x, y);
            return descending ? -c : c;
        };
    }

    private Object first(CimiDocument doc) {
        List<Object> values = path.resolve(doc);
        return values.isEmpty() ? null : values.get(0);
    }

    static int compareValues(Object x, Object y) {
        BigDecimal nx = FilterEvaluator.number(x);
        BigDecimal ny = FilterEvaluator.number(y);
        if (nx != null && ny != null) {
            return nx.compareTo(ny);
        }
        Instant ix = FilterEvaluator.instant(x);
        Instant iy = FilterEvaluator.instant(y);
        if (ix != null && iy != null) {
            return ix.compareTo(iy);
        }
        return x.toString().compareTo(y.toString());
    }
}
