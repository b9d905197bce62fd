package org.vcmtck.simulator.wbem.cim;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A qualifier declaration: name, type, default value, scopes and default flavours. */
public record CimQualifierType(String name, CimType type, CimValue defaultValue, Set<CimScope> scopes,
                               Set<CimFlavor> flavors) {
    public CimQualifierType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        defaultValue = defaultValue == null ? CimValue.nullOf(type) : defaultValue;
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        flavors = Set.copyOf(flavors);
    }

    public boolean appliesTo(CimScope scope) {
        return scopes.contains(CimScope.ANY) || scopes.contains(scope);
    }

    public boolean overridable() {
        return !flavors.contains(CimFlavor.DISABLE_OVERRIDE);
    }

    public boolean toSubclass() {
        return !flavors.contains(CimFlavor.RESTRICTED);
    }

    public boolean translatable() {
        return flavors.contains(CimFlavor.TRANSLATABLE);
    }
}
