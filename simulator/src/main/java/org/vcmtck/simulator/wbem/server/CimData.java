package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cimxml.CimArgument;

import java.util.List;
import java.util.Optional;

/**
 * What the operation dispatcher needs from the class repository and its providers, in the dispatcher's terms.
 * It is the seam between the HTTP/CIM-XML front end and the repository: an adapter implements it over the
 * repository, tests can implement it over a few maps. Failures are {@link org.vcmtck.simulator.wbem.cim.CimException}s.
 */
public interface CimData {
    boolean hasNamespace(String namespace);

    /** The resolved class (inherited elements included, classOrigin/propagated set), empty when unknown. */
    Optional<CimClass> cimClass(String namespace, String className);

    /** Direct subclasses (or, with {@code deep}, all descendants) of a class; of the roots when className is null. */
    List<String> subclassNames(String namespace, String className, boolean deep);

    /** Instances of a class and its subclasses, each carrying its path (namespace set). */
    List<CimInstance> instances(String namespace, String className);

    /** One instance with its path, or empty. */
    Optional<CimInstance> instance(String namespace, CimObjectPath path);

    /** Creates an instance; returns its path. */
    CimObjectPath create(String namespace, CimInstance instance);

    /** Replaces the named properties of an existing instance (the instance carries the path). */
    void modify(String namespace, CimInstance instance, List<String> propertyNames);

    void delete(String namespace, CimObjectPath path);

    /** Invokes an extrinsic method on a class or instance path. */
    MethodOutcome invoke(String namespace, CimObjectPath target, String method, List<CimArgument> in);

    /**
     * The association instances (of any association class) with a reference property equal to {@code target}
     * (through the property {@code role} when not null). The default scans every association class's instances.
     */
    default List<CimInstance> references(String namespace, CimObjectPath target, String role) {
        java.util.Map<CimObjectPath, CimInstance> found = new java.util.LinkedHashMap<>();
        for (String name : subclassNames(namespace, null, true)) {
            CimClass c = cimClass(namespace, name).orElse(null);
            if (c == null || !c.isAssociation()) {
                continue;
            }
            for (CimInstance i : instances(namespace, name)) {
                for (org.vcmtck.simulator.wbem.cim.CimProperty p : i.properties()) {
                    if (p.type().base() == org.vcmtck.simulator.wbem.cim.CimType.Base.REFERENCE
                            && !p.type().array() && !p.value().isNull()
                            && (role == null || p.isNamed(role)) && Lookup.sameInstance(p.value().asPath(), target)) {
                        found.putIfAbsent(i.path(), i);
                    }
                }
            }
        }
        return new java.util.ArrayList<>(found.values());
    }

    /** An extrinsic method's return value and out parameters. */
    record MethodOutcome(org.vcmtck.simulator.wbem.cim.CimValue returnValue, List<CimArgument> out) {
        public MethodOutcome {
            out = List.copyOf(out);
        }
    }
}
