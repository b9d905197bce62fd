package org.vcmtck.features.steps.cim;

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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny WBEM server with one DSP1042/DSP1057 model: a host registered as "System Virtualization", its management
 * service, pools and capabilities; DefineSystem builds a virtual system with its VSSD, RASDs, a device and state
 * capabilities; DestroySystem removes it through a job; RequestStateChange follows the virtual system state model.
 * Each {@link Fault} breaks one rule. Requests are read with patterns, enough for the JSR48 client's CIM-XML.
 */
final class FakeVirtualizationServer implements AutoCloseable {

    enum Fault { NONE, NO_PRIMORDIAL_POOL, DEFINE_WITHOUT_SYSTEM, ILLEGAL_TRANSITION_ACCEPTED, IS_DEFAULT_MISSING,
        DESTROY_LEAVES_SYSTEM, DEVICE_WITHOUT_SETTINGS, UNKNOWN_SYSTEM_DESTROYED }

    static final String INTEROP = "root/interop";
    static final String VIRT = "root/virtualization";
    /** RequestedState values each virtual system lists as supported. */
    private static final List<Integer> SUPPORTED_STATES = List.of(2, 3, 4, 9);
    /** Allowed transitions: EnabledState → requests accepted from it. */
    private static final Map<Integer, Set<Integer>> ALLOWED = Map.of(3, Set.of(2), 2, Set.of(3, 4, 9, 10, 11),
            9, Set.of(2, 3, 10, 11));

    /** An instance: namespace, its class then superclasses, string keys and other properties as CIM-XML. */
    private static final class Inst {
        final String ns;
        final List<String> classes;
        final Map<String, String> keys;
        final Map<String, String> props = new LinkedHashMap<>();

        Inst(String ns, List<String> classes, Map<String, String> keys) {
            this.ns = ns;
            this.classes = classes;
            this.keys = new LinkedHashMap<>(keys);
        }

        String className() {
            return classes.get(0);
        }

        boolean isA(String cls) {
            return cls == null || classes.stream().anyMatch(c -> c.equalsIgnoreCase(cls));
        }

        Inst set(String name, String type, Object value) {
            if (value instanceof List<?> list) {
                StringBuilder values = new StringBuilder();
                list.forEach(v -> values.append("<VALUE>").append(v).append("</VALUE>"));
                props.put(name, "<PROPERTY.ARRAY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE.ARRAY>" + values
                        + "</VALUE.ARRAY></PROPERTY.ARRAY>");
            } else {
                props.put(name, "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value
                        + "</VALUE></PROPERTY>");
            }
            return this;
        }
    }

    private record Link(String assocClass, String leftRole, Inst left, String rightRole, Inst right,
                        Map<String, String> props) {
    }

    private final Fault fault;
    private final HttpServer server;
    private final List<Inst> instances = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Inst host;
    private final Inst service;
    private final Map<Inst, Integer> jobReads = new LinkedHashMap<>();
    private int systems;

    FakeVirtualizationServer(Fault fault) throws IOException {
        this.fault = fault;
        Inst sv = profile("p-17", "System Virtualization");
        Inst vs = profile("p-4", "Virtual System");
        host = add(VIRT, List.of("Fake_ComputerSystem", "CIM_ComputerSystem"),
                Map.of("CreationClassName", "Fake_ComputerSystem", "Name", "host1"))
                .set("ElementName", "string", "fakehost").set("EnabledState", "uint16", 2);
        link("CIM_ElementConformsToProfile", "ConformantStandard", sv, "ManagedElement", host);
        link("CIM_ReferencedProfile", "Antecedent", vs, "Dependent", sv);
        service = add(VIRT, List.of("Fake_VirtualSystemManagementService", "CIM_VirtualSystemManagementService"),
                Map.of("CreationClassName", "Fake_VirtualSystemManagementService", "Name", "vsms",
                        "SystemCreationClassName", "Fake_ComputerSystem", "SystemName", "host1"));
        link("CIM_HostedService", "Antecedent", host, "Dependent", service);
        Inst caps = add(VIRT, List.of("CIM_VirtualSystemManagementCapabilities"), Map.of("InstanceID", "Fake:vsmc"))
                .set("VirtualSystemTypesSupported", "string", List.of("DMTF:fake"))
                .set("SynchronousMethodsSupported", "uint16", List.of(2))
                .set("AsynchronousMethodsSupported", "uint16", List.of(3));
        link("CIM_ElementCapabilities", "ManagedElement", service, "Capabilities", caps);
        pool("Fake:pool/cpu", 3, true);
        pool("Fake:pool/cpu-child", 3, false);
        pool("Fake:pool/mem", 4, fault != Fault.NO_PRIMORDIAL_POOL);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cimom", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cimom";
    }

