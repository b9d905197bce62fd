package org.vcmtck.simulator.wbem.query;

import java.util.List;

/** The WHERE tree. Literals are String, Boolean, Long, Double or null (NULL). */
public sealed interface WqlCondition {
    enum Op { EQ, NE, LT, LE, GT, GE }

    record And(List<WqlCondition> parts) implements WqlCondition {
    }

    record Or(List<WqlCondition> parts) implements WqlCondition {
    }

    record Not(WqlCondition inner) implements WqlCondition {
    }

    /** {@code property op literal}; a literal on the left is normalised to the right by flipping the operator. */
    record Comparison(String property, Op op, Object literal) implements WqlCondition {
    }

    /** {@code property IS [NOT] NULL}. */
    record IsNull(String property, boolean negated) implements WqlCondition {
    }

    /**
     * {@code property ISA ClassName}: for a reference property, whether the referenced object's class is (a
     * subclass of) the class; for {@code __Class} or {@code __This}, whether the instance's own class is.
     */
    record Isa(String property, String className) implements WqlCondition {
    }
}
