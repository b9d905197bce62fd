package org.vcmtck.simulator.wbem.repository;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimFlavor;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifier;
import org.vcmtck.simulator.wbem.cim.CimQualifierType;
import org.vcmtck.simulator.wbem.cim.CimStatus;

/**
 * Turns a class as declared (local elements only) into the class as seen by clients: inherited properties,
 * methods and qualifiers added with classOrigin/propagated, flavours made explicit and the DSP0004 flavour
 * rules applied (Restricted qualifiers are not inherited; a DisableOverride qualifier cannot change value).
 */
final class ClassResolver {
    private final Function<String, CimQualifierType> qualifierTypes;

    ClassResolver(Function<String, CimQualifierType> qualifierTypes) {
        this.qualifierTypes = qualifierTypes;
    }

    /** @param superclass the resolved superclass, or null for a root class */
    CimClass resolve(CimClass local, CimClass superclass) {
        String origin = local.name();
        List<CimQualifier> quals = mergeQualifiers(local.qualifiers(),
                superclass == null ? List.of() : superclass.qualifiers(), "class " + origin);

        Map<String, CimProperty> props = new LinkedHashMap<>();
        if (superclass != null) {
            for (CimProperty p : superclass.properties()) {
                props.put(key(p.name()), p.withOrigin(p.classOrigin(), true)
                        .withQualifiers(inheritedOnly(p.qualifiers())));
            }
        }
        for (CimProperty p : local.properties()) {
            CimProperty inherited = props.get(key(p.name()));
            List<CimQualifier> q;
            if (inherited == null) {
                q = mergeQualifiers(p.qualifiers(), List.of(), "property " + origin + "." + p.name());
            } else {
                if (!inherited.type().equals(p.type())) {
                    throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "property " + origin + "." + p.name()
                            + " is " + p.type() + " but overrides a " + inherited.type() + " property");
                }
                q = mergeQualifiers(p.qualifiers(), inherited.qualifiers(), "property " + origin + "." + p.name());
            }
            CimProperty resolved = new CimProperty(p.name(), p.type(),
                    p.value().isNull() && inherited != null ? inherited.value() : p.value(), q,
                    p.referenceClass() != null || inherited == null ? p.referenceClass() : inherited.referenceClass(),
                    origin, false);
            props.put(key(p.name()), resolved);
        }

        Map<String, CimMethod> methods = new LinkedHashMap<>();
        if (superclass != null) {
            for (CimMethod m : superclass.methods()) {
                methods.put(key(m.name()), m.withOrigin(m.classOrigin(), true)
                        .withQualifiers(inheritedOnly(m.qualifiers())));
            }
        }
        for (CimMethod m : local.methods()) {
            CimMethod inherited = methods.get(key(m.name()));
            List<CimQualifier> q = mergeQualifiers(m.qualifiers(),
                    inherited == null ? List.of() : inherited.qualifiers(), "method " + origin + "." + m.name());
            methods.put(key(m.name()), new CimMethod(m.name(), m.returnType(), m.parameters(), q, origin, false));
        }
        return new CimClass(local.name(), local.superclass(), quals, new ArrayList<>(props.values()),
                new ArrayList<>(methods.values()));
    }

    /** The qualifiers an element passes on to its override in a subclass (already resolved ones). */
    private static List<CimQualifier> inheritedOnly(List<CimQualifier> resolved) {
        List<CimQualifier> out = new ArrayList<>();
        for (CimQualifier q : resolved) {
            if (q.toSubclass()) {
                out.add(q.withPropagated(true));
            }
        }
        return out;
    }

    private List<CimQualifier> mergeQualifiers(List<CimQualifier> local, List<CimQualifier> inheritedResolved,
                                               String element) {
        Map<String, CimQualifier> out = new LinkedHashMap<>();
        for (CimQualifier q : inheritedResolved) {
            if (q.toSubclass()) {
                out.put(key(q.name()), q.withPropagated(true));
            }
        }
        for (CimQualifier q : local) {
            CimQualifier effective = new CimQualifier(q.name(), q.value(), effectiveFlavors(q), false);
            CimQualifier parent = out.get(key(q.name()));
            if (parent != null && !parent.overridable()) {
                if (!parent.value().equals(q.value())) {
                    throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "qualifier " + q.name() + " on "
                            + element + " is DisableOverride in the superclass and cannot change from "
                            + parent.value() + " to " + q.value());
                }
                // Restating an unchangeable qualifier with the same value keeps it inherited.
                continue;
            }
            out.put(key(q.name()), effective);
        }
        return new ArrayList<>(out.values());
    }

    /** Declaration flavours (DSP0004 defaults where silent), then the flavours written on this use. */
    private Set<CimFlavor> effectiveFlavors(CimQualifier q) {
        CimQualifierType decl = qualifierTypes.apply(q.name());
        Set<CimFlavor> f = EnumSet.of(CimFlavor.ENABLE_OVERRIDE, CimFlavor.TO_SUBCLASS);
        if (decl != null) {
            apply(f, decl.flavors());
        }
        apply(f, q.flavors());
        return f;
    }

    private static void apply(Set<CimFlavor> f, Set<CimFlavor> given) {
        for (CimFlavor g : given) {
            switch (g) {
                case ENABLE_OVERRIDE -> {
                    f.remove(CimFlavor.DISABLE_OVERRIDE);
                    f.add(g);
                }
                case DISABLE_OVERRIDE -> {
                    f.remove(CimFlavor.ENABLE_OVERRIDE);
                    f.add(g);
                }
                case TO_SUBCLASS -> {
                    f.remove(CimFlavor.RESTRICTED);
                    f.add(g);
                }
                case RESTRICTED -> {
                    f.remove(CimFlavor.TO_SUBCLASS);
                    f.add(g);
                }
                case TRANSLATABLE -> f.add(g);
                case TO_INSTANCE -> {
                    // deprecated; instances do not carry qualifiers here
                }
            }
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
