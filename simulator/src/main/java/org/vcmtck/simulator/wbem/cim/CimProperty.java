package org.vcmtck.simulator.wbem.cim;

import java.util.List;
import java.util.Objects;

/**
 * A property of a class (value = default) or instance. {@code referenceClass} is set for references;
 * {@code classOrigin} names the class that declared it (null until resolved); {@code propagated} is true
 * when inherited unchanged from a superclass.
 */
public record CimProperty(String name, CimType type, CimValue value, List<CimQualifier> qualifiers,
                          String referenceClass, String classOrigin, boolean propagated) implements Qualified {
    public CimProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        value = value == null ? CimValue.nullOf(type) : value;
        if (!value.type().equals(type)) {
            throw new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH,
                    "property " + name + " is " + type + " but the value is " + value.type());
        }
        qualifiers = List.copyOf(qualifiers);
    }

    public static CimProperty of(String name, CimValue value) {
        return new CimProperty(name, value.type(), value, List.of(), null, null, false);
    }

    public static CimProperty reference(String name, String referenceClass, CimObjectPath value) {
        CimType t = CimType.of(CimType.Base.REFERENCE);
        return new CimProperty(name, t, CimValue.of(t, value), List.of(), referenceClass, null, false);
    }

    public boolean isKey() {
        return hasTrueQualifier("Key");
    }

    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }

    public CimProperty withValue(CimValue v) {
        return new CimProperty(name, type, v, qualifiers, referenceClass, classOrigin, propagated);
    }

    public CimProperty withQualifiers(List<CimQualifier> q) {
        return new CimProperty(name, type, value, q, referenceClass, classOrigin, propagated);
    }

    public CimProperty withOrigin(String origin, boolean isPropagated) {
        return new CimProperty(name, type, value, qualifiers, referenceClass, origin, isPropagated);
    }
}
