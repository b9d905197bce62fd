package org.vcmtck.features.steps.wbem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A small WBEM server for the message-structure scenarios: a class with two typed keys and a NULL property, a
 * registered profile with GetCentralInstances, a service whose method takes an embedded instance, and a pull
 * context to close. Requests are read with a DOM parser (no DTDs); each {@link Fault} breaks exactly one rule.
 */
final class FakeMessageServer implements AutoCloseable {

    enum Fault {
        NONE, TWO_CALLS_ACCEPTED, NULL_PROPERTY_LIST_IS_EMPTY, KEY_ORDER_MATTERS, BOOLEANS_UPPER_CASE_ONLY,
        INT_TYPE_ACCEPTED, VOID_RETURNS_IRETURNVALUE, ERROR_WITH_RETURNVALUE, EMBEDDED_IGNORED, PROPERTY_WITHOUT_TYPE
    }

    private static final Set<String> CIM_TYPES = Set.of("boolean", "string", "char16", "uint8", "sint8", "uint16",
            "sint16", "uint32", "sint32", "uint64", "sint64", "datetime", "real32", "real64");
    private static final String VIRT = "root/virtualization";
    private static final String INTEROP = "root/interop";
    private static final String ROOT_PROPERTIES = "<PROPERTY NAME=\"Caption\" TYPE=\"string\" PROPAGATED=\"true\"/>"
            + "<PROPERTY NAME=\"ElementName\" TYPE=\"string\" PROPAGATED=\"true\"/>";
    private static final String THING_PROPERTIES = "<PROPERTY NAME=\"Id\" TYPE=\"string\"/>"
            + "<PROPERTY NAME=\"Slot\" TYPE=\"uint16\"/><PROPERTY NAME=\"Enabled\" TYPE=\"boolean\"/>"
            + "<PROPERTY NAME=\"Since\" TYPE=\"datetime\"/><PROPERTY NAME=\"Note\" TYPE=\"string\"/>";

    private final Fault fault;
    private final HttpServer server;

    FakeMessageServer(Fault fault) throws IOException {
        this.fault = fault;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cimom", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cimom";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Element message;
            try {
                message = child(parse(body), "MESSAGE");
            } catch (Exception e) {
                refuse(exchange, 400, "request-not-well-formed");
                return;
            }
            Element simple = child(message, "SIMPLEREQ");
            if (simple == null) {
                refuse(exchange, child(message, "MULTIREQ") != null ? 501 : 400, child(message, "MULTIREQ") != null
                        ? "multiple-requests-unsupported" : "request-not-valid");
                return;
            }
            List<Element> calls = children(simple);
            if (calls.size() != 1 && fault != Fault.TWO_CALLS_ACCEPTED) {
                refuse(exchange, 400, "request-not-valid");
                return;
            }
            Element call = calls.get(0);
            boolean intrinsic = call.getTagName().equals("IMETHODCALL");
            String name = call.getAttribute("NAME");
            String inner = intrinsic ? intrinsic(call, name) : extrinsic(call, name);
            String element = intrinsic ? "IMETHODRESPONSE" : "METHODRESPONSE";
            String response = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                    + "<MESSAGE ID=\"" + message.getAttribute("ID") + "\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP><"
                    + element + " NAME=\"" + name + "\">" + inner + "</" + element + "></SIMPLERSP></MESSAGE></CIM>";
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("CIMOperation", "MethodResponse");
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=\"utf-8\"");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String intrinsic(Element call, String operation) {
        String ns = namespace(child(call, "LOCALNAMESPACEPATH"));
        if (!ns.equals(VIRT) && !ns.equals(INTEROP)) {
            return error(3);
        }
        Map<String, Element> params = new LinkedHashMap<>();
        for (Element p : children(call)) {
            if (p.getTagName().equals("IPARAMVALUE")) {
                params.put(p.getAttribute("NAME"), p);
            }
        }
        String className = params.containsKey("ClassName")
                ? child(params.get("ClassName"), "CLASSNAME").getAttribute("NAME") : null;
        return switch (operation) {
            case "EnumerateClassNames" -> "<IRETURNVALUE>" + (ns.equals(VIRT)
                    ? "<CLASSNAME NAME=\"VCMTCK_Thing\"/><CLASSNAME NAME=\"VCMTCK_Service\"/>"
                    : "<CLASSNAME NAME=\"CIM_RegisteredProfile\"/>") + "</IRETURNVALUE>";
            case "GetClass" -> getClass(className, params.get("LocalOnly"));
            case "EnumerateClasses" -> "<IRETURNVALUE>" + (ns.equals(VIRT) ? serviceClass() : "") + "</IRETURNVALUE>";
            case "EnumerateInstanceNames" -> "<IRETURNVALUE>" + instances(ns, className, false) + "</IRETURNVALUE>";
            case "EnumerateInstances" -> "<IRETURNVALUE>" + instances(ns, className, true) + "</IRETURNVALUE>";
            case "GetInstance" -> getInstance(ns, params);
            case "GetProperty" -> "Note".equals(text(params.get("PropertyName"))) ? "<IRETURNVALUE/>"
                    : "<IRETURNVALUE><VALUE>x</VALUE></IRETURNVALUE>";
            case "OpenEnumerateInstancePaths" -> "<IRETURNVALUE/><PARAMVALUE NAME=\"EnumerationContext\">"
                    + "<VALUE>ctx-1</VALUE></PARAMVALUE><PARAMVALUE NAME=\"EndOfSequence\"><VALUE>FALSE</VALUE>"
                    + "</PARAMVALUE>";
            case "CloseEnumeration" -> fault == Fault.VOID_RETURNS_IRETURNVALUE ? "<IRETURNVALUE/>" : "";
            default -> error(7);
        };
    }

