package org.vcmtck.simulator.wbem.cimxml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the envelope of a request document ({@code CIM}/{@code MESSAGE}/{@code SIMPLEREQ}/call) as DSP0203 2.4
 * allows it. The CIM and DTD versions accepted are 2.x; protocol versions 1.x.
 */
public final class CimXmlEnvelope {
    private final SecureXmlReader reader;

    public CimXmlEnvelope(SecureXmlReader reader) {
        this.reader = reader;
    }

    public CimXmlEnvelope() {
        this(new SecureXmlReader());
    }

    public CimXmlRequest read(byte[] utf8) {
        return read(reader.read(utf8));
    }

    public CimXmlRequest read(XmlElement cim) {
        if (!cim.name().equals("CIM")) {
            throw CimXmlException.invalid("the root element must be CIM, is " + cim.name());
        }
        String cimVersion = cim.required("CIMVERSION");
        String dtdVersion = cim.required("DTDVERSION");
        if (!majorIs(cimVersion, "2")) {
            throw new CimXmlException(CimXmlException.Kind.UNSUPPORTED_CIM_VERSION, "CIMVERSION " + cimVersion
                    + " is not supported (2.x is)");
        }
        if (!majorIs(dtdVersion, "2")) {
            throw new CimXmlException(CimXmlException.Kind.UNSUPPORTED_DTD_VERSION, "DTDVERSION " + dtdVersion
                    + " is not supported (2.x is)");
        }
        XmlElement message = cim.onlyChild("MESSAGE", "DECLARATION");
        if (!message.name().equals("MESSAGE")) {
            throw CimXmlException.invalid("a request document must hold a MESSAGE, not a DECLARATION");
        }
        String id = message.required("ID");
        String protocol = message.required("PROTOCOLVERSION");
        if (!majorIs(protocol, "1")) {
            throw new CimXmlException(CimXmlException.Kind.UNSUPPORTED_PROTOCOL_VERSION, "PROTOCOLVERSION "
                    + protocol + " is not supported (1.x is)");
        }
        XmlElement body = message.onlyChild("SIMPLEREQ", "MULTIREQ", "SIMPLERSP", "MULTIRSP", "SIMPLEEXPREQ",
                "MULTIEXPREQ", "SIMPLEEXPRSP", "MULTIEXPRSP");
        if (body.name().equals("MULTIREQ")) {
            throw new CimXmlException(CimXmlException.Kind.MULTIPLE_REQUESTS, "MULTIREQ is not supported");
        }
        if (!body.name().equals("SIMPLEREQ")) {
            throw CimXmlException.invalid("a request MESSAGE must hold SIMPLEREQ, holds " + body.name());
        }
        List<XmlElement> calls = body.children().stream().filter(c -> !c.name().equals("CORRELATOR")).toList();
        if (calls.size() != 1) {
            throw CimXmlException.invalid("SIMPLEREQ must hold exactly one IMETHODCALL or METHODCALL, holds "
                    + calls.size());
        }
        XmlElement call = calls.get(0);
        return switch (call.name()) {
            case "IMETHODCALL" -> intrinsic(id, protocol, call);
            case "METHODCALL" -> extrinsic(id, protocol, call);
            default -> throw CimXmlException.invalid("SIMPLEREQ may not contain " + call.name());
        };
    }

    private static CimXmlRequest intrinsic(String id, String protocol, XmlElement call) {
        String name = call.required("NAME");
        List<XmlElement> children = call.children();
        if (children.isEmpty() || !children.get(0).name().equals("LOCALNAMESPACEPATH")) {
            throw CimXmlException.invalid("IMETHODCALL " + name + " must start with LOCALNAMESPACEPATH");
        }
        String ns = namespace(children.get(0));
        List<String> duplicates = new ArrayList<>();
        return new CimXmlRequest(id, protocol, true, name, ns, null,
                params(children.subList(1, children.size()), "IPARAMVALUE", duplicates), duplicates);
    }

    private static CimXmlRequest extrinsic(String id, String protocol, XmlElement call) {
        String name = call.required("NAME");
        List<XmlElement> children = call.children();
        if (children.isEmpty()) {
            throw CimXmlException.invalid("METHODCALL " + name + " lacks LOCALCLASSPATH or LOCALINSTANCEPATH");
        }
        XmlElement target = children.get(0);
        if (!target.name().equals("LOCALCLASSPATH") && !target.name().equals("LOCALINSTANCEPATH")) {
            throw CimXmlException.invalid("METHODCALL " + name + " must start with LOCALCLASSPATH or "
                    + "LOCALINSTANCEPATH, starts with " + target.name());
        }
        String ns = namespace(target.requiredChild("LOCALNAMESPACEPATH"));
        List<String> duplicates = new ArrayList<>();
        return new CimXmlRequest(id, protocol, false, name, ns, target,
                params(children.subList(1, children.size()), "PARAMVALUE", duplicates), duplicates);
    }

    /** "root/cimv2" from NAMESPACE elements root, cimv2. */
    public static String namespace(XmlElement localNamespacePath) {
        if (!localNamespacePath.name().equals("LOCALNAMESPACEPATH")) {
            throw CimXmlException.invalid("expected LOCALNAMESPACEPATH, found " + localNamespacePath.name());
        }
        List<XmlElement> segments = localNamespacePath.children();
        if (segments.isEmpty()) {
            throw CimXmlException.invalid("LOCALNAMESPACEPATH holds no NAMESPACE");
        }
        StringBuilder ns = new StringBuilder();
        for (XmlElement s : segments) {
            if (!s.name().equals("NAMESPACE")) {
                throw CimXmlException.invalid("LOCALNAMESPACEPATH may only hold NAMESPACE, holds " + s.name());
            }
            String segment = s.required("NAME");
            if (segment.isBlank()) {
                throw CimXmlException.invalid("LOCALNAMESPACEPATH holds a NAMESPACE with an empty NAME");
            }
            if (ns.length() > 0) {
                ns.append('/');
            }
            ns.append(segment);
        }
        return ns.toString();
    }

    private static Map<String, CimXmlRequest.Param> params(List<XmlElement> elements, String kind,
                                                           List<String> duplicates) {
        Map<String, CimXmlRequest.Param> params = new LinkedHashMap<>();
        for (XmlElement e : elements) {
            if (!e.name().equals(kind)) {
                throw CimXmlException.invalid("expected " + kind + ", found " + e.name());
            }
            String name = e.required("NAME");
            if (e.children().size() > 1) {
                throw CimXmlException.invalid(kind + " " + name + " holds more than one value element");
            }
            XmlElement content = e.children().isEmpty() ? null : e.children().get(0);
            CimXmlRequest.Param p = new CimXmlRequest.Param(name, e.attributes().get("PARAMTYPE"),
                    e.attributes().get("EmbeddedObject"), content);
            if (params.put(name.toLowerCase(Locale.ROOT), p) != null) {
                duplicates.add(name);
            }
        }
        return params;
    }

    private static boolean majorIs(String version, String major) {
        return version.equals(major) || version.startsWith(major + ".");
    }
}
