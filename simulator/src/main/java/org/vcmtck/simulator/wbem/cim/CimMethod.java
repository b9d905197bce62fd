package org.vcmtck.simulator.wbem.cim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A method declaration: return type, parameters, qualifiers and (once resolved) its class origin. */
public record CimMethod(String name, CimType returnType, List<CimParameter> parameters, List<CimQualifier> qualifiers,
                        String classOrigin, boolean propagated) implements Qualified {
    public CimMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(returnType, "returnType");
        parameters = List.copyOf(parameters);
        qualifiers = List.copyOf(qualifiers);
    }

    public Optional<CimParameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.isNamed(paramName)).findFirst();
    }

    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }

    public CimMethod withQualifiers(List<CimQualifier> q) {
        return new CimMethod(name, returnType, parameters, q, classOrigin, propagated);
    }

    public CimMethod withOrigin(String origin, boolean isPropagated) {
        return new CimMethod(name, returnType, parameters, qualifiers, origin, isPropagated);
    }
}
