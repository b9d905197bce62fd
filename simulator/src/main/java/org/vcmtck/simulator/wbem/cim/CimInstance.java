package org.vcmtck.simulator.wbem.cim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An instance: class name, properties in declaration order, and its object path when known. */
public record CimInstance(String className, List<CimProperty> properties, CimObjectPath path) {
    public CimInstance {
        Objects.requireNonNull(className, "className");
        properties = List.copyOf(properties);
    }

    public CimInstance(String className, List<CimProperty> properties) {
        this(className, properties, null);
    }

    public Optional<CimProperty> property(String name) {
        return properties.stream().filter(p -> p.isNamed(name)).findFirst();
    }

    /** The value of a property, or null when the instance has no such property. */
    public CimValue value(String name) {
        return property(name).map(CimProperty::value).orElse(null);
    }

    public CimInstance withPath(CimObjectPath newPath) {
        return new CimInstance(className, properties, newPath);
    }

    /** Replaces (case-insensitively) or appends a property. */
    public CimInstance with(CimProperty property) {
        List<CimProperty> out = new ArrayList<>(properties);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isNamed(property.name())) {
                out.set(i, property);
                return new CimInstance(className, out, path);
            }
        }
        out.add(property);
        return new CimInstance(className, out, path);
    }

    /** Builds the object path from the class's key properties, in the given namespace. */
    public CimObjectPath pathFor(String namespace, CimClass cimClass) {
        java.util.LinkedHashMap<String, CimValue> keys = new java.util.LinkedHashMap<>();
        for (CimProperty k : cimClass.keys()) {
            CimValue v = value(k.name());
            if (v == null || v.isNull()) {
                throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER,
                        "key property " + k.name() + " of " + className + " is NULL");
            }
            keys.put(k.name(), v);
        }
        return new CimObjectPath(null, namespace, cimClass.name(), keys);
    }
}
