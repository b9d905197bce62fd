package org.vcmtck.simulator.wbem.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimValue;

/**
 * In-memory instances (e.g. declared in MOF), the default provider of every class without its own. Stored
 * instances are complete: every class property in class order, unset ones at the class default, values typed
 * as the class declares, path with namespace and keys.
 */
public final class StaticInstanceStore implements InstanceProvider {
    /** namespace (lower) → class (lower) → path → instance. */
    private final Map<String, Map<String, Map<CimObjectPath, CimInstance>>> data = new HashMap<>();

    private Map<CimObjectPath, CimInstance> bucket(String namespace, String className) {
        return data.computeIfAbsent(key(namespace), k -> new HashMap<>())
                .computeIfAbsent(key(className), k -> new LinkedHashMap<>());
    }

    synchronized List<CimInstance> instancesOf(String namespace, String className) {
        return new ArrayList<>(bucket(namespace, className).values());
    }

    @Override
    public synchronized List<CimInstance> enumerate(ProviderContext ctx) {
        return new ArrayList<>(bucket(ctx.namespace(), ctx.cimClass().name()).values());
    }

    @Override
    public synchronized CimInstance get(ProviderContext ctx, CimObjectPath path) {
        CimInstance i = bucket(ctx.namespace(), ctx.cimClass().name()).get(path);
        if (i == null) {
            throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no instance " + path);
        }
        return i;
    }

    @Override
    public synchronized CimObjectPath create(ProviderContext ctx, CimInstance instance) {
        CimInstance complete = complete(ctx.cimClass(), instance, List.of());
        CimObjectPath path = complete.pathFor(ctx.namespace(), ctx.cimClass());
        Map<CimObjectPath, CimInstance> b = bucket(ctx.namespace(), ctx.cimClass().name());
        if (b.containsKey(path)) {
            throw new CimException(CimStatus.CIM_ERR_ALREADY_EXISTS, "instance " + path + " already exists");
        }
        b.put(path, complete.withPath(path));
        return path;
    }

    @Override
    public synchronized void modify(ProviderContext ctx, CimInstance modified, List<String> propertyList) {
        Map<CimObjectPath, CimInstance> b = bucket(ctx.namespace(), ctx.cimClass().name());
        CimInstance existing = b.get(modified.path());
        if (existing == null) {
            throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no instance " + modified.path());
        }
        CimInstance updated = existing;
        for (CimProperty given : modified.properties()) {
            if (propertyList != null && propertyList.stream().noneMatch(given::isNamed)) {
                continue;
            }
            CimProperty decl = declared(ctx.cimClass(), given);
            CimValue v = typed(decl, given);
            if (decl.isKey() && !v.equals(existing.value(decl.name()))) {
                throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "key property " + decl.name()
                        + " cannot be modified");
            }
            updated = updated.with(existing.property(decl.name()).orElseThrow().withValue(v));
        }
        if (propertyList != null) {
            for (String name : propertyList) {
                declared(ctx.cimClass(), name);
                if (modified.property(name).isEmpty()) {
                    // named in PropertyList but absent from the instance: DSP0200 sets it to NULL
                    CimProperty p = existing.property(name).orElseThrow();
                    if (p.isKey()) {
                        throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "key property " + name
                                + " cannot be modified");
                    }
                    updated = updated.with(p.withValue(CimValue.nullOf(p.type())));
                }
            }
        }
        b.put(modified.path(), updated);
    }

    @Override
    public synchronized void delete(ProviderContext ctx, CimObjectPath path) {
        if (bucket(ctx.namespace(), ctx.cimClass().name()).remove(path) == null) {
            throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no instance " + path);
        }
    }

    /** Every class property in class order: given values typed to the declaration, the rest at defaults. */
    static CimInstance complete(CimClass c, CimInstance given, List<String> ignored) {
        for (CimProperty p : given.properties()) {
            declared(c, p);
        }
        List<CimProperty> props = new ArrayList<>();
        for (CimProperty decl : c.properties()) {
            CimProperty g = given.property(decl.name()).orElse(null);
            CimValue v = g == null ? decl.value() : typed(decl, g);
            props.add(new CimProperty(decl.name(), decl.type(), v, List.of(), decl.referenceClass(),
                    decl.classOrigin(), decl.propagated()));
        }
        return new CimInstance(c.name(), props, null);
    }

    private static CimProperty declared(CimClass c, CimProperty given) {
        return declared(c, given.name());
    }

    private static CimProperty declared(CimClass c, String name) {
        return c.property(name).orElseThrow(() -> new CimException(CimStatus.CIM_ERR_NO_SUCH_PROPERTY,
                "class " + c.name() + " has no property " + name));
    }

    private static CimValue typed(CimProperty decl, CimProperty given) {
        if (given.value().isNull()) {
            return CimValue.nullOf(decl.type());
        }
        if (given.type().equals(decl.type())) {
            return given.value();
        }
        if (given.type().array() != decl.type().array()) {
            throw new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH, "property " + decl.name() + " is "
                    + decl.type() + " but got " + given.type());
        }
        try {
            // numeric widths and text forms convert (e.g. a client sends sint64 for a uint16 property)
            return CimValue.of(decl.type(), given.value().value() instanceof Double d && decl.type().base().isInteger()
                    ? d.toString() : given.value().value());
        } catch (CimException e) {
            throw new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH, "property " + decl.name() + " is "
                    + decl.type() + ": " + e.description());
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
