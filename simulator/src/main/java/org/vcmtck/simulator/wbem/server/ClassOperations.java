package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimStatus;

import java.util.ArrayList;
import java.util.List;

/** GetClass, EnumerateClasses, EnumerateClassNames. */
final class ClassOperations {
    private final Lookup lookup;

    ClassOperations(Lookup lookup) {
        this.lookup = lookup;
    }

    IntrinsicResult getClass(Args a) {
        String name = a.requiredClassName("ClassName");
        boolean localOnly = a.bool("LocalOnly", true);
        boolean qualifiers = a.bool("IncludeQualifiers", true);
        boolean origin = a.bool("IncludeClassOrigin", false);
        List<String> props = a.propertyList();
        lookup.namespace(a.namespace());
        CimClass c = Projection.cimClass(lookup.cimClass(a.namespace(), name, CimStatus.CIM_ERR_NOT_FOUND),
                localOnly, props);
        return IntrinsicResult.of(w -> w.cimClass(c, qualifiers, origin));
    }

    IntrinsicResult enumerateClasses(Args a) {
        String name = a.className("ClassName");
        boolean deep = a.bool("DeepInheritance", false);
        boolean localOnly = a.bool("LocalOnly", true);
        boolean qualifiers = a.bool("IncludeQualifiers", true);
        boolean origin = a.bool("IncludeClassOrigin", false);
        List<CimClass> out = new ArrayList<>();
        for (String n : names(a, name, deep)) {
            out.add(Projection.cimClass(lookup.cimClass(a.namespace(), n, CimStatus.CIM_ERR_INVALID_CLASS),
                    localOnly, null));
        }
        return IntrinsicResult.of(w -> out.forEach(c -> w.cimClass(c, qualifiers, origin)));
    }

    IntrinsicResult enumerateClassNames(Args a) {
        String name = a.className("ClassName");
        boolean deep = a.bool("DeepInheritance", false);
        List<String> names = names(a, name, deep);
        return IntrinsicResult.of(w -> names.forEach(w::className));
    }

    private List<String> names(Args a, String name, boolean deep) {
        lookup.namespace(a.namespace());
        if (name != null) {
            lookup.cimClass(a.namespace(), name, CimStatus.CIM_ERR_INVALID_CLASS);
        }
        return lookup.data().subclassNames(a.namespace(), name, deep);
    }
}
