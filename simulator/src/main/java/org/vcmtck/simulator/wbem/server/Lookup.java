package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;

/** Namespace and class checks shared by the operations, each failing with the status DSP0200 names for it. */
final class Lookup {
    private final CimData data;

    Lookup(CimData data) {
        this.data = data;
    }

    void namespace(String ns) {
        if (!data.hasNamespace(ns)) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_NAMESPACE, "namespace " + ns + " does not exist");
        }
    }

    /** The class, or the given status (INVALID_CLASS for most operations, NOT_FOUND for GetClass). */
    CimClass cimClass(String ns, String name, CimStatus whenMissing) {
        return data.cimClass(ns, name).orElseThrow(() -> new CimException(whenMissing, "class " + name
                + " does not exist in namespace " + ns));
    }

    /** True when {@code className} is {@code ancestor} or one of its subclasses. */
    boolean isA(String ns, String className, String ancestor) {
        String current = className;
        for (int guard = 0; current != null && guard < 256; guard++) {
            if (current.equalsIgnoreCase(ancestor)) {
                return true;
            }
            current = data.cimClass(ns, current).map(CimClass::superclass).orElse(null);
        }
        return false;
    }

    /** Instance identity ignoring host and namespace (references inside instances often omit them). */
    static boolean sameInstance(CimObjectPath a, CimObjectPath b) {
        return a != null && b != null && a.withHost(null).withNamespace(null).equals(b.withHost(null)
                .withNamespace(null));
    }

    CimData data() {
        return data;
    }
}