    private String getClass(String className, Element localOnlyParam) {
        String flag = text(localOnlyParam);
        boolean localOnly = fault == Fault.BOOLEANS_UPPER_CASE_ONLY ? !"FALSE".equals(flag)
                : !"false".equalsIgnoreCase(flag);
        return switch (className == null ? "" : className) {
            case "VCMTCK_Thing" -> "<IRETURNVALUE><CLASS NAME=\"VCMTCK_Thing\" SUPERCLASS=\"CIM_ManagedElement\">"
                    + (localOnly ? "" : ROOT_PROPERTIES) + THING_PROPERTIES + "</CLASS></IRETURNVALUE>";
            case "CIM_RegisteredProfile" -> "<IRETURNVALUE><CLASS NAME=\"CIM_RegisteredProfile\" "
                    + "SUPERCLASS=\"CIM_ManagedElement\"><PROPERTY NAME=\"InstanceID\" TYPE=\"string\"/>"
                    + "<METHOD NAME=\"GetCentralInstances\" TYPE=\"uint8\"><PARAMETER.REFARRAY NAME=\"CentralInstances\""
                    + " REFERENCECLASS=\"CIM_ManagedElement\"/></METHOD></CLASS></IRETURNVALUE>";
            default -> "<ERROR CODE=\"6\" DESCRIPTION=\"the class " + className + " does not exist\"/>";
        };
    }

    private static String serviceClass() {
        return "<CLASS NAME=\"VCMTCK_Service\" SUPERCLASS=\"CIM_ManagedElement\"><PROPERTY NAME=\"Name\" "
                + "TYPE=\"string\"/><METHOD NAME=\"Define\" TYPE=\"uint32\"><PARAMETER NAME=\"Settings\" "
                + "TYPE=\"string\"><QUALIFIER NAME=\"EmbeddedInstance\" TYPE=\"string\"><VALUE>VCMTCK_Thing</VALUE>"
                + "</QUALIFIER></PARAMETER></METHOD></CLASS>";
    }

    private String instances(String ns, String className, boolean withInstances) {
        StringBuilder out = new StringBuilder();
        if (ns.equals(VIRT)) {
            if (!"VCMTCK_Service".equals(className)) {
                out.append(named(thingName(), withInstances ? thing() : null));
            }
            if (!"VCMTCK_Thing".equals(className)) {
                out.append(named("<INSTANCENAME CLASSNAME=\"VCMTCK_Service\"><KEYBINDING NAME=\"Name\"><KEYVALUE "
                        + "VALUETYPE=\"string\" TYPE=\"string\">svc</KEYVALUE></KEYBINDING></INSTANCENAME>",
                        withInstances ? "<INSTANCE CLASSNAME=\"VCMTCK_Service\"><PROPERTY NAME=\"Name\" "
                                + "TYPE=\"string\"><VALUE>svc</VALUE></PROPERTY></INSTANCE>" : null));
            }
        } else {
            out.append(named(profileName(), withInstances ? "<INSTANCE CLASSNAME=\"CIM_RegisteredProfile\"><PROPERTY "
                    + "NAME=\"InstanceID\" TYPE=\"string\"><VALUE>p1</VALUE></PROPERTY></INSTANCE>" : null));
        }
        return out.toString();
    }

    private static String named(String name, String instance) {
        return instance == null ? name : "<VALUE.NAMEDINSTANCE>" + name + instance + "</VALUE.NAMEDINSTANCE>";
    }

    private static String thingName() {
        return "<INSTANCENAME CLASSNAME=\"VCMTCK_Thing\"><KEYBINDING NAME=\"Id\"><KEYVALUE VALUETYPE=\"string\" "
                + "TYPE=\"string\">a</KEYVALUE></KEYBINDING><KEYBINDING NAME=\"Slot\"><KEYVALUE VALUETYPE=\"numeric\" "
                + "TYPE=\"uint16\">3</KEYVALUE></KEYBINDING></INSTANCENAME>";
    }

    private static String profileName() {
        return "<INSTANCENAME CLASSNAME=\"CIM_RegisteredProfile\"><KEYBINDING NAME=\"InstanceID\"><KEYVALUE "
                + "VALUETYPE=\"string\">p1</KEYVALUE></KEYBINDING></INSTANCENAME>";
    }

