package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The object-shaping flags of DSP0200 applied to classes and instances: PropertyList (NULL = all, empty = none,
 * unknown names ignored), LocalOnly and, for EnumerateInstances, DeepInheritance=false. IncludeQualifiers and
 * IncludeClassOrigin are honoured by the writer.
 */
final class Projection {
    private Projection() {
    }

    /** A class as GetClass/EnumerateClasses return it. */
    static CimClass cimClass(CimClass c, boolean localOnly, List<String> propertyList) {
        Set<String> wanted = lower(propertyList);
        List<CimProperty> props = new ArrayList<>();
        for (CimProperty p : c.properties()) {
            if ((!localOnly || !p.propagated()) && (wanted == null || wanted.contains(lower(p.name())))) {
                props.add(p);
            }
        }
        List<CimMethod> methods = c.methods().stream().filter(m -> !localOnly || !m.propagated()).toList();
        List<CimQualifier> qualifiers = c.qualifiers().stream().filter(q -> !localOnly || !q.propagated()).toList();
        return new CimClass(c.name(), c.superclass(), qualifiers, props, methods);
    }

    /**
     * An instance as GetInstance/EnumerateInstances return it. {@code requested} is the class named in the
     * request (its resolved definition); {@code actual} the instance's own class.
     *
     * @param localOnly    keep only properties not inherited into {@code requested} from its superclasses
     * @param deep         with false, keep only properties {@code requested} defines (subclass additions dropped)
     */
    static CimInstance instance(CimInstance i, CimClass requested, boolean localOnly, boolean deep,
                                List<String> propertyList) {
        Set<String> wanted = lower(propertyList);
        List<CimProperty> out = new ArrayList<>();
        for (CimProperty p : i.properties()) {
            CimProperty declared = requested.property(p.name()).orElse(null);
            if (!deep && declared == null) {
                continue;
            }
            if (localOnly && declared != null && declared.propagated()) {
                continue;
            }
            if (wanted != null && !wanted.contains(lower(p.name()))) {
                continue;
            }
            out.add(p);
        }
        return new CimInstance(i.className(), out, i.path());
    }

    private static Set<String> lower(List<String> names) {
        return names == null ? null : names.stream().map(Projection::lower).collect(Collectors.toSet());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
