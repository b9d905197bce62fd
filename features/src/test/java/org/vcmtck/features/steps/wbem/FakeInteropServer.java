package org.vcmtck.features.steps.wbem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny WBEM server holding a DSP1033 registration model, for the profile registration features: System
 * Virtualization referencing Virtual System (central instances in root/virtualization, so conformance crosses
 * namespaces) and a vendor profile. InstanceIDs are opaque strings that follow no pattern. Each {@link Fault}
 * breaks one rule.
 */
final class FakeInteropServer implements AutoCloseable {

    enum Fault { NONE, DMTF_PROFILE_WITH_OTHER_ORGANIZATION, TWO_PART_VERSION, ONE_WAY_CONFORMANCE,
        MISSING_REFERENCE }

    static final String INTEROP = "root/interop";
    static final String VIRT = "root/virtualization";

    /** An instance: namespace, class, keys (all strings) and the other properties as CIM-XML. */
    private record Inst(String ns, String className, Map<String, String> keys, String otherProperties) {
        String id() {
            return ns + ":" + className + keys;
        }
    }

    private record Link(String assocClass, String leftRole, Inst left, String rightRole, Inst right) {
    }

    private final Fault fault;
    private final HttpServer server;
    private final List<Inst> instances = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Inst systemVirtualization;

