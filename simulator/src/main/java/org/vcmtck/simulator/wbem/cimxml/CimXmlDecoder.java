package org.vcmtck.simulator.wbem.cimxml;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns CIM-XML value elements (DSP0203 2.4) into the CIM object model: values, object paths, instances and
 * method arguments. Structural faults are {@link CimXmlException}s; a value that does not fit its declared type
 * is a {@link CimException} (TYPE_MISMATCH or INVALID_PARAMETER) because it is answered inside the body.
 */
public final class CimXmlDecoder {
    private final SecureXmlReader embeddedReader;

    public CimXmlDecoder(SecureXmlReader embeddedReader) {
        this.embeddedReader = embeddedReader;
    }

    public CimXmlDecoder() {
        this(new SecureXmlReader());
    }

    // ------------------------------------------------------------------ scalars and arrays

    /** A VALUE's text as the given type (booleans case-insensitive; numbers trimmed). */
    public CimValue value(XmlElement value, CimType type) {
        expect(value, "VALUE");
        return CimValue.parse(type.elementType(), type.base() == CimType.Base.STRING ? value.text() : value.text()
                .trim());
    }

    /** A VALUE.ARRAY of VALUE / VALUE.NULL as an array of the given element type. */
    public CimValue array(XmlElement array, CimType type) {
        expect(array, "VALUE.ARRAY");
        List<Object> items = new ArrayList<>();
        for (XmlElement e : array.children()) {
            switch (e.name()) {
                case "VALUE" -> items.add(value(e, type.elementType()).value());
                case "VALUE.NULL" -> items.add(null);
                default -> throw CimXmlException.invalid("VALUE.ARRAY may not contain " + e.name());
            }
        }
        return CimValue.of(type.asArray(), items);
    }

    /** "TRUE"/"FALSE" (any case) from an IPARAMVALUE's VALUE; the default when the parameter is absent or NULL. */
    public boolean booleanParam(CimXmlRequest.Param p, boolean dflt) {
        if (p == null || p.content() == null) {
            return dflt;
        }
        return asParam(p, () -> value(p.content(), CimType.of(CimType.Base.BOOLEAN)).asBoolean());
    }

    /** A string VALUE parameter, or null. */
    public String stringParam(CimXmlRequest.Param p) {
        if (p == null || p.content() == null) {
            return null;
        }
        return asParam(p, () -> value(p.content(), CimType.of(CimType.Base.STRING)).asString());
    }

    /** A uint32-ish VALUE parameter, or null. */
    public Long integerParam(CimXmlRequest.Param p) {
        if (p == null || p.content() == null) {
            return null;
        }
        return asParam(p, () -> value(p.content(), CimType.of(CimType.Base.UINT32)).asLong());
    }

    /** A CLASSNAME parameter's NAME, or null. */
    public String classNameParam(CimXmlRequest.Param p) {
        if (p == null || p.content() == null) {
            return null;
        }
        return asParam(p, () -> expect(p.content(), "CLASSNAME").required("NAME"));
    }

    /** PropertyList: null for NULL (all properties), else the names (possibly none). */
    public List<String> stringArrayParam(CimXmlRequest.Param p) {
        if (p == null || p.content() == null) {
            return null;
        }
        return asParam(p, () -> {
            List<String> names = new ArrayList<>();
            for (Object o : array(p.content(), CimType.arrayOf(CimType.Base.STRING)).asList()) {
                if (o != null) {
                    names.add((String) o);
                }
            }
            return names;
        });
    }

