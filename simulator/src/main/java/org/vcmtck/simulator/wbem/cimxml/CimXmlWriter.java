package org.vcmtck.simulator.wbem.cimxml;

import org.vcmtck.simulator.wbem.cim.CimClass;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimParameter;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimQualifier;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes CIM-XML response documents (DSP0203 2.4): {@code CIM/MESSAGE/SIMPLERSP} around an IMETHODRESPONSE or
 * METHODRESPONSE, with the value elements written by {@link Fragment}. Full paths (INSTANCEPATH, CLASSPATH) name
 * {@code host} unless the path carries its own.
 */
public final class CimXmlWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final String host;

    public CimXmlWriter(String host) {
        this.host = host;
    }

    /**
     * An intrinsic method response; {@code returnValue} writes the IRETURNVALUE content (null: no IRETURNVALUE,
     * for void operations); {@code outParams} follow as PARAMVALUEs (pull operations).
     */
    public byte[] imethodResponse(String messageId, String name, Consumer<Fragment> returnValue,
                                  List<CimArgument> outParams) {
        return document(messageId, w -> {
            w.start("IMETHODRESPONSE").attr("NAME", name);
            if (returnValue != null) {
                w.start("IRETURNVALUE");
                returnValue.accept(w);
                w.end();
            }
            for (CimArgument a : outParams) {
                w.paramValue(a);
            }
            w.end();
        });
    }

    /** An extrinsic method response: RETURNVALUE (typed by the value) and the out PARAMVALUEs. */
    public byte[] methodResponse(String messageId, String name, CimValue returnValue, List<CimArgument> outParams) {
        return document(messageId, w -> {
            w.start("METHODRESPONSE").attr("NAME", name);
            if (returnValue != null) {
                w.start("RETURNVALUE").attr("PARAMTYPE", returnValue.type().base().cimName());
                w.valueContent(returnValue);
                w.end();
            }
            for (CimArgument a : outParams) {
                w.paramValue(a);
            }
            w.end();
        });
    }

    /** An ERROR inside an IMETHODRESPONSE (intrinsic) or METHODRESPONSE. */
    public byte[] error(String messageId, String name, boolean intrinsic, CimStatus status, String description) {
        return document(messageId, w -> {
            w.start(intrinsic ? "IMETHODRESPONSE" : "METHODRESPONSE").attr("NAME", name);
            w.start("ERROR").attr("CODE", Integer.toString(status.code()));
            if (description != null) {
                w.attr("DESCRIPTION", description);
            }
            w.end().end();
        });
    }

    private byte[] document(String messageId, Consumer<Fragment> body) {
        StringWriter out = new StringWriter();
        Fragment w = new Fragment(out, host);
        w.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        w.start("CIM").attr("CIMVERSION", "2.0").attr("DTDVERSION", "2.0");
        w.start("MESSAGE").attr("ID", messageId).attr("PROTOCOLVERSION", "1.0");
        w.start("SIMPLERSP");
        body.accept(w);
        w.end().end().end();
        w.close();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The CIM-XML INSTANCE text of an instance, for an embedded-instance string value. */
    public static String embeddedText(CimInstance instance) {
        StringWriter out = new StringWriter();
        Fragment w = new Fragment(out, null);
        w.instance(instance, true, false);
        w.close();
        return out.toString();
    }

    /** Writes CIM-XML elements; every method leaves the writer after the element it wrote. */
    public static final class Fragment {
        private final XMLStreamWriter xml;
        private final StringWriter out;
        private final String host;

        Fragment(StringWriter out, String host) {
            this.out = out;
            this.host = host == null ? "localhost" : host;
            try {
                this.xml = FACTORY.createXMLStreamWriter(out);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot create an XML writer", e);
            }
        }

        // ---------------------------------------------------------- element plumbing

        Fragment start(String name) {
            return io(() -> xml.writeStartElement(name));
        }

        Fragment attr(String name, String value) {
            return io(() -> xml.writeAttribute(name, value));
        }

        Fragment text(String text) {
            return io(() -> xml.writeCharacters(text));
        }

        Fragment end() {
            return io(xml::writeEndElement);
        }

        void raw(String s) {
            io(xml::flush);
            out.write(s);
        }

        void close() {
            io(xml::flush);
        }

        private interface XmlAction {
            void run() throws XMLStreamException;
        }

        private Fragment io(XmlAction a) {
            try {
                a.run();
                return this;
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write CIM-XML: " + e.getMessage(), e);
            }
        }

        // ---------------------------------------------------------- names and paths

        public Fragment className(String name) {
            return start("CLASSNAME").attr("NAME", name).end();
        }

        public Fragment instanceName(CimObjectPath path) {
            start("INSTANCENAME").attr("CLASSNAME", path.className());
            for (Map.Entry<String, CimValue> k : path.keyBindings().entrySet()) {
                start("KEYBINDING").attr("NAME", k.getKey());
                CimValue v = k.getValue();
                if (v.type().base() == CimType.Base.REFERENCE) {
                    valueReference(v.asPath());
                } else {
                    start("KEYVALUE").attr("VALUETYPE", valueType(v.type().base()))
                            .attr("TYPE", v.type().base().cimName()).text(v.asString()).end();
                }
                end();
            }
            return end();
        }

        private static String valueType(CimType.Base b) {
            return b == CimType.Base.BOOLEAN ? "boolean" : b.isNumeric() ? "numeric" : "string";
        }

        public Fragment localNamespacePath(String namespace) {
            start("LOCALNAMESPACEPATH");
            for (String segment : namespace.split("/")) {
                if (!segment.isEmpty()) {
                    start("NAMESPACE").attr("NAME", segment).end();
                }
            }
            return end();
        }

        private Fragment namespacePath(CimObjectPath path) {
            start("NAMESPACEPATH").start("HOST").text(path.host() != null ? path.host() : host).end();
            return localNamespacePath(path.namespace()).end();
        }

        /** INSTANCEPATH: host, namespace and instance name. */
        public Fragment instancePath(CimObjectPath path) {
            start("INSTANCEPATH");
            namespacePath(path);
            instanceName(path);
            return end();
        }

        public Fragment classPath(CimObjectPath path) {
            start("CLASSPATH");
            namespacePath(path);
            className(path.className());
            return end();
        }

        /** OBJECTPATH around an INSTANCEPATH or CLASSPATH (association name operations). */
        public Fragment objectPath(CimObjectPath path) {
            start("OBJECTPATH");
            if (path.isClassPath()) {
                classPath(path);
            } else {
                instancePath(path);
            }
            return end();
        }

        /** VALUE.REFERENCE with the most specific path form the path allows. */
        public Fragment valueReference(CimObjectPath path) {
            start("VALUE.REFERENCE");
            if (path.namespace() == null) {
                if (path.isClassPath()) {
                    className(path.className());
                } else {
                    instanceName(path);
                }
            } else if (path.host() == null) {
                start(path.isClassPath() ? "LOCALCLASSPATH" : "LOCALINSTANCEPATH");
                localNamespacePath(path.namespace());
                if (path.isClassPath()) {
                    className(path.className());
                } else {
                    instanceName(path);
                }
                end();
            } else if (path.isClassPath()) {
                classPath(path);
            } else {
                instancePath(path);
            }
            return end();
        }

        // ---------------------------------------------------------- values

        /** VALUE, VALUE.ARRAY or VALUE.REFERENCE for a non-NULL value; nothing for NULL. */
        public Fragment valueContent(CimValue v) {
            if (v == null || v.isNull()) {
                return this;
            }
            if (v.type().array()) {
                if (v.type().base() == CimType.Base.REFERENCE) {
                    start("VALUE.REFARRAY");
                    for (Object o : v.asList()) {
                        if (o == null) {
                            start("VALUE.NULL").end();
                        } else {
                            valueReference((CimObjectPath) o);
                        }
                    }
                    return end();
                }
                start("VALUE.ARRAY");
                for (String t : v.texts()) {
                    if (t == null) {
                        start("VALUE.NULL").end();
                    } else {
                        start("VALUE").text(t).end();
                    }
                }
                return end();
            }
            if (v.type().base() == CimType.Base.REFERENCE) {
                return valueReference(v.asPath());
            }
            return start("VALUE").text(v.asString()).end();
        }

        public Fragment value(CimValue v) {
            return valueContent(v);
        }

        void paramValue(CimArgument a) {
            start("PARAMVALUE").attr("NAME", a.name());
            CimType t = a.value().type();
            if (a.isEmbedded()) {
                attr("PARAMTYPE", "string").attr("EmbeddedObject", "instance");
            } else {
                attr("PARAMTYPE", t.base().cimName());
            }
            valueContent(a.value());
            end();
        }

        // ---------------------------------------------------------- qualifiers, instances, classes

        public Fragment qualifier(CimQualifier q) {
            CimValue v = q.value();
            start("QUALIFIER").attr("NAME", q.name()).attr("TYPE", v.type().base().cimName());
            if (q.propagated()) {
                attr("PROPAGATED", "true");
            }
            if (!q.overridable()) {
                attr("OVERRIDABLE", "false");
            }
            if (!q.toSubclass()) {
                attr("TOSUBCLASS", "false");
            }
            if (q.translatable()) {
                attr("TRANSLATABLE", "true");
            }
            valueContent(v);
            return end();
        }

        /** INSTANCE; property qualifiers and CLASSORIGIN only when asked (both deprecated for instances). */
        public Fragment instance(CimInstance i, boolean includeQualifiers, boolean includeClassOrigin) {
            start("INSTANCE").attr("CLASSNAME", i.className());
            for (CimProperty p : i.properties()) {
                property(p, includeQualifiers, includeClassOrigin);
            }
            return end();
        }

        public Fragment instance(CimInstance i) {
            return instance(i, false, false);
        }

        private void property(CimProperty p, boolean includeQualifiers, boolean includeClassOrigin) {
            CimType t = p.type();
            String element = t.base() == CimType.Base.REFERENCE ? "PROPERTY.REFERENCE"
                    : t.array() ? "PROPERTY.ARRAY" : "PROPERTY";
            start(element).attr("NAME", p.name());
            if (t.base() == CimType.Base.REFERENCE) {
                if (p.referenceClass() != null) {
                    attr("REFERENCECLASS", p.referenceClass());
                }
            } else {
                attr("TYPE", t.base().cimName());
            }
            if (includeClassOrigin && p.classOrigin() != null) {
                attr("CLASSORIGIN", p.classOrigin());
            }
            if (p.propagated() && includeClassOrigin) {
                attr("PROPAGATED", "true");
            }
            if (t.base() == CimType.Base.STRING && (p.hasTrueQualifier("EmbeddedInstance")
                    || p.qualifier("EmbeddedInstance").isPresent())) {
                attr("EmbeddedObject", "instance");
            } else if (t.base() == CimType.Base.STRING && p.hasTrueQualifier("EmbeddedObject")) {
                attr("EmbeddedObject", "object");
            }
            if (includeQualifiers) {
                p.qualifiers().forEach(this::qualifier);
            }
            valueContent(p.value());
            end();
        }

        /** CLASS with its qualifiers (when asked), properties and methods. */
        public Fragment cimClass(CimClass c, boolean includeQualifiers, boolean includeClassOrigin) {
            start("CLASS").attr("NAME", c.name());
            if (c.superclass() != null) {
                attr("SUPERCLASS", c.superclass());
            }
            if (includeQualifiers) {
                c.qualifiers().forEach(this::qualifier);
            }
            for (CimProperty p : c.properties()) {
                property(p, includeQualifiers, includeClassOrigin);
            }
            for (CimMethod m : c.methods()) {
                method(m, includeQualifiers, includeClassOrigin);
            }
            return end();
        }

        private void method(CimMethod m, boolean includeQualifiers, boolean includeClassOrigin) {
            start("METHOD").attr("NAME", m.name()).attr("TYPE", m.returnType().base().cimName());
            if (includeClassOrigin && m.classOrigin() != null) {
                attr("CLASSORIGIN", m.classOrigin());
            }
            if (includeClassOrigin && m.propagated()) {
                attr("PROPAGATED", "true");
            }
            if (includeQualifiers) {
                m.qualifiers().forEach(this::qualifier);
            }
            for (CimParameter p : m.parameters()) {
                boolean ref = p.type().base() == CimType.Base.REFERENCE;
                String element = ref ? (p.type().array() ? "PARAMETER.REFARRAY" : "PARAMETER.REFERENCE")
                        : p.type().array() ? "PARAMETER.ARRAY" : "PARAMETER";
                start(element).attr("NAME", p.name());
                if (ref) {
                    if (p.referenceClass() != null) {
                        attr("REFERENCECLASS", p.referenceClass());
                    }
                } else {
                    attr("TYPE", p.type().base().cimName());
                }
                if (includeQualifiers) {
                    p.qualifiers().forEach(this::qualifier);
                }
                end();
            }
            end();
        }

        /** VALUE.NAMEDINSTANCE: INSTANCENAME then INSTANCE. */
        public Fragment namedInstance(CimInstance i, boolean includeQualifiers, boolean includeClassOrigin) {
            start("VALUE.NAMEDINSTANCE");
            instanceName(i.path());
            instance(i, includeQualifiers, includeClassOrigin);
            return end();
        }

        /** VALUE.OBJECTWITHPATH around INSTANCEPATH + INSTANCE. */
        public Fragment objectWithPath(CimInstance i, boolean includeQualifiers, boolean includeClassOrigin) {
            start("VALUE.OBJECTWITHPATH");
            instancePath(i.path());
            instance(i, includeQualifiers, includeClassOrigin);
            return end();
        }

        /** VALUE.OBJECTWITHPATH around CLASSPATH + CLASS (associators of a class). */
        public Fragment objectWithPath(CimObjectPath path, CimClass c, boolean includeQualifiers,
                                       boolean includeClassOrigin) {
            start("VALUE.OBJECTWITHPATH");
            classPath(path);
            cimClass(c, includeQualifiers, includeClassOrigin);
            return end();
        }

        /** VALUE.INSTANCEWITHPATH (pull operations). */
        public Fragment instanceWithPath(CimInstance i, boolean includeQualifiers, boolean includeClassOrigin) {
            start("VALUE.INSTANCEWITHPATH");
            instancePath(i.path());
            instance(i, includeQualifiers, includeClassOrigin);
            return end();
        }
    }
}
