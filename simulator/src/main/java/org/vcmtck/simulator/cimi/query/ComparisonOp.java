package org.vcmtck.simulator.cimi.query;

import java.util.Optional;

/** The comparison operators of {@code $filter}: the digest's symbols, with the OData-style words as aliases. */
public enum ComparisonOp {
    EQ("=", "eq"), NE("!=", "ne"), LT("<", "lt"), LE("<=", "le"), GT(">", "gt"), GE(">=", "ge");

    private final String symbol;
    private final String word;

    ComparisonOp(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<ComparisonOp> ofSymbol(String s) {
        for (ComparisonOp op : values()) {
            if (op.symbol.equals(s)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    public static Optional<ComparisonOp> ofWord(String s) {
        for (ComparisonOp op : values()) {
            if (op.word.equalsIgnoreCase(s)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    /** The operator that gives the same answer with its operands swapped ({@code 5 < x} is {@code x > 5}). */
    public ComparisonOp swapped() {
        return switch (this) {
            case EQ, NE -> this;
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    public boolean ordering() {
        return this != EQ && this != NE;
    }

    /** Whether a three-way comparison result (attribute vs literal) satisfies this operator. */
    public boolean holds(int cmp) {
        return switch (this) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
