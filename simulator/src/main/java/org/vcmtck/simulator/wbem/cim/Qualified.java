package org.vcmtck.simulator.wbem.cim;

import java.util.List;
import java.util.Optional;

/** Something that carries qualifiers; lookup is case-insensitive as in CIM. */
public interface Qualified {
    List<CimQualifier> qualifiers();

    default Optional<CimQualifier> qualifier(String name) {
        for (CimQualifier q : qualifiers()) {
            if (q.isNamed(name)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** True when the boolean qualifier is present and not false (a boolean qualifier written bare is true). */
    default boolean hasTrueQualifier(String name) {
        return qualifier(name).map(q -> !Boolean.FALSE.equals(q.value().value())
                && !q.value().isNull()).orElse(false);
    }
}
