package org.vcmtck.simulator.wbem.cim;

import java.util.List;
import java.util.Objects;

/** A method parameter; direction comes from the IN / OUT qualifiers (IN defaults to true in CIM). */
public record CimParameter(String name, CimType type, String referenceClass, List<CimQualifier> qualifiers)
        implements Qualified {
    public CimParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        qualifiers = List.copyOf(qualifiers);
    }

    public boolean isIn() {
        return qualifier("IN").map(q -> !Boolean.FALSE.equals(q.value().value())).orElse(true);
    }

    public boolean isOut() {
        return hasTrueQualifier("OUT");
    }

    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }
}
