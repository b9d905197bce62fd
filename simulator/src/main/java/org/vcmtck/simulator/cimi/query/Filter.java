package org.vcmtck.simulator.cimi.query;

/** A parsed {@code $filter} expression. */
public sealed interface Filter {
    record Or(Filter left, Filter right) implements Filter {
    }

    record And(Filter left, Filter right) implements Filter {
    }

    record Not(Filter inner) implements Filter {
    }

    /** {@code path op literal}; a literal written on the left has already been moved right (op swapped). */
    record Compare(AttributePath path, ComparisonOp op, Literal literal) implements Filter {
    }

    /** {@code property['key'] op 'value'} over the resource's properties map. */
    record PropertyCompare(String key, ComparisonOp op, String value) implements Filter {
    }
}