    FakeInteropServer(Fault fault) throws IOException {
        this.fault = fault;
        systemVirtualization = profile("a7Qz", fault == Fault.DMTF_PROFILE_WITH_OTHER_ORGANIZATION ? "11" : "2",
                null, "System Virtualization", fault == Fault.TWO_PART_VERSION ? "1.0" : "1.0.0", "2");
        Inst virtualSystem = profile("0000-1", "2", null, "Virtual System", "1.0.0", "2");
        Inst vendor = profile("x", "1", "Acme", "Acme Widgets", "2.1.0", "3");
        Inst host = inst(VIRT, "CIM_ComputerSystem", Map.of("CreationClassName", "CIM_ComputerSystem",
                "Name", "host1"));
        Inst vm = inst(VIRT, "CIM_ComputerSystem", Map.of("CreationClassName", "CIM_ComputerSystem",
                "Name", "vm1"));
        Inst widget = inst(INTEROP, "Acme_Widget", Map.of("Id", "w1"));
        conforms(systemVirtualization, host);
        conforms(virtualSystem, vm);
        conforms(vendor, widget);
        if (fault != Fault.MISSING_REFERENCE) {
            links.add(new Link("CIM_ReferencedProfile", "Antecedent", virtualSystem, "Dependent",
                    systemVirtualization));
        }
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

    private Inst profile(String id, String org, String otherOrg, String name, String version, String advertise) {
        String props = prop("RegisteredOrganization", "uint16", org)
                + (otherOrg == null ? "" : prop("OtherRegisteredOrganization", "string", otherOrg))
                + prop("RegisteredName", "string", name) + prop("RegisteredVersion", "string", version)
                + "<PROPERTY.ARRAY NAME=\"AdvertiseTypes\" TYPE=\"uint16\"><VALUE.ARRAY><VALUE>" + advertise
                + "</VALUE></VALUE.ARRAY></PROPERTY.ARRAY>"
                + "<PROPERTY.ARRAY NAME=\"ImplementedFeatures\" TYPE=\"string\"></PROPERTY.ARRAY>";
        Inst p = new Inst(INTEROP, "CIM_RegisteredProfile", Map.of("InstanceID", id), props);
        instances.add(p);
        return p;
    }

    private Inst inst(String ns, String className, Map<String, String> keys) {
        Inst i = new Inst(ns, className, new LinkedHashMap<>(keys), prop("ElementName", "string", "e"));
        instances.add(i);
        return i;
    }

    private void conforms(Inst profile, Inst central) {
        links.add(new Link("CIM_ElementConformsToProfile", "ConformantStandard", profile, "ManagedElement", central));
    }

    private static String prop(String name, String type, String value) {
        return "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value + "</VALUE></PROPERTY>";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String text;
            try (InputStream in = exchange.getRequestBody()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher call = Pattern.compile("<(I?METHODCALL) NAME=\"([^\"]+)\"").matcher(text);
            if (!call.find()) {
                exchange.getResponseHeaders().add("CIMError", "request-not-valid");
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String operation = call.group(2);
            String namespace = namespace(text);
            String inner;
            String element;
            if (call.group(1).equals("METHODCALL")) {
                element = "METHODRESPONSE";
                inner = method(operation, namespace, text);
            } else {
                element = "IMETHODRESPONSE";
                inner = intrinsic(operation, namespace, text);
            }
            String response = "<?xml version=\"1.0\" encoding=\"utf-8\"?><CIM CIMVERSION=\"2.0\" DTDVERSION=\"2.0\">"
                    + "<MESSAGE ID=\"1\" PROTOCOLVERSION=\"1.0\"><SIMPLERSP><" + element + " NAME=\"" + operation
                    + "\">" + inner + "</" + element + "></SIMPLERSP></MESSAGE></CIM>";
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("CIMOperation", "MethodResponse");
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=\"utf-8\"");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String intrinsic(String operation, String namespace, String text) {
        if (!namespace.equals(INTEROP) && !namespace.equals(VIRT)) {
            return error(3);
        }
        return switch (operation) {
            case "EnumerateInstances", "EnumerateInstanceNames" -> {
                Matcher c = Pattern.compile("NAME=\"ClassName\"><CLASSNAME NAME=\"([^\"]+)\"").matcher(text);
                String className = c.find() ? c.group(1) : "";
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (Inst i : instances) {
                    if (i.ns().equals(namespace) && i.className().equalsIgnoreCase(className)) {
                        out.append(operation.equals("EnumerateInstances")
                                ? "<VALUE.NAMEDINSTANCE>" + name(i) + instance(i) + "</VALUE.NAMEDINSTANCE>"
                                : name(i));
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            case "GetInstance" -> find(namespace, text, "InstanceName")
                    .map(i -> "<IRETURNVALUE>" + instance(i) + "</IRETURNVALUE>").orElse(error(6));
            case "AssociatorNames" -> {
                Inst from = find(namespace, text, "ObjectName").orElse(null);
                if (from == null) {
                    yield error(6);
                }
                String assocClass = param(text, "AssocClass", "<CLASSNAME NAME=\"([^\"]+)\"");
                String role = param(text, "Role", "<VALUE>([^<]*)</VALUE>");
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (Link link : links) {
                    if (assocClass != null && !assocClass.equalsIgnoreCase(link.assocClass())) {
                        continue;
                    }
                    boolean oneWay = fault == Fault.ONE_WAY_CONFORMANCE && !from.ns().equals(INTEROP);
                    if (link.left() == from && (role == null || role.equals(link.leftRole()))) {
                        out.append(objectPath(link.right()));
                    } else if (link.right() == from && (role == null || role.equals(link.rightRole())) && !oneWay) {
                        out.append(objectPath(link.left()));
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            default -> error(7);
        };
    }

    private String method(String operation, String namespace, String text) {
        Matcher m = Pattern.compile("<LOCALINSTANCEPATH>.*?(<INSTANCENAME.*?</INSTANCENAME>)").matcher(text);
        Inst target = m.find() ? byName(namespace, m.group(1)) : null;
        if (target != systemVirtualization || !operation.equals("GetCentralInstances")) {
            return error(16);
        }
        StringBuilder out = new StringBuilder("<RETURNVALUE PARAMTYPE=\"uint8\"><VALUE>0</VALUE></RETURNVALUE>"
                + "<PARAMVALUE NAME=\"CentralInstances\" PARAMTYPE=\"reference\"><VALUE.REFARRAY>");
        for (Link link : links) {
            if (link.left() == target && link.assocClass().equals("CIM_ElementConformsToProfile")) {
                out.append("<VALUE.REFERENCE>").append(objectPath(link.right()).replace("<OBJECTPATH>", "")
                        .replace("</OBJECTPATH>", "")).append("</VALUE.REFERENCE>");
            }
        }
        return out.append("</VALUE.REFARRAY></PARAMVALUE>").toString();
    }

    private java.util.Optional<Inst> find(String namespace, String text, String param) {
        Matcher m = Pattern.compile("<IPARAMVALUE NAME=\"" + param + "\">(<INSTANCENAME.*?</INSTANCENAME>)")
                .matcher(text);
        return java.util.Optional.ofNullable(m.find() ? byName(namespace, m.group(1)) : null);
    }

    private Inst byName(String namespace, String instanceName) {
        Matcher c = Pattern.compile("CLASSNAME=\"([^\"]+)\"").matcher(instanceName);
        String className = c.find() ? c.group(1) : "";
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher k = Pattern.compile("<KEYBINDING NAME=\"([^\"]+)\"><KEYVALUE[^>]*>([^<]*)</KEYVALUE>")
                .matcher(instanceName);
        while (k.find()) {
            keys.put(k.group(1), k.group(2));
        }
        return instances.stream().filter(i -> i.ns().equals(namespace) && i.className().equalsIgnoreCase(className)
                && i.keys().equals(keys)).findFirst().orElse(null);
    }

    private static String namespace(String text) {
        Matcher path = Pattern.compile("<LOCALNAMESPACEPATH>(.*?)</LOCALNAMESPACEPATH>").matcher(text);
        if (!path.find()) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        Matcher ns = Pattern.compile("<NAMESPACE NAME=\"([^\"]+)\"").matcher(path.group(1));
        while (ns.find()) {
            segments.add(ns.group(1));
        }
        return String.join("/", segments);
    }

    private static String param(String text, String name, String inner) {
        Matcher m = Pattern.compile("<IPARAMVALUE NAME=\"" + name + "\">(.*?)</IPARAMVALUE>").matcher(text);
        if (!m.find()) {
            return null;
        }
        Matcher v = Pattern.compile(inner).matcher(m.group(1));
        return v.find() ? v.group(1) : null;
    }

    private static String name(Inst i) {
        StringBuilder out = new StringBuilder("<INSTANCENAME CLASSNAME=\"" + i.className() + "\">");
        i.keys().forEach((k, v) -> out.append("<KEYBINDING NAME=\"").append(k)
                .append("\"><KEYVALUE VALUETYPE=\"string\">").append(v).append("</KEYVALUE></KEYBINDING>"));
        return out.append("</INSTANCENAME>").toString();
    }

    private static String instance(Inst i) {
        StringBuilder out = new StringBuilder("<INSTANCE CLASSNAME=\"" + i.className() + "\">");
        i.keys().forEach((k, v) -> out.append(prop(k, "string", v)));
        return out.append(i.otherProperties()).append("</INSTANCE>").toString();
    }

    private static String objectPath(Inst i) {
        StringBuilder ns = new StringBuilder();
        for (String segment : i.ns().split("/")) {
            ns.append("<NAMESPACE NAME=\"").append(segment).append("\"/>");
        }
        return "<OBJECTPATH><INSTANCEPATH><NAMESPACEPATH><HOST>fake</HOST><LOCALNAMESPACEPATH>" + ns
                + "</LOCALNAMESPACEPATH></NAMESPACEPATH>" + name(i) + "</INSTANCEPATH></OBJECTPATH>";
    }

    private static String error(int code) {
        return "<ERROR CODE=\"" + code + "\" DESCRIPTION=\"fake\"/>";
    }
}