    /** How many virtual systems exist now (the suite must leave none behind). */
    synchronized long virtualSystems() {
        return instances.stream().filter(i -> i.isA("CIM_ComputerSystem") && i != host).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Inst profile(String id, String name) {
        return add(INTEROP, List.of("CIM_RegisteredProfile"), Map.of("InstanceID", id))
                .set("RegisteredOrganization", "uint16", 2).set("RegisteredName", "string", name)
                .set("RegisteredVersion", "string", "1.0.0").set("AdvertiseTypes", "uint16", List.of(2));
    }

    private void pool(String id, int type, boolean primordial) {
        Inst pool = add(VIRT, List.of("Fake_ResourcePool", "CIM_ResourcePool"), Map.of("InstanceID", id))
                .set("ResourceType", "uint16", type).set("Primordial", "boolean", primordial ? "TRUE" : "FALSE");
        link("CIM_HostedResourcePool", "GroupComponent", host, "PartComponent", pool);
    }

    private Inst add(String ns, List<String> classes, Map<String, String> keys) {
        Inst inst = new Inst(ns, classes, keys);
        instances.add(inst);
        return inst;
    }

    private void link(String assocClass, String leftRole, Inst left, String rightRole, Inst right) {
        links.add(new Link(assocClass, leftRole, left, rightRole, right, Map.of()));
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
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
            boolean extrinsic = call.group(1).equals("METHODCALL");
            String element = extrinsic ? "METHODRESPONSE" : "IMETHODRESPONSE";
            String inner = extrinsic ? method(operation, text) : intrinsic(operation, namespace(text), text);
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
        return switch (operation) {
            case "EnumerateInstances", "EnumerateInstanceNames" -> {
                String className = param(text, "ClassName", "<CLASSNAME NAME=\"([^\"]+)\"");
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (Inst i : instances) {
                    if (i.ns.equals(namespace) && i.isA(className)) {
                        out.append(operation.equals("EnumerateInstances")
                                ? "<VALUE.NAMEDINSTANCE>" + name(i) + instance(i) + "</VALUE.NAMEDINSTANCE>"
                                : name(i));
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            case "GetInstance" -> find(namespace, text, "InstanceName").map(i -> {
                if (i.isA("CIM_ConcreteJob")) {
                    // a job is seen running once, then completed
                    int reads = jobReads.merge(i, 1, Integer::sum);
                    i.set("JobState", "uint16", reads > 1 ? 7 : 4);
                }
                return "<IRETURNVALUE>" + instance(i) + "</IRETURNVALUE>";
            }).orElse(error(6));
            case "AssociatorNames" -> {
                Inst from = find(namespace, text, "ObjectName").orElse(null);
                if (from == null) {
                    yield error(6);
                }
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (Link[] pair : matching(from, text)) {
                    Link link = pair[0];
                    Inst other = link.left() == from ? link.right() : link.left();
                    String resultClass = param(text, "ResultClass", "<CLASSNAME NAME=\"([^\"]+)\"");
                    String resultRole = param(text, "ResultRole", "<VALUE>([^<]*)</VALUE>");
                    String otherRole = link.left() == from ? link.rightRole() : link.leftRole();
                    if (other.isA(resultClass) && (resultRole == null || resultRole.equalsIgnoreCase(otherRole))) {
                        out.append("<OBJECTPATH>").append(instancePath(other)).append("</OBJECTPATH>");
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            case "References" -> {
                Inst from = find(namespace, text, "ObjectName").orElse(null);
                if (from == null) {
                    yield error(6);
                }
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (Link[] pair : matching(from, text)) {
                    out.append(association(pair[0]));
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            default -> error(7);
        };
    }

    /** The links of {@code from} the request's AssocClass (or ResultClass for References) and Role select. */
    private List<Link[]> matching(Inst from, String text) {
        String assocClass = param(text, "AssocClass", "<CLASSNAME NAME=\"([^\"]+)\"");
        if (text.contains("NAME=\"References\"")) {
            assocClass = param(text, "ResultClass", "<CLASSNAME NAME=\"([^\"]+)\"");
        }
        String role = param(text, "Role", "<VALUE>([^<]*)</VALUE>");
        List<Link[]> out = new ArrayList<>();
        for (Link link : links) {
            if (assocClass != null && !assocClass.equalsIgnoreCase(link.assocClass())) {
                continue;
            }
            if (link.left() == from && (role == null || role.equalsIgnoreCase(link.leftRole()))
                    || link.right() == from && (role == null || role.equalsIgnoreCase(link.rightRole()))) {
                out.add(new Link[]{link});
            }
        }
        return out;
    }

    private String method(String operation, String text) {
        Matcher m = Pattern.compile("<LOCALINSTANCEPATH>(.*?)</LOCALINSTANCEPATH>", Pattern.DOTALL).matcher(text);
        Inst target = m.find() ? byName(namespace(m.group(1)), m.group(1)) : null;
        if (target == null) {
            return error(6);
        }
        if (target == service && operation.equals("DefineSystem")) {
            return define(text);
        }
        if (target == service && operation.equals("DestroySystem")) {
            Matcher ref = Pattern.compile("<PARAMVALUE[^>]* NAME=\"AffectedSystem\"[^>]*>(.*?)</PARAMVALUE>",
                    Pattern.DOTALL).matcher(text);
            Inst system = ref.find() ? byName(VIRT, ref.group(1)) : null;
            if (system == null || system == host) {
                return returnValue(fault == Fault.UNKNOWN_SYSTEM_DESTROYED ? 0 : 4);
            }
            if (fault != Fault.DESTROY_LEAVES_SYSTEM) {
                remove(system);
            }
            Inst job = add(VIRT, List.of("Fake_ConcreteJob", "CIM_ConcreteJob"),
                    Map.of("InstanceID", "Fake:job/" + system.keys.get("Name")));
            return returnValue(4096) + "<PARAMVALUE NAME=\"Job\" PARAMTYPE=\"reference\"><VALUE.REFERENCE>"
                    + instancePath(job) + "</VALUE.REFERENCE></PARAMVALUE>";
        }
        if (target.isA("CIM_ComputerSystem") && target != host && operation.equals("RequestStateChange")) {
            Matcher req = Pattern.compile("<PARAMVALUE[^>]* NAME=\"RequestedState\"[^>]*><VALUE>(\\d+)</VALUE>")
                    .matcher(text);
            if (!req.find()) {
                return returnValue(5);
            }
            int requested = Integer.parseInt(req.group(1));
            int current = Integer.parseInt(value(target, "EnabledState"));
            boolean allowed = ALLOWED.getOrDefault(current, Set.of()).contains(requested);
            if (!allowed && fault != Fault.ILLEGAL_TRANSITION_ACCEPTED) {
                return returnValue(4097);
            }
            if (!SUPPORTED_STATES.contains(requested) && fault != Fault.ILLEGAL_TRANSITION_ACCEPTED) {
                return returnValue(1);
            }
            int next = switch (requested) {
                case 4 -> 3;
                case 10, 11 -> 2;
                default -> requested;
            };
            target.set("EnabledState", "uint16", next).set("RequestedState", "uint16", requested);
            return returnValue(0);
        }
        return error(17);
    }

    private String define(String text) {
        String name = "vm-" + (++systems);
        Inst system = new Inst(VIRT, List.of("Fake_ComputerSystem", "CIM_ComputerSystem"),
                Map.of("CreationClassName", "Fake_ComputerSystem", "Name", name));
        String out = returnValue(0) + "<PARAMVALUE NAME=\"ResultingSystem\" PARAMTYPE=\"reference\"><VALUE.REFERENCE>"
                + instancePath(system) + "</VALUE.REFERENCE></PARAMVALUE>";
        if (fault == Fault.DEFINE_WITHOUT_SYSTEM) {
            return out;
        }
        Matcher settings = Pattern.compile("<PARAMVALUE[^>]* NAME=\"SystemSettings\"[^>]*>(.*?)</PARAMVALUE>",
                Pattern.DOTALL).matcher(text);
        String vssdText = settings.find() ? unescape(settings.group(1)) : "";
        String elementName = embedded(vssdText, "ElementName").orElse(name);
        String type = embedded(vssdText, "VirtualSystemType").orElse("DMTF:fake");
        instances.add(system);
        system.set("ElementName", "string", elementName).set("EnabledState", "uint16", 3)
                .set("RequestedState", "uint16", 12);
        link("CIM_HostedDependency", "Antecedent", host, "Dependent", system);
        Inst vssd = add(VIRT, List.of("Fake_VirtualSystemSettingData", "CIM_VirtualSystemSettingData"),
                Map.of("InstanceID", "Fake:" + name)).set("ElementName", "string", elementName)
                .set("VirtualSystemIdentifier", "string", name).set("VirtualSystemType", "string", type)
                .set("AutomaticStartupAction", "uint16", 2);
        link("CIM_SettingsDefineState", "ManagedElement", system, "SettingData", vssd);
        Map<String, String> settingProps = new LinkedHashMap<>();
        if (fault != Fault.IS_DEFAULT_MISSING) {
            settingProps.put("IsDefault", "1");
        }
        settingProps.put("IsCurrent", "1");
        links.add(new Link("CIM_ElementSettingData", "ManagedElement", system, "SettingData", vssd, settingProps));
        Matcher rasds = Pattern.compile("<PARAMVALUE[^>]* NAME=\"ResourceSettings\"[^>]*>(.*?)</PARAMVALUE>",
                Pattern.DOTALL).matcher(text);
        String rasdText = rasds.find() ? rasds.group(1) : "";
        Matcher each = Pattern.compile("<VALUE>(.*?)</VALUE>(?=<VALUE>|</VALUE.ARRAY>)", Pattern.DOTALL)
                .matcher(rasdText);
        int index = 0;
        while (each.find()) {
            String type0 = embedded(unescape(each.group(1)), "ResourceType").orElse("0");
            Inst rasd = add(VIRT, List.of("Fake_ResourceAllocationSettingData", "CIM_ResourceAllocationSettingData"),
                    Map.of("InstanceID", "Fake:" + name + "/" + (index++))).set("ResourceType", "uint16", type0);
            link("CIM_VirtualSystemSettingDataComponent", "GroupComponent", vssd, "PartComponent", rasd);
            if (type0.equals("3")) {
                Inst cpu = add(VIRT, List.of("Fake_Processor", "CIM_Processor", "CIM_LogicalDevice"),
                        Map.of("CreationClassName", "Fake_Processor", "DeviceID", name + "/cpu0",
                                "SystemCreationClassName", "Fake_ComputerSystem", "SystemName", name));
                link("CIM_SystemDevice", "GroupComponent", system, "PartComponent", cpu);
                if (fault != Fault.DEVICE_WITHOUT_SETTINGS) {
                    link("CIM_SettingsDefineState", "ManagedElement", cpu, "SettingData", rasd);
                }
            }
        }
        Inst caps = add(VIRT, List.of("CIM_EnabledLogicalElementCapabilities"),
                Map.of("InstanceID", "Fake:" + name + "/caps"))
                .set("RequestedStatesSupported", "uint16", SUPPORTED_STATES);
        link("CIM_ElementCapabilities", "ManagedElement", system, "Capabilities", caps);
        return out;
    }

    /** Removes a virtual system with everything linked to it that it scopes (not the host or the service). */
    private void remove(Inst system) {
        List<Inst> scoped = new ArrayList<>(List.of(system));
        for (int i = 0; i < scoped.size(); i++) {
            Inst current = scoped.get(i);
            for (Link link : links) {
                Inst other = link.left() == current ? link.right() : link.right() == current ? link.left() : null;
                if (other != null && other != host && !scoped.contains(other)) {
                    scoped.add(other);
                }
            }
        }
        links.removeIf(l -> scoped.contains(l.left()) || scoped.contains(l.right()));
        instances.removeAll(scoped);
    }

    private static Optional<String> embedded(String instance, String property) {
        Matcher m = Pattern.compile("<PROPERTY NAME=\"" + property + "\"[^>]*><VALUE>([^<]*)</VALUE>")
                .matcher(instance);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String value(Inst i, String property) {
        Matcher m = Pattern.compile("<VALUE>([^<]*)</VALUE>").matcher(i.props.getOrDefault(property, ""));
        return m.find() ? m.group(1) : "0";
    }

    private Optional<Inst> find(String namespace, String text, String param) {
        Matcher m = Pattern.compile("<IPARAMVALUE NAME=\"" + param + "\">(<INSTANCENAME.*?</INSTANCENAME>)",
                Pattern.DOTALL).matcher(text);
        return Optional.ofNullable(m.find() ? byName(namespace, m.group(1)) : null);
    }

    private Inst byName(String namespace, String instanceName) {
        Matcher c = Pattern.compile("<INSTANCENAME CLASSNAME=\"([^\"]+)\"").matcher(instanceName);
        String className = c.find() ? c.group(1) : "";
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher k = Pattern.compile("<KEYBINDING NAME=\"([^\"]+)\"><KEYVALUE[^>]*>([^<]*)</KEYVALUE>")
                .matcher(instanceName);
        while (k.find()) {
            keys.put(k.group(1), k.group(2));
        }
        return instances.stream().filter(i -> (namespace.isEmpty() || i.ns.equals(namespace)) && i.isA(className)
                && i.keys.equals(keys)).findFirst().orElse(null);
    }

    private static String namespace(String text) {
        Matcher path = Pattern.compile("<LOCALNAMESPACEPATH>(.*?)</LOCALNAMESPACEPATH>", Pattern.DOTALL)
                .matcher(text);
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
        Matcher m = Pattern.compile("<IPARAMVALUE NAME=\"" + name + "\">(.*?)</IPARAMVALUE>", Pattern.DOTALL)
                .matcher(text);
        if (!m.find()) {
            return null;
        }
        Matcher v = Pattern.compile(inner).matcher(m.group(1));
        return v.find() ? v.group(1) : null;
    }

    private static String name(Inst i) {
        StringBuilder out = new StringBuilder("<INSTANCENAME CLASSNAME=\"" + i.className() + "\">");
        i.keys.forEach((k, v) -> out.append("<KEYBINDING NAME=\"").append(k)
                .append("\"><KEYVALUE VALUETYPE=\"string\">").append(v).append("</KEYVALUE></KEYBINDING>"));
        return out.append("</INSTANCENAME>").toString();
    }

    private static String instance(Inst i) {
        StringBuilder out = new StringBuilder("<INSTANCE CLASSNAME=\"" + i.className() + "\">");
        i.keys.forEach((k, v) -> out.append("<PROPERTY NAME=\"").append(k).append("\" TYPE=\"string\"><VALUE>")
                .append(v).append("</VALUE></PROPERTY>"));
        i.props.values().forEach(out::append);
        return out.append("</INSTANCE>").toString();
    }

    private static String instancePath(Inst i) {
        StringBuilder ns = new StringBuilder();
        for (String segment : i.ns.split("/")) {
            ns.append("<NAMESPACE NAME=\"").append(segment).append("\"/>");
        }
        return "<INSTANCEPATH><NAMESPACEPATH><HOST>127.0.0.1</HOST><LOCALNAMESPACEPATH>" + ns
                + "</LOCALNAMESPACEPATH></NAMESPACEPATH>" + name(i) + "</INSTANCEPATH>";
    }

    private static String association(Link link) {
        String left = "<VALUE.REFERENCE>" + instancePath(link.left()) + "</VALUE.REFERENCE>";
        String right = "<VALUE.REFERENCE>" + instancePath(link.right()) + "</VALUE.REFERENCE>";
        StringBuilder out = new StringBuilder("<VALUE.OBJECTWITHPATH><INSTANCEPATH><NAMESPACEPATH><HOST>127.0.0.1"
                + "</HOST><LOCALNAMESPACEPATH>");
        for (String segment : link.left().ns.split("/")) {
            out.append("<NAMESPACE NAME=\"").append(segment).append("\"/>");
        }
        out.append("</LOCALNAMESPACEPATH></NAMESPACEPATH><INSTANCENAME CLASSNAME=\"").append(link.assocClass())
                .append("\"><KEYBINDING NAME=\"").append(link.leftRole()).append("\">").append(left)
                .append("</KEYBINDING><KEYBINDING NAME=\"").append(link.rightRole()).append("\">").append(right)
                .append("</KEYBINDING></INSTANCENAME></INSTANCEPATH><INSTANCE CLASSNAME=\"")
                .append(link.assocClass()).append("\"><PROPERTY.REFERENCE NAME=\"").append(link.leftRole())
                .append("\">").append(left).append("</PROPERTY.REFERENCE><PROPERTY.REFERENCE NAME=\"")
                .append(link.rightRole()).append("\">").append(right).append("</PROPERTY.REFERENCE>");
        link.props().forEach((k, v) -> out.append("<PROPERTY NAME=\"").append(k).append("\" TYPE=\"uint16\"><VALUE>")
                .append(v).append("</VALUE></PROPERTY>"));
        return out.append("</INSTANCE></VALUE.OBJECTWITHPATH>").toString();
    }

    private static String returnValue(long rc) {
        return "<RETURNVALUE PARAMTYPE=\"uint32\"><VALUE>" + rc + "</VALUE></RETURNVALUE>";
    }

    private static String error(int code) {
        return "<ERROR CODE=\"" + code + "\" DESCRIPTION=\"fake\"/>";
    }
}