    private static <T> T asParam(CimXmlRequest.Param p, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (CimXmlException | CimException e) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter " + p.name() + ": "
                    + (e instanceof CimException c ? c.description() : e.getMessage()));
        }
    }

    // ------------------------------------------------------------------ paths

    /** INSTANCENAME → a path in the given namespace (null for none). */
    public CimObjectPath instanceName(XmlElement e, String namespace) {
        expect(e, "INSTANCENAME");
        String className = e.required("CLASSNAME");
        Map<String, CimValue> keys = new LinkedHashMap<>();
        for (XmlElement c : e.children()) {
            switch (c.name()) {
                case "KEYBINDING" -> {
                    XmlElement v = c.onlyChild("KEYVALUE", "VALUE.REFERENCE");
                    keys.put(c.required("NAME"), v.name().equals("KEYVALUE") ? keyValue(v)
                            : CimValue.of(reference(v)));
                }
                case "KEYVALUE", "VALUE.REFERENCE" -> throw CimXmlException.invalid(
                        "INSTANCENAME " + className + ": single unnamed keys are not supported; use KEYBINDING");
                default -> throw CimXmlException.invalid("INSTANCENAME may not contain " + c.name());
            }
        }
        return new CimObjectPath(null, namespace, className, keys);
    }

    /** KEYVALUE: TYPE when given, else VALUETYPE (string, boolean, numeric as sint64 or real64). */
    public CimValue keyValue(XmlElement e) {
        expect(e, "KEYVALUE");
        String type = e.attributes().get("TYPE");
        if (type != null) {
            return CimValue.parse(cimType(type), type.equals("string") ? e.text() : e.text().trim());
        }
        String valueType = e.attribute("VALUETYPE").orElse("string");
        return switch (valueType) {
            case "string" -> CimValue.of(e.text());
            case "boolean" -> CimValue.parse(CimType.of(CimType.Base.BOOLEAN), e.text().trim());
            case "numeric" -> {
                String t = e.text().trim();
                yield t.matches("[+-]?[0-9]+") || t.matches("[+-]?0[xX][0-9a-fA-F]+")
                        ? CimValue.parse(CimType.of(CimType.Base.SINT64), t)
                        : CimValue.parse(CimType.of(CimType.Base.REAL64), t);
            }
            default -> throw CimXmlException.invalid("KEYVALUE VALUETYPE must be string, boolean or numeric, is "
                    + valueType);
        };
    }

    /** VALUE.REFERENCE or any of its path children, to an object path. */
    public CimObjectPath reference(XmlElement e) {
        XmlElement p = e.name().equals("VALUE.REFERENCE")
                ? e.onlyChild("CLASSPATH", "LOCALCLASSPATH", "CLASSNAME", "INSTANCEPATH", "LOCALINSTANCEPATH",
                "INSTANCENAME") : e;
        return switch (p.name()) {
            case "CLASSNAME" -> CimObjectPath.forClass(null, p.required("NAME"));
            case "INSTANCENAME" -> instanceName(p, null);
            case "LOCALCLASSPATH" -> CimObjectPath.forClass(
                    CimXmlEnvelope.namespace(p.requiredChild("LOCALNAMESPACEPATH")),
                    p.requiredChild("CLASSNAME").required("NAME"));
            case "LOCALINSTANCEPATH" -> instanceName(p.requiredChild("INSTANCENAME"),
                    CimXmlEnvelope.namespace(p.requiredChild("LOCALNAMESPACEPATH")));
            case "CLASSPATH" -> {
                XmlElement nsp = p.requiredChild("NAMESPACEPATH");
                yield CimObjectPath.forClass(CimXmlEnvelope.namespace(nsp.requiredChild("LOCALNAMESPACEPATH")),
                        p.requiredChild("CLASSNAME").required("NAME")).withHost(nsp.requiredChild("HOST").text());
            }
            case "INSTANCEPATH" -> {
                XmlElement nsp = p.requiredChild("NAMESPACEPATH");
                yield instanceName(p.requiredChild("INSTANCENAME"),
                        CimXmlEnvelope.namespace(nsp.requiredChild("LOCALNAMESPACEPATH")))
                        .withHost(nsp.requiredChild("HOST").text());
            }
            default -> throw CimXmlException.invalid(p.name() + " is not an object path");
        };
    }

    // ------------------------------------------------------------------ instances

    /** INSTANCE → instance without path (qualifiers on instances are read and dropped: deprecated). */
    public CimInstance instance(XmlElement e) {
        expect(e, "INSTANCE");
        String className = e.required("CLASSNAME");
        List<CimProperty> properties = new ArrayList<>();
        for (XmlElement c : e.children()) {
            switch (c.name()) {
                case "QUALIFIER" -> {
                    // instance qualifiers carry nothing the server uses, but DSP0201 puts them before properties
                    if (!properties.isEmpty()) {
                        throw CimXmlException.invalid("INSTANCE " + className + ": QUALIFIER "
                                + c.attribute("NAME").orElse("") + " follows a property; qualifiers come first");
                    }
                }
                case "PROPERTY" -> properties.add(property(c));
                case "PROPERTY.ARRAY" -> properties.add(propertyArray(c));
                case "PROPERTY.REFERENCE" -> {
                    XmlElement ref = c.child("VALUE.REFERENCE").orElse(null);
                    CimType t = CimType.of(CimType.Base.REFERENCE);
                    properties.add(new CimProperty(c.required("NAME"), t,
                            ref == null ? CimValue.nullOf(t) : CimValue.of(reference(ref)), List.of(),
                            c.attributes().get("REFERENCECLASS"), null, false));
                }
                default -> throw CimXmlException.invalid("INSTANCE may not contain " + c.name());
            }
        }
        return new CimInstance(className, properties);
    }

    /** VALUE.NAMEDINSTANCE → instance carrying its path. */
    public CimInstance namedInstance(XmlElement e, String namespace) {
        expect(e, "VALUE.NAMEDINSTANCE");
        CimObjectPath path = instanceName(e.requiredChild("INSTANCENAME"), namespace);
        return instance(e.requiredChild("INSTANCE")).withPath(path);
    }

    private CimProperty property(XmlElement c) {
        CimType type = cimType(c.required("TYPE"));
        XmlElement v = c.child("VALUE").orElse(null);
        return CimProperty.of(c.required("NAME"), v == null ? CimValue.nullOf(type) : value(v, type));
    }

    private CimProperty propertyArray(XmlElement c) {
        CimType type = cimType(c.required("TYPE")).asArray();
        XmlElement v = c.child("VALUE.ARRAY").orElse(null);
        return CimProperty.of(c.required("NAME"), v == null ? CimValue.nullOf(type) : array(v, type));
    }

    /** Parses the escaped CIM-XML text of an embedded INSTANCE. */
    public CimInstance embeddedInstance(String text) {
        XmlElement root = embeddedReader.read(text.getBytes(StandardCharsets.UTF_8));
        if (!root.name().equals("INSTANCE")) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "an embedded object must be an INSTANCE, is "
                    + root.name());
        }
        return instance(root);
    }

    // ------------------------------------------------------------------ method parameters

    /**
     * A PARAMVALUE's content as an argument: VALUE / VALUE.ARRAY typed by PARAMTYPE (string when absent),
     * references, INSTANCE / VALUE.NAMEDINSTANCE and EmbeddedObject strings as decoded instances.
     */
    public CimArgument argument(CimXmlRequest.Param p) {
        try {
            return readArgument(p);
        } catch (CimXmlException e) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, "parameter " + p.name() + ": "
                    + e.getMessage());
        }
    }

    private CimArgument readArgument(CimXmlRequest.Param p) {
        XmlElement c = p.content();
        String pt = p.paramType();
        boolean embedded = p.embeddedObject() != null || "instance".equals(pt) || "object".equals(pt);
        CimType scalar = pt == null || embedded ? CimType.of(CimType.Base.STRING) : cimParamType(pt);
        if (c == null) {
            return CimArgument.of(p.name(), CimValue.nullOf(scalar));
        }
        return switch (c.name()) {
            case "VALUE" -> {
                CimValue v = value(c, scalar);
                yield new CimArgument(p.name(), v, embedded ? List.of(embeddedInstance(v.asString())) : List.of());
            }
            case "VALUE.ARRAY" -> {
                CimValue v = array(c, scalar);
                List<CimInstance> instances = new ArrayList<>();
                if (embedded) {
                    for (Object o : v.asList()) {
                        if (o != null) {
                            instances.add(embeddedInstance((String) o));
                        }
                    }
                }
                yield new CimArgument(p.name(), v, instances);
            }
            case "VALUE.REFERENCE" -> CimArgument.of(p.name(), CimValue.of(reference(c)));
            case "VALUE.REFARRAY" -> {
                List<Object> refs = new ArrayList<>();
                for (XmlElement r : c.children()) {
                    refs.add(r.name().equals("VALUE.NULL") ? null : reference(r));
                }
                yield CimArgument.of(p.name(), CimValue.of(CimType.arrayOf(CimType.Base.REFERENCE), refs));
            }
            case "CLASSNAME", "INSTANCENAME" -> CimArgument.of(p.name(), CimValue.of(reference(c)));
            case "INSTANCE" -> {
                CimInstance i = instance(c);
                yield new CimArgument(p.name(), CimValue.of(CimXmlWriter.embeddedText(i)), List.of(i));
            }
            case "VALUE.NAMEDINSTANCE" -> {
                CimInstance i = namedInstance(c, null);
                yield new CimArgument(p.name(), CimValue.of(CimXmlWriter.embeddedText(i)), List.of(i));
            }
            default -> throw CimXmlException.invalid("PARAMVALUE " + p.name() + " may not contain " + c.name());
        };
    }

    // ------------------------------------------------------------------ helpers

    /** A TYPE attribute: only the DTD's CIMType names (DSP0203: no "int", no "reference" for PROPERTY). */
    public static CimType cimType(String name) {
        CimType.Base b = base(name);
        if (b == CimType.Base.REFERENCE) {
            throw CimXmlException.invalid("TYPE " + name + " is not a CIM-XML property type");
        }
        return CimType.of(b);
    }

    private static CimType cimParamType(String name) {
        return CimType.of(base(name));
    }

    private static CimType.Base base(String name) {
        for (CimType.Base b : CimType.Base.values()) {
            if (b.cimName().equals(name)) {
                return b;
            }
        }
        throw CimXmlException.invalid("TYPE " + name + " is not one of the CIM-XML types");
    }

    private static XmlElement expect(XmlElement e, String name) {
        if (!e.name().equals(name)) {
            throw CimXmlException.invalid("expected " + name + ", found " + e.name());
        }
        return e;
    }
}
