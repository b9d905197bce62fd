package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Associators, AssociatorNames, References, ReferenceNames for instance object names (and, with a class as the
 * object name, the class-level forms answering classes). Filters follow DSP0200: AssocClass / ResultClass include
 * subclasses, Role names the source's reference property, ResultRole the target's.
 */
final class AssociationOperations {
    private final Lookup lookup;
    private final InstanceOperations instances;

    AssociationOperations(Lookup lookup, InstanceOperations instances) {
        this.lookup = lookup;
        this.instances = instances;
    }

    /** A filter set as sent. */
    record Filter(String assocClass, String resultClass, String role, String resultRole) {
    }

    IntrinsicResult associators(Args a, boolean namesOnly) {
        CimObjectPath object = a.requiredObjectName("ObjectName");
        Filter f = new Filter(a.className("AssocClass"), a.className("ResultClass"), a.string("Role"),
                a.string("ResultRole"));
        if (object.isClassPath()) {
            List<String> classes = associatorClasses(a.namespace(), object.className(), f);
            return classResult(a, classes, namesOnly);
        }
        List<CimInstance> found = associatorInstances(a.namespace(), object, f);
        return instanceResult(a, found, namesOnly);
    }

    IntrinsicResult references(Args a, boolean namesOnly) {
        CimObjectPath object = a.requiredObjectName("ObjectName");
        Filter f = new Filter(null, a.className("ResultClass"), a.string("Role"), null);
        if (object.isClassPath()) {
            List<String> classes = referenceClasses(a.namespace(), object.className(), f);
            return classResult(a, classes, namesOnly);
        }
        List<CimInstance> found = referenceInstances(a.namespace(), object, f);
        return instanceResult(a, found, namesOnly);
    }

    private IntrinsicResult instanceResult(Args a, List<CimInstance> found, boolean namesOnly) {
        if (namesOnly) {
            return IntrinsicResult.of(w -> found.forEach(i -> w.objectPath(i.path())));
        }
        boolean qualifiers = a.bool("IncludeQualifiers", false);
        boolean origin = a.bool("IncludeClassOrigin", false);
        List<String> props = a.propertyList();
        List<CimInstance> shown = new ArrayList<>();
        for (CimInstance i : found) {
            CimClass c = lookup.cimClass(a.namespace(), i.className(), CimStatus.CIM_ERR_INVALID_CLASS);
            shown.add(Projection.instance(i, c, false, true, props));
        }
        return IntrinsicResult.of(w -> shown.forEach(i -> w.objectWithPath(i, qualifiers, origin)));
    }

    private IntrinsicResult classResult(Args a, List<String> classes, boolean namesOnly) {
        List<CimObjectPath> paths = classes.stream().map(c -> CimObjectPath.forClass(a.namespace(), c)).toList();
        if (namesOnly) {
            return IntrinsicResult.of(w -> paths.forEach(w::objectPath));
        }
        boolean qualifiers = a.bool("IncludeQualifiers", false);
        boolean origin = a.bool("IncludeClassOrigin", false);
        List<String> props = a.propertyList();
        return IntrinsicResult.of(w -> paths.forEach(p -> w.objectWithPath(p, Projection.cimClass(
                lookup.cimClass(a.namespace(), p.className(), CimStatus.CIM_ERR_INVALID_CLASS), false, props),
                qualifiers, origin)));
    }

    /** The association instances referring to the object, filtered by ResultClass (the association) and Role. */
    List<CimInstance> referenceInstances(String ns, CimObjectPath object, Filter f) {
        instances.existing(ns, object);
        checkFilterClasses(ns, f);
        List<CimInstance> out = new ArrayList<>();
        for (CimInstance assoc : lookup.data().references(ns, object, f.role())) {
            if (f.resultClass() == null || lookup.isA(ns, assoc.className(), f.resultClass())) {
                out.add(withNamespace(assoc, ns));
            }
        }
        return out;
    }

