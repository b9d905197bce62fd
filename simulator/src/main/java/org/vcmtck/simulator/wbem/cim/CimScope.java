package org.vcmtck.simulator.wbem.cim;

import java.util.Locale;

/** Where a qualifier may be used (DSP0004 qualifier scopes). */
public enum CimScope {
    CLASS, ASSOCIATION, INDICATION, PROPERTY, REFERENCE, METHOD, PARAMETER, QUALIFIER, ANY;

    public String mofName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CimScope fromMofName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
