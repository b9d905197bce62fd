package org.vcmtck.simulator.wbem.cim;

import java.util.Locale;

/** Qualifier flavours (DSP0004). Defaults when none is given: EnableOverride, ToSubclass, not Translatable. */
public enum CimFlavor {
    ENABLE_OVERRIDE("EnableOverride"),
    DISABLE_OVERRIDE("DisableOverride"),
    TO_SUBCLASS("ToSubclass"),
    RESTRICTED("Restricted"),
    TRANSLATABLE("Translatable"),
    /** Deprecated in DSP0004 but still found in MOF; kept so such MOF parses. */
    TO_INSTANCE("ToInstance");

    private final String mofName;

    CimFlavor(String mofName) {
        this.mofName = mofName;
    }

    public String mofName() {
        return mofName;
    }

    public static CimFlavor fromMofName(String name) {
        for (CimFlavor f : values()) {
            if (f.mofName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown qualifier flavor '" + name + "'");
    }
}
