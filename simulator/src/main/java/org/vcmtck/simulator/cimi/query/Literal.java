package org.vcmtck.simulator.cimi.query;

import java.math.BigDecimal;
import java.time.Instant;

/** A constant on one side of a {@code $filter} comparison. */
public sealed interface Literal {
    record Text(String value) implements Literal {
    }

    record Num(BigDecimal value) implements Literal {
    }

    record Bool(boolean value) implements Literal {
    }

    record DateTime(Instant value) implements Literal {
    }
}