    /** The objects at the far ends of associations referring to the object. */
    List<CimInstance> associatorInstances(String ns, CimObjectPath object, Filter f) {
        instances.existing(ns, object);
        checkFilterClasses(ns, f);
        Map<CimObjectPath, CimInstance> out = new LinkedHashMap<>();
        for (CimInstance assoc : lookup.data().references(ns, object, f.role())) {
            if (f.assocClass() != null && !lookup.isA(ns, assoc.className(), f.assocClass())) {
                continue;
            }
            String sourceRole = sourceRole(assoc, object, f.role());
            for (CimProperty p : assoc.properties()) {
                if (!isReference(p) || p.isNamed(sourceRole) || (f.resultRole() != null && !p.isNamed(f.resultRole()))) {
                    continue;
                }
                CimObjectPath far = p.value().asPath();
                if (f.resultClass() != null && !lookup.isA(ns, far.className(), f.resultClass())) {
                    continue;
                }
                String farNs = far.namespace() == null ? ns : far.namespace();
                lookup.data().instance(farNs, far.withNamespace(farNs))
                        .ifPresent(i -> out.putIfAbsent(i.path(), withNamespace(i, farNs)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private void checkFilterClasses(String ns, Filter f) {
        for (String c : new String[]{f.assocClass(), f.resultClass()}) {
            if (c != null) {
                lookup.cimClass(ns, c, CimStatus.CIM_ERR_INVALID_PARAMETER);
            }
        }
    }

    private static String sourceRole(CimInstance assoc, CimObjectPath object, String role) {
        if (role != null) {
            return role;
        }
        for (CimProperty p : assoc.properties()) {
            if (isReference(p) && Lookup.sameInstance(p.value().asPath(), object)) {
                return p.name();
            }
        }
        return "";
    }

    private static boolean isReference(CimProperty p) {
        return p.type().base() == CimType.Base.REFERENCE && !p.type().array() && !p.value().isNull();
    }

    private static CimInstance withNamespace(CimInstance i, String ns) {
        CimObjectPath p = i.path();
        return p.namespace() == null ? i.withPath(p.withNamespace(ns)) : i;
    }

    // ------------------------------------------------------------------ class-level (schema) associations

    private List<String> referenceClasses(String ns, String className, Filter f) {
        lookup.namespace(ns);
        lookup.cimClass(ns, className, CimStatus.CIM_ERR_INVALID_CLASS);
        List<String> out = new ArrayList<>();
        for (CimClass assoc : associationClasses(ns)) {
            if (f.resultClass() != null && !lookup.isA(ns, assoc.name(), f.resultClass())) {
                continue;
            }
            if (!refersTo(ns, assoc, className, f.role()).isEmpty()) {
                out.add(assoc.name());
            }
        }
        return out;
    }

    private List<String> associatorClasses(String ns, String className, Filter f) {
        lookup.namespace(ns);
        lookup.cimClass(ns, className, CimStatus.CIM_ERR_INVALID_CLASS);
        List<String> out = new ArrayList<>();
        for (CimClass assoc : associationClasses(ns)) {
            if (f.assocClass() != null && !lookup.isA(ns, assoc.name(), f.assocClass())) {
                continue;
            }
            List<String> sourceRoles = refersTo(ns, assoc, className, f.role());
            if (sourceRoles.isEmpty()) {
                continue;
            }
            for (CimProperty p : assoc.properties()) {
                if (p.type().base() != CimType.Base.REFERENCE || p.referenceClass() == null
                        || (sourceRoles.size() == 1 && p.isNamed(sourceRoles.get(0)))
                        || (f.resultRole() != null && !p.isNamed(f.resultRole()))) {
                    continue;
                }
                if ((f.resultClass() == null || lookup.isA(ns, p.referenceClass(), f.resultClass()))
                        && out.stream().noneMatch(p.referenceClass()::equalsIgnoreCase)) {
                    out.add(p.referenceClass());
                }
            }
        }
        return out;
    }

    private List<CimClass> associationClasses(String ns) {
        List<CimClass> out = new ArrayList<>();
        for (String n : lookup.data().subclassNames(ns, null, true)) {
            lookup.data().cimClass(ns, n).filter(CimClass::isAssociation).ifPresent(out::add);
        }
        return out;
    }

    /** The reference properties of an association class that can point at instances of className. */
    private List<String> refersTo(String ns, CimClass assoc, String className, String role) {
        List<String> roles = new ArrayList<>();
        for (CimProperty p : assoc.properties()) {
            if (p.type().base() == CimType.Base.REFERENCE && p.referenceClass() != null
                    && (role == null || p.isNamed(role)) && lookup.isA(ns, className, p.referenceClass())) {
                roles.add(p.name());
            }
        }
        return roles;
    }
}
