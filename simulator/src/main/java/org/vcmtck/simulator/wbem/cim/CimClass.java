package org.vcmtck.simulator.wbem.cim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CIM class. As compiled from MOF it holds only its local elements; a class from the repository is
 * resolved: inherited properties/methods/qualifiers included, with classOrigin and propagated set.
 */
public record CimClass(String name, String superclass, List<CimQualifier> qualifiers, List<CimProperty> properties,
                       List<CimMethod> methods) implements Qualified {
    public CimClass {
        Objects.requireNonNull(name, "name");
        qualifiers = List.copyOf(qualifiers);
        properties = List.copyOf(properties);
        methods = List.copyOf(methods);
    }

    public boolean isAssociation() {
        return hasTrueQualifier("Association");
    }

    public boolean isIndication() {
        return hasTrueQualifier("Indication");
    }

    public boolean isAbstract() {
        return hasTrueQualifier("Abstract");
    }

    public List<CimProperty> keys() {
        return properties.stream().filter(CimProperty::isKey).toList();
    }

    public Optional<CimProperty> property(String propertyName) {
        return properties.stream().filter(p -> p.isNamed(propertyName)).findFirst();
    }

    public Optional<CimMethod> method(String methodName) {
        return methods.stream().filter(m -> m.isNamed(methodName)).findFirst();
    }

    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }
}