    private String thing() {
        return "<INSTANCE CLASSNAME=\"VCMTCK_Thing\"><PROPERTY NAME=\"Caption\" TYPE=\"string\"><VALUE>c</VALUE>"
                + "</PROPERTY><PROPERTY NAME=\"Id\" TYPE=\"string\"><VALUE>a</VALUE></PROPERTY><PROPERTY NAME=\"Slot\""
                + (fault == Fault.PROPERTY_WITHOUT_TYPE ? "" : " TYPE=\"uint16\"") + "><VALUE>3</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Enabled\" TYPE=\"boolean\"><VALUE>TRUE</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Since\" TYPE=\"datetime\"><VALUE>20250101120000.000000+000</VALUE></PROPERTY>"
                + "<PROPERTY NAME=\"Note\" TYPE=\"string\"/></INSTANCE>";
    }

    private String getInstance(String ns, Map<String, Element> params) {
        Element name = params.containsKey("InstanceName") ? child(params.get("InstanceName"), "INSTANCENAME") : null;
        if (name == null) {
            return error(4);
        }
        List<String> keys = new ArrayList<>();
        for (Element binding : children(name)) {
            Element value = child(binding, "KEYVALUE");
            String type = value == null ? "" : value.getAttribute("TYPE");
            if (!type.isEmpty() && !CIM_TYPES.contains(type) && fault != Fault.INT_TYPE_ACCEPTED) {
                return error(4);
            }
            keys.add(binding.getAttribute("NAME") + "=" + (value == null ? "" : value.getTextContent()));
        }
        String cls = name.getAttribute("CLASSNAME");
        if (cls.equals("VCMTCK_Thing") && ns.equals(VIRT)) {
            boolean same = fault == Fault.KEY_ORDER_MATTERS ? keys.equals(List.of("Id=a", "Slot=3"))
                    : Set.copyOf(keys).equals(Set.of("Id=a", "Slot=3"));
            if (!same) {
                return error(6);
            }
            Element list = params.get("PropertyList");
            if (list != null && (child(list, "VALUE.ARRAY") != null || fault == Fault.NULL_PROPERTY_LIST_IS_EMPTY)) {
                return "<IRETURNVALUE><INSTANCE CLASSNAME=\"VCMTCK_Thing\"/></IRETURNVALUE>";
            }
            return "<IRETURNVALUE>" + thing() + "</IRETURNVALUE>";
        }
        return error(6);
    }

    private String extrinsic(Element call, String method) {
        Element path = child(call, "LOCALINSTANCEPATH");
        String cls = path == null ? "" : child(path, "INSTANCENAME").getAttribute("CLASSNAME");
        List<Element> params = children(call).stream().filter(p -> p.getTagName().equals("PARAMVALUE")).toList();
        if (cls.equals("CIM_RegisteredProfile") && method.equals("GetCentralInstances")) {
            return params.isEmpty() ? "<RETURNVALUE PARAMTYPE=\"uint8\"><VALUE>0</VALUE></RETURNVALUE><PARAMVALUE "
                    + "NAME=\"CentralInstances\" PARAMTYPE=\"reference\"><VALUE.REFARRAY/></PARAMVALUE>" : error(4);
        }
        if (cls.equals("VCMTCK_Service") && method.equals("Define")) {
            boolean accepted = fault == Fault.EMBEDDED_IGNORED || acceptable(params);
            if (accepted) {
                return "<RETURNVALUE PARAMTYPE=\"uint32\"><VALUE>0</VALUE></RETURNVALUE>";
            }
            return fault == Fault.ERROR_WITH_RETURNVALUE ? error(4) + "<RETURNVALUE PARAMTYPE=\"uint32\"><VALUE>4"
                    + "</VALUE></RETURNVALUE>" : "<RETURNVALUE PARAMTYPE=\"uint32\"><VALUE>5</VALUE></RETURNVALUE>";
        }
        return error(17);
    }

    /**
     * Parses with DTDs refused and without the default error handler, which would print "[Fatal Error]" for the
     * malformed bodies the suite sends on purpose.
     */
    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
        return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    /** The embedded Settings must be an INSTANCE of VCMTCK_Thing naming only its properties. */
    private static boolean acceptable(List<Element> params) {
        for (Element p : params) {
            try {
                Element instance = parse(text(p).getBytes(StandardCharsets.UTF_8));
                for (Element property : children(instance)) {
                    if (!THING_PROPERTIES.contains("\"" + property.getAttribute("NAME") + "\"")) {
                        return false;
                    }
                }
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    private static String namespace(Element path) {
        List<String> segments = new ArrayList<>();
        for (Element n : children(path)) {
            segments.add(n.getAttribute("NAME"));
        }
        return String.join("/", segments);
    }

    private static String text(Element param) {
        Element value = param == null ? null : child(param, "VALUE");
        return value == null ? null : value.getTextContent();
    }

    private static String error(int code) {
        return "<ERROR CODE=\"" + code + "\" DESCRIPTION=\"fake refusal with code " + code + "\"/>";
    }

    private static Element child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst().orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                kids.add(e);
            }
        }
        return kids;
    }

    private static void refuse(HttpExchange exchange, int status, String token) throws IOException {
        exchange.getResponseHeaders().add("CIMError", token.toLowerCase(Locale.ROOT));
        exchange.sendResponseHeaders(status, -1);
    }
}
