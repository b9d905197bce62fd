package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.cimxml.XmlElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GetInstance, EnumerateInstances, EnumerateInstanceNames, CreateInstance, ModifyInstance, DeleteInstance,
 * GetProperty, SetProperty.
 */
final class InstanceOperations {
    private final Lookup lookup;

    InstanceOperations(Lookup lookup) {
        this.lookup = lookup;
    }

    private CimData data() {
        return lookup.data();
    }

    IntrinsicResult getInstance(Args a) {
        CimObjectPath path = a.requiredInstanceName("InstanceName");
        boolean localOnly = a.bool("LocalOnly", true);
        boolean qualifiers = a.bool("IncludeQualifiers", false);
        boolean origin = a.bool("IncludeClassOrigin", false);
        List<String> props = a.propertyList();
        CimInstance found = existing(a.namespace(), path);
        CimClass cls = lookup.cimClass(a.namespace(), found.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        CimInstance shown = Projection.instance(found, cls, localOnly, true, props);
        return IntrinsicResult.of(w -> w.instance(shown, qualifiers, origin));
    }

    /** The instance at a path: namespace (3), class (5) and instance (6) checked in that order. */
    CimInstance existing(String ns, CimObjectPath path) {
        lookup.namespace(ns);
        lookup.cimClass(ns, path.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        return data().instance(ns, path.withNamespace(ns)).orElseThrow(() -> new CimException(
                CimStatus.CIM_ERR_NOT_FOUND, "no instance " + path.format()));
    }

    IntrinsicResult enumerateInstances(Args a) {
        String name = a.requiredClassName("ClassName");
        boolean localOnly = a.bool("LocalOnly", true);
        boolean deep = a.bool("DeepInheritance", true);
        boolean qualifiers = a.bool("IncludeQualifiers", false);
        boolean origin = a.bool("IncludeClassOrigin", false);
        List<String> props = a.propertyList();
        List<CimInstance> shown = enumerate(a.namespace(), name, localOnly, deep, props);
        return IntrinsicResult.of(w -> shown.forEach(i -> w.namedInstance(i, qualifiers, origin)));
    }

    List<CimInstance> enumerate(String ns, String className, boolean localOnly, boolean deep, List<String> props) {
        lookup.namespace(ns);
        CimClass requested = lookup.cimClass(ns, className, CimStatus.CIM_ERR_INVALID_CLASS);
        List<CimInstance> out = new ArrayList<>();
        for (CimInstance i : data().instances(ns, className)) {
            out.add(Projection.instance(i, requested, localOnly, deep, props));
        }
        return out;
    }

    IntrinsicResult enumerateInstanceNames(Args a) {
        String name = a.requiredClassName("ClassName");
        List<CimObjectPath> paths = paths(a.namespace(), name);
        return IntrinsicResult.of(w -> paths.forEach(w::instanceName));
    }

    List<CimObjectPath> paths(String ns, String className) {
        lookup.namespace(ns);
        lookup.cimClass(ns, className, CimStatus.CIM_ERR_INVALID_CLASS);
        return data().instances(ns, className).stream().map(CimInstance::path).toList();
    }

    IntrinsicResult createInstance(Args a) {
        CimInstance given = a.requiredInstance("NewInstance");
        String ns = a.namespace();
        lookup.namespace(ns);
        CimClass cls = lookup.cimClass(ns, given.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        if (cls.isAbstract()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_CLASS, "class " + cls.name()
                    + " is abstract and has no instances of its own");
        }
        CimInstance typed = typed(given, cls);
        CimObjectPath path = typed.pathFor(ns, cls);
        if (data().instance(ns, path).isPresent()) {
            throw new CimException(CimStatus.CIM_ERR_ALREADY_EXISTS, "instance " + path.format() + " already exists");
        }
        CimObjectPath created = data().create(ns, typed.withPath(path));
        return IntrinsicResult.of(w -> w.instanceName(created));
    }

    IntrinsicResult modifyInstance(Args a) {
        CimInstance given = a.requiredNamedInstance("ModifiedInstance");
        a.bool("IncludeQualifiers", true);
        List<String> props = a.propertyList();
        String ns = a.namespace();
        CimInstance current = existing(ns, given.path());
        CimClass cls = lookup.cimClass(ns, current.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        CimInstance typed = typed(given, cls);
        List<String> changed = new ArrayList<>();
        for (CimProperty p : typed.properties()) {
            if (props != null && props.stream().noneMatch(p::isNamed)) {
                continue;
            }
            CimProperty declared = cls.property(p.name()).orElseThrow();
            if (declared.isKey()) {
                CimValue was = current.value(p.name());
                if (!p.value().equals(was)) {
                    throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "key property " + p.name()
                            + " cannot be modified");
                }
                continue;
            }
            changed.add(p.name());
        }
        if (props != null) {
            for (String n : props) {
                if (cls.property(n).isEmpty()) {
                    throw new CimException(CimStatus.CIM_ERR_NO_SUCH_PROPERTY, "class " + cls.name()
                            + " has no property " + n);
                }
            }
        }
        data().modify(ns, typed.withPath(current.path()), changed);
        return IntrinsicResult.empty();
    }

    IntrinsicResult deleteInstance(Args a) {
        CimObjectPath path = a.requiredInstanceName("InstanceName");
        CimInstance current = existing(a.namespace(), path);
        data().delete(a.namespace(), current.path());
        return IntrinsicResult.empty();
    }

    IntrinsicResult getProperty(Args a) {
        CimObjectPath path = a.requiredInstanceName("InstanceName");
        String name = requiredString(a, "PropertyName");
        CimInstance current = existing(a.namespace(), path);
        CimClass cls = lookup.cimClass(a.namespace(), current.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        CimProperty declared = cls.property(name).orElseThrow(() -> new CimException(
                CimStatus.CIM_ERR_NO_SUCH_PROPERTY, "class " + cls.name() + " has no property " + name));
        CimValue v = current.value(name);
        CimValue value = v == null ? CimValue.nullOf(declared.type()) : v;
        return IntrinsicResult.of(w -> w.value(value));
    }

    IntrinsicResult setProperty(Args a) {
        CimObjectPath path = a.requiredInstanceName("InstanceName");
        String name = requiredString(a, "PropertyName");
        CimInstance current = existing(a.namespace(), path);
        CimClass cls = lookup.cimClass(a.namespace(), current.className(), CimStatus.CIM_ERR_INVALID_CLASS);
        CimProperty declared = cls.property(name).orElseThrow(() -> new CimException(
                CimStatus.CIM_ERR_NO_SUCH_PROPERTY, "class " + cls.name() + " has no property " + name));
        if (declared.isKey()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "key property " + name
                    + " cannot be modified");
        }
        var p = a.raw("NewValue");
        XmlElement content = p == null ? null : p.content();
        CimValue value;
        if (content == null) {
            value = CimValue.nullOf(declared.type());
        } else {
            value = switch (content.name()) {
                case "VALUE" -> a.decoder().value(content, declared.type());
                case "VALUE.ARRAY" -> a.decoder().array(content, declared.type());
                case "VALUE.REFERENCE" -> CimValue.of(a.decoder().reference(content));
                default -> throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "NewValue may not be "
                        + content.name());
            };
        }
        CimProperty changed = new CimProperty(declared.name(), declared.type(), value, List.of(),
                declared.referenceClass(), null, false);
        data().modify(a.namespace(), current.with(changed), List.of(declared.name()));
        return IntrinsicResult.empty();
    }

    private static String requiredString(Args a, String name) {
        String s = a.string(name);
        if (s == null) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "the parameter " + name + " is required");
        }
        return s;
    }

    /**
     * The instance's properties retyped against the class (CIM-XML names a TYPE, but the class decides: e.g.
     * uint16 written as uint32 by a lax client); unknown properties are CIM_ERR_NO_SUCH_PROPERTY.
     */
    static CimInstance typed(CimInstance given, CimClass cls) {
        List<CimProperty> out = new ArrayList<>();
        for (CimProperty p : given.properties()) {
            CimProperty declared = cls.property(p.name()).orElseThrow(() -> new CimException(
                    CimStatus.CIM_ERR_NO_SUCH_PROPERTY, "class " + cls.name() + " has no property " + p.name()));
            CimValue v = p.value();
            if (!v.type().equals(declared.type())) {
                v = retype(v, declared.type(), p.name());
            }
            out.add(new CimProperty(declared.name(), declared.type(), v, List.of(), declared.referenceClass(),
                    null, false));
        }
        return new CimInstance(cls.name(), out, given.path());
    }

    private static CimValue retype(CimValue v, CimType type, String property) {
        if (v.isNull()) {
            return CimValue.nullOf(type);
        }
        if (v.type().array() != type.array()) {
            throw new CimException(CimStatus.CIM_ERR_TYPE_MISMATCH, "property " + property + " is " + type
                    + ", the value is " + v.type());
        }
        if (type.array()) {
            return CimValue.parseArray(type, v.texts());
        }
        if (type.base() == CimType.Base.REFERENCE) {
            return CimValue.of(type, v.value());
        }
        return CimValue.parse(type, v.asString());
    }

    static Map<String, CimValue> keys(CimObjectPath p) {
        return p.keyBindings();
    }
}
