package org.vcmtck.simulator.wbem.cim;

import java.util.Objects;
import java.util.Set;

/**
 * A qualifier value on an element. {@code flavors} are the flavours written on this use (the repository
 * fills in the declaration's when it resolves a class); {@code propagated} is true when inherited.
 */
public record CimQualifier(String name, CimValue value, Set<CimFlavor> flavors, boolean propagated) {
    public CimQualifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        flavors = Set.copyOf(flavors);
    }

    public CimQualifier(String name, CimValue value) {
        this(name, value, Set.of(), false);
    }

    public static CimQualifier flag(String name) {
        return new CimQualifier(name, CimValue.of(true));
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

    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }

    public CimQualifier withFlavors(Set<CimFlavor> newFlavors) {
        return new CimQualifier(name, value, newFlavors, propagated);
    }

    public CimQualifier withPropagated(boolean p) {
        return new CimQualifier(name, value, flavors, p);
    }
}
