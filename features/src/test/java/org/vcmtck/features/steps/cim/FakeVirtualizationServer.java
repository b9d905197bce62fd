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
        DESTROY_LEAVES_SYSTEM, DEVICE_WITHOUT_SETTINGS, UNKNOWN_SYSTEM_DESTROYED,
        // configuration methods, DSP1057 status and the cross-profile walk (one rule each)
        ADD_REPORTS_UNCREATED_RASD, MODIFY_RESOURCE_IGNORED, RENAME_IGNORED, REMOVE_IGNORED, LONG_NAME_ACCEPTED,
        HEALTH_CONTRADICTS_STATUS, IDENTIFIERS_UNDESCRIBED, ASSOCIATED_PATH_UNREADABLE, ONE_WAY_ASSOCIATION,
        UNKNOWN_SOURCE_ANSWERED, SHALLOW_ENUMERATION,
        // DSP1043 allocation capabilities
        POOL_WITHOUT_ALLOCATION_CAPABILITIES, ALLOCATION_MINIMUM_ABOVE_MAXIMUM, OUT_OF_BOUNDS_ALLOCATION_ACCEPTED,
        // DSP1044/1045/1047/1050/1059 virtual devices
        PROCESSOR_MISSING, DEVICE_WITHOUT_POOL, NIC_WITHOUT_ADDRESS, POOL_ID_MISMATCH,
        // DSP1081 migration
        CHECK_CHANGES_STATE, MIGRATE_WITHOUT_MOVE, UNSUPPORTED_FORMAT_ACCEPTED, MIGRATION_STATUS_HIDDEN,
        // DSP1041 resource allocation
        RESERVED_ABOVE_CAPACITY, PRIMORDIAL_POOL_DELETED, RESERVATION_ABOVE_LIMIT_ACCEPTED,
        // DSP1097 virtual Ethernet switch
        SWITCH_EVB_MODE_RESERVED, SWITCH_DEFINE_IGNORED, SWITCH_PORT_WRONG_TYPE, NIC_CONNECTION_DROPPED }

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
        configurationExtras();
        migrationExtras();
        virtualDevices();
        allocationCapabilities();
        resourceAllocation();
        virtualEthernetSwitch();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cimom", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cimom";
    }

    /** How many virtual systems exist now (the suite must leave none behind). */
    synchronized long virtualSystems() {
        return instances.stream().filter(i -> i.isA("CIM_ComputerSystem") && i != host && i != secondHost
                && !switches.contains(i)).count();
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
                    if (i.ns.equals(namespace) && enumerated(i, className)) {
                        out.append(operation.equals("EnumerateInstances")
                                ? "<VALUE.NAMEDINSTANCE>" + name(i) + instance(i) + "</VALUE.NAMEDINSTANCE>"
                                : name(i));
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            case "GetClass" -> switchClass(text).orElseGet(() -> migrationClass(text));
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
                    yield unknownSource();
                }
                StringBuilder out = new StringBuilder("<IRETURNVALUE>");
                for (Link[] pair : matching(from, text)) {
                    Link link = pair[0];
                    Inst other = link.left() == from ? link.right() : link.left();
                    String resultClass = param(text, "ResultClass", "<CLASSNAME NAME=\"([^\"]+)\"");
                    String resultRole = param(text, "ResultRole", "<VALUE>([^<]*)</VALUE>");
                    String otherRole = link.left() == from ? link.rightRole() : link.leftRole();
                    if (other.isA(resultClass) && (resultRole == null || resultRole.equalsIgnoreCase(otherRole))
                            && !hiddenOneWay(from, other)) {
                        out.append("<OBJECTPATH>").append(associatedPath(other)).append("</OBJECTPATH>");
                    }
                }
                yield out.append("</IRETURNVALUE>").toString();
            }
            case "References" -> {
                Inst from = find(namespace, text, "ObjectName").orElse(null);
                if (from == null) {
                    yield unknownSource();
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
        String switchAnswer = switchMethod(target, operation, text);
        if (switchAnswer != null) {
            return switchAnswer;
        }
        if (migrationTargets.contains(target)) {
            return migration(target, operation, text);
        }
        if (target == service && CONFIGURATION_METHODS.contains(operation)) {
            return configure(operation, text);
        }
        if (target.isA(POOL_SERVICE)) {
            return poolConfiguration(operation, text);
        }
        if (target == service && operation.equals("DefineSystem") && reservationOutOfBounds(text)) {
            return returnValue(4);
        }
        if (target == service && operation.equals("DefineSystem") && allocationOutOfBounds(text)) {
            return returnValue(4);
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
            Inst rasd = add(VIRT, rasdClasses(type0),
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
            devices(system, name, rasd, type0, unescape(each.group(1)));
            allocated(rasd, type0, unescape(each.group(1)));
        }
        Inst caps = add(VIRT, List.of("CIM_EnabledLogicalElementCapabilities"),
                Map.of("InstanceID", "Fake:" + name + "/caps"))
                .set("RequestedStatesSupported", "uint16", SUPPORTED_STATES);
        link("CIM_ElementCapabilities", "ManagedElement", system, "Capabilities", caps);
        describeSystem(system, caps);
        return out;
    }

    // ------------------------------------------------------------------ DSP1043 allocation capabilities

    /** ResourceType → {Default, Minimum, Maximum, Increment} every pool of that type publishes and enforces. */
    private final Map<Integer, long[]> allocationBounds = new LinkedHashMap<>();

    /** Per pool an AllocationCapabilities with its four capability RASDs, and the profile registration. */
    private void allocationCapabilities() {
        allocationBounds.put(3, new long[]{1, 1, 8, 1});
        allocationBounds.put(4, new long[]{1024, fault == Fault.ALLOCATION_MINIMUM_ABOVE_MAXIMUM ? 8192 : 256, 4096,
                256});
        Inst profile = profile("p-43", "Allocation Capabilities");
        List<Inst> pools = instances.stream().filter(i -> i.isA("CIM_ResourcePool")).toList();
        for (Inst pool : pools) {
            if (fault == Fault.POOL_WITHOUT_ALLOCATION_CAPABILITIES && pool.keys.get("InstanceID").endsWith("child")) {
                continue;
            }
            String id = pool.keys.get("InstanceID");
            int type = Integer.parseInt(value(pool, "ResourceType"));
            Inst ac = add(VIRT, List.of("CIM_AllocationCapabilities"), Map.of("InstanceID", id + "/ac"))
                    .set("ElementName", "string", "capabilities of " + id).set("ResourceType", "uint16", type)
                    .set("RequestTypesSupported", "uint16", 3).set("SharingMode", "uint16", 2)
                    .set("SupportedAddStates", "uint16", List.of(3)).set("SupportedRemoveStates", "uint16", List.of(3));
            link("CIM_ElementCapabilities", "ManagedElement", pool, "Capabilities", ac);
            link("CIM_ElementConformsToProfile", "ConformantStandard", profile, "ManagedElement", ac);
            // a device pool (NICs, say) grants one device per request
            long[] bounds = allocationBounds.getOrDefault(type, new long[]{1, 1, 1, 1});
            String[] roles = {"Default", "Minimum", "Maximum", "Increment"};
            String[][] valueRoles = {{"0", "0"}, {"3", "1"}, {"3", "2"}, {"3", "3"}};
            for (int r = 0; r < roles.length; r++) {
                Inst rasd = add(VIRT, List.of("CIM_ResourceAllocationSettingData"),
                        Map.of("InstanceID", id + "/" + roles[r])).set("ResourceType", "uint16", type)
                        .set("AllocationUnits", "string", type == 4 ? "byte*2^20" : "count")
                        .set("VirtualQuantity", "uint64", bounds[r]);
                links.add(new Link("CIM_SettingsDefineCapabilities", "GroupComponent", ac, "PartComponent", rasd,
                        Map.of("PropertyPolicy", "0", "ValueRole", valueRoles[r][0], "ValueRange", valueRoles[r][1])));
                if (r == 0 && type == 4) {
                    // the service-level default memory setting (AC-008)
                    Inst vsmc = instances.stream().filter(i -> i.isA("CIM_VirtualSystemManagementCapabilities"))
                            .findFirst().orElseThrow();
                    links.add(new Link("CIM_SettingsDefineCapabilities", "GroupComponent", vsmc, "PartComponent",
                            rasd, Map.of("PropertyPolicy", "0", "ValueRole", "0", "ValueRange", "0")));
                }
            }
        }
    }

    /** Whether a DefineSystem asks for a quantity outside the published bounds (what the fault lets through). */
    private boolean allocationOutOfBounds(String text) {
        if (fault == Fault.OUT_OF_BOUNDS_ALLOCATION_ACCEPTED) {
            return false;
        }
        Matcher rasds = Pattern.compile("<PARAMVALUE[^>]* NAME=\"ResourceSettings\"[^>]*>(.*?)</PARAMVALUE>",
                Pattern.DOTALL).matcher(text);
        Matcher each = Pattern.compile("<VALUE>(.*?)</VALUE>(?=<VALUE>|</VALUE.ARRAY>)", Pattern.DOTALL)
                .matcher(rasds.find() ? rasds.group(1) : "");
        while (each.find()) {
            String rasd = unescape(each.group(1));
            long[] bounds = allocationBounds.get(Integer.parseInt(embedded(rasd, "ResourceType").orElse("0")));
            Optional<String> quantity = embedded(rasd, "VirtualQuantity");
            if (bounds != null && quantity.isPresent()) {
                long q = Long.parseLong(quantity.get());
                if (q < bounds[1] || q > bounds[2] || (q - bounds[1]) % bounds[3] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ DSP1044/1045/1047/1050/1059 devices

    /** ResourceType → the pool its allocations draw from (by PoolID). */
    private final Map<Integer, Inst> devicePools = new LinkedHashMap<>();
    private int macs;

    /** The five device profiles (central instances: the pools of their type), a pool per further type, PoolIDs. */
    private void virtualDevices() {
        pool("Fake:pool/net", 10, true);
        pool("Fake:pool/disk", 17, true);
        pool("Fake:pool/ide", 5, true);
        for (Inst pool : instances.stream().filter(i -> i.isA("CIM_ResourcePool")).toList()) {
            pool.set("PoolID", "string", pool.keys.get("InstanceID"));
            if (!pool.keys.get("InstanceID").endsWith("child")) {
                devicePools.put(Integer.parseInt(value(pool, "ResourceType")), pool);
            }
        }
        String[][] profiles = {{"p-44", "Processor Device Resource Virtualization", "3"},
            {"p-45", "Memory Resource Virtualization", "4"}, {"p-47", "Storage Resource Virtualization", "17"},
            {"p-50", "Ethernet Port Resource Virtualization", "10"},
            {"p-59", "Generic Device Resource Virtualization", "5"}};
        for (String[] p : profiles) {
            Inst profile = profile(p[0], p[1]);
            Inst pool = devicePools.get(Integer.parseInt(p[2]));
            if (pool != null) {
                link("CIM_ElementConformsToProfile", "ConformantStandard", profile, "ManagedElement", pool);
            }
        }
    }

    /** Completes a defined RASD (quantity, pool, MAC) and adds its devices with their three links. */
    private void devices(Inst system, String name, Inst rasd, String type, String embeddedRasd) {
        int resourceType = Integer.parseInt(type);
        Inst pool = devicePools.get(resourceType);
        if (pool == null) {
            return;
        }
        long quantity = Long.parseLong(embedded(embeddedRasd, "VirtualQuantity").orElse("1"));
        rasd.set("VirtualQuantity", "uint64", quantity);
        embedded(embeddedRasd, "AllocationUnits").ifPresent(u -> rasd.set("AllocationUnits", "string", u));
        boolean wrongPool = fault == Fault.POOL_ID_MISMATCH && resourceType == 4;
        rasd.set("PoolID", "string", wrongPool ? "Fake:pool/elsewhere" : pool.keys.get("InstanceID"));
        String mac = String.format("02:00:00:00:%02X:%02X", ++macs / 256, macs % 256);
        if (resourceType == 10 && fault != Fault.NIC_WITHOUT_ADDRESS) {
            rasd.set("Address", "string", mac);
        }
        List<Inst> made = new ArrayList<>();
        switch (resourceType) {
            case 3 -> {
                // the first processor is made by define(); the others here
                links.stream().filter(l -> l.assocClass().equals("CIM_SystemDevice") && l.left() == system
                        && l.right().isA("CIM_Processor")).forEach(l -> made.add(l.right()));
                long more = fault == Fault.PROCESSOR_MISSING ? 0 : quantity - 1;
                for (int i = 1; i <= more; i++) {
                    made.add(device(system, name, rasd, List.of("Fake_Processor", "CIM_Processor",
                            "CIM_LogicalDevice"), name + "/cpu" + i));
                }
            }
            case 4 -> made.add(device(system, name, rasd, List.of("Fake_Memory", "CIM_Memory", "CIM_StorageExtent",
                    "CIM_LogicalDevice"), name + "/mem").set("BlockSize", "uint64", 1)
                    .set("NumberOfBlocks", "uint64", quantity << 20));
            case 17 -> made.add(device(system, name, rasd, List.of("Fake_LogicalDisk", "CIM_LogicalDisk",
                    "CIM_StorageExtent", "CIM_LogicalDevice"), name + "/disk" + rasd.keys.get("InstanceID").hashCode())
                    .set("BlockSize", "uint64", 512).set("NumberOfBlocks", "uint64", (quantity << 20) / 512));
            case 10 -> made.add(device(system, name, rasd, List.of("Fake_EthernetPort", "CIM_EthernetPort",
                    "CIM_NetworkPort", "CIM_LogicalPort", "CIM_LogicalDevice"), name + "/nic" + macs)
                    .set("PermanentAddress", "string", mac.replace(":", "")));
            case 5 -> made.add(device(system, name, rasd, List.of("Fake_IDEController", "CIM_IDEController",
                    "CIM_Controller", "CIM_LogicalDevice"), name + "/ide"));
            default -> { }
        }
        boolean allocatedFromPool = fault != Fault.DEVICE_WITHOUT_POOL;
        for (Inst device : made) {
            if (allocatedFromPool || resourceType != 4) {
                link("CIM_ElementAllocatedFromPool", "Antecedent", pool, "Dependent", device);
            }
        }
    }

    private Inst device(Inst system, String name, Inst rasd, List<String> classes, String deviceId) {
        Inst device = add(VIRT, classes, Map.of("CreationClassName", classes.get(0), "DeviceID", deviceId,
                "SystemCreationClassName", "Fake_ComputerSystem", "SystemName", name));
        link("CIM_SystemDevice", "GroupComponent", system, "PartComponent", device);
        link("CIM_SettingsDefineState", "ManagedElement", device, "SettingData", rasd);
        return device;
    }

    /** Removes a virtual system with everything linked to it that it scopes (not the host or the service). */
    private void remove(Inst system) {
        List<Inst> scoped = new ArrayList<>(List.of(system));
        for (int i = 0; i < scoped.size(); i++) {
            Inst current = scoped.get(i);
            for (Link link : links) {
                Inst other = link.left() == current ? link.right() : link.right() == current ? link.left() : null;
                if (other != null && other != host && other != secondHost && !other.isA("CIM_ResourcePool")
                        && !scoped.contains(other)) {
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

    // ------------------------------------------------------------------ configuration methods, status, walk

    private static final Set<String> CONFIGURATION_METHODS = Set.of("AddResourceSettings", "ModifyResourceSettings",
            "ModifySystemSettings", "RemoveResourceSettings");
    private static final int MAX_ELEMENT_NAME_LEN = 64;
    private int addedSettings;

    /** An Ethernet pool for AddResourceSettings, and capabilities listing the configuration methods. */
    private void configurationExtras() {
        pool("Fake:pool/nic", 10, true);
        instances.stream().filter(i -> i.isA("CIM_VirtualSystemManagementCapabilities")).forEach(caps ->
                caps.set("SynchronousMethodsSupported", "uint16", List.of(2, 5, 6, 7, 10)));
    }

    /** Health, extra identifiers and the name limits of a newly defined system. */
    private void describeSystem(Inst system, Inst caps) {
        boolean contradiction = fault == Fault.HEALTH_CONTRADICTS_STATUS;
        system.set("OperationalStatus", "uint16", List.of(contradiction ? 6 : 2))
                .set("HealthState", "uint16", 5)
                .set("OtherIdentifyingInfo", "string", List.of("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0",
                        system.keys.get("Name")))
                .set("IdentifyingDescriptions", "string", fault == Fault.IDENTIFIERS_UNDESCRIBED ? List.of("UUID")
                        : List.of("UUID", "fake id"));
        caps.set("ElementNameEditSupported", "boolean", "TRUE")
                .set("MaxElementNameLen", "uint16", fault == Fault.LONG_NAME_ACCEPTED ? 16 : MAX_ELEMENT_NAME_LEN);
    }

    private String configure(String operation, String text) {
        return switch (operation) {
            case "AddResourceSettings" -> {
                Inst vssd = byName(VIRT, parameter(text, "AffectedConfiguration"));
                if (vssd == null || !vssd.isA("CIM_VirtualSystemSettingData")) {
                    yield returnValue(4);
                }
                StringBuilder refs = new StringBuilder();
                Matcher each = Pattern.compile("<VALUE>(.*?)</VALUE>(?=<VALUE>|</VALUE.ARRAY>)", Pattern.DOTALL)
                        .matcher(parameter(text, "ResourceSettings"));
                while (each.find()) {
                    String type = embedded(unescape(each.group(1)), "ResourceType").orElse("0");
                    Inst rasd = new Inst(VIRT, List.of("Fake_ResourceAllocationSettingData",
                            "CIM_ResourceAllocationSettingData"), Map.of("InstanceID", vssd.keys.get("InstanceID")
                            + "/added" + (++addedSettings))).set("ResourceType", "uint16", type);
                    if (fault != Fault.ADD_REPORTS_UNCREATED_RASD) {
                        instances.add(rasd);
                        link("CIM_VirtualSystemSettingDataComponent", "GroupComponent", vssd, "PartComponent", rasd);
                    }
                    refs.append("<VALUE.REFERENCE>").append(instancePath(rasd)).append("</VALUE.REFERENCE>");
                }
                yield returnValue(0) + "<PARAMVALUE NAME=\"ResultingResourceSettings\" PARAMTYPE=\"reference\">"
                        + "<VALUE.REFARRAY>" + refs + "</VALUE.REFARRAY></PARAMVALUE>";
            }
            case "RemoveResourceSettings" -> {
                List<Inst> targets = new ArrayList<>();
                Matcher each = Pattern.compile("<INSTANCENAME.*?</INSTANCENAME>", Pattern.DOTALL)
                        .matcher(parameter(text, "ResourceSettings"));
                while (each.find()) {
                    Inst rasd = byName(VIRT, each.group());
                    if (rasd == null || !rasd.isA("CIM_ResourceAllocationSettingData")) {
                        yield returnValue(4);
                    }
                    targets.add(rasd);
                }
                if (targets.isEmpty()) {
                    yield returnValue(4);
                }
                if (fault != Fault.REMOVE_IGNORED) {
                    links.removeIf(l -> targets.contains(l.left()) || targets.contains(l.right()));
                    instances.removeAll(targets);
                }
                yield returnValue(0);
            }
            case "ModifyResourceSettings" -> {
                String rasdText = unescape(parameter(text, "ResourceSettings"));
                Inst rasd = settingNamed(embedded(rasdText, "InstanceID").orElse(""),
                        "CIM_ResourceAllocationSettingData");
                if (rasd == null) {
                    yield returnValue(4);
                }
                Optional<String> quantity = embedded(rasdText, "VirtualQuantity");
                if (quantity.isPresent() && fault != Fault.MODIFY_RESOURCE_IGNORED) {
                    rasd.set("VirtualQuantity", "uint64", quantity.get());
                }
                yield returnValue(0);
            }
            default -> {
                String vssdText = unescape(parameter(text, "SystemSettings"));
                Inst vssd = settingNamed(embedded(vssdText, "InstanceID").orElse(""),
                        "CIM_VirtualSystemSettingData");
                Optional<String> name = embedded(vssdText, "ElementName");
                if (vssd == null || name.isPresent() && name.get().length() > MAX_ELEMENT_NAME_LEN) {
                    yield returnValue(4);
                }
                if (name.isPresent() && fault != Fault.RENAME_IGNORED) {
                    vssd.set("ElementName", "string", name.get());
                    links.stream().filter(l -> l.assocClass().equals("CIM_SettingsDefineState") && l.right() == vssd)
                            .forEach(l -> l.left().set("ElementName", "string", name.get()));
                }
                yield returnValue(0);
            }
        };
    }

    private Inst settingNamed(String instanceId, String cls) {
        return instances.stream().filter(i -> i.isA(cls) && instanceId.equals(i.keys.get("InstanceID"))).findFirst()
                .orElse(null);
    }

    private static String parameter(String text, String name) {
        Matcher m = Pattern.compile("<PARAMVALUE[^>]* NAME=\"" + name + "\"[^>]*>(.*?)</PARAMVALUE>", Pattern.DOTALL)
                .matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** Deep enumeration, or (fault) only instances of exactly the class named. */
    private boolean enumerated(Inst i, String className) {
        return fault == Fault.SHALLOW_ENUMERATION && className != null ? i.className().equalsIgnoreCase(className)
                : i.isA(className);
    }

    /** An association source that names nothing: CIM_ERR_NOT_FOUND, or (fault) an empty result. */
    private String unknownSource() {
        return fault == Fault.UNKNOWN_SOURCE_ANSWERED ? "<IRETURNVALUE></IRETURNVALUE>" : error(6);
    }

    /** (fault) a pool does not lead back to the host that hosts it. */
    private boolean hiddenOneWay(Inst from, Inst other) {
        return fault == Fault.ONE_WAY_ASSOCIATION && other == host && from.isA("CIM_ResourcePool");
    }

    /** The path of an associated instance, or (fault) a pool's path with a key GetInstance does not know. */
    private String associatedPath(Inst other) {
        if (fault == Fault.ASSOCIATED_PATH_UNREADABLE && other.isA("CIM_ResourcePool")) {
            Inst stale = new Inst(other.ns, other.classes, Map.of("InstanceID", other.keys.get("InstanceID") + "-old"));
            return instancePath(stale);
        }
        return instancePath(other);
    }

    // ------------------------------------------------------------------ DSP1081 migration

    private final List<Inst> migrationTargets = new ArrayList<>();
    private Inst secondHost;
    private Inst secondService;
    private int migrationJobs;

    /**
     * A second host of the System Virtualization registration (with a management service that can destroy what
     * was moved to it), and on both hosts a migration service with capabilities, registered as "Virtual System
     * Migration". Migrations are asynchronous (a job seen running once), checks synchronous; DNS names only.
     */
    private void migrationExtras() {
        Inst sv = instances.stream().filter(i -> i.isA("CIM_RegisteredProfile")
                && i.props.getOrDefault("RegisteredName", "").contains(">System Virtualization<")).findFirst()
                .orElseThrow();
        Inst migration = profile("p-1081", "Virtual System Migration");
        link("CIM_ReferencedProfile", "Antecedent", migration, "Dependent", sv);
        secondHost = add(VIRT, List.of("Fake_ComputerSystem", "CIM_ComputerSystem"),
                Map.of("CreationClassName", "Fake_ComputerSystem", "Name", "host2"))
                .set("ElementName", "string", "fakehost2").set("EnabledState", "uint16", 2);
        link("CIM_ElementConformsToProfile", "ConformantStandard", sv, "ManagedElement", secondHost);
        secondService = add(VIRT, List.of("Fake_VirtualSystemManagementService",
                "CIM_VirtualSystemManagementService"), Map.of("CreationClassName",
                "Fake_VirtualSystemManagementService", "Name", "vsms", "SystemCreationClassName",
                "Fake_ComputerSystem", "SystemName", "host2"));
        link("CIM_HostedService", "Antecedent", secondHost, "Dependent", secondService);
        migrationTargets.add(secondService);
        for (Inst h : List.of(host, secondHost)) {
            String name = h.keys.get("Name");
            Inst service = add(VIRT, List.of("Fake_VirtualSystemMigrationService", "CIM_VirtualSystemMigrationService"),
                    Map.of("CreationClassName", "Fake_VirtualSystemMigrationService", "Name", "migration",
                            "SystemCreationClassName", "Fake_ComputerSystem", "SystemName", name));
            link("CIM_HostedService", "Antecedent", h, "Dependent", service);
            link("CIM_ElementConformsToProfile", "ConformantStandard", migration, "ManagedElement", service);
            Inst caps = add(VIRT, List.of("CIM_VirtualSystemMigrationCapabilities"),
                    Map.of("InstanceID", "Fake:migration/" + name))
                    .set("SynchronousMethodsSupported", "uint16", List.of(4, 5))
                    .set("AsynchronousMethodsSupported", "uint16", List.of(2, 3))
                    .set("DestinationHostFormatsSupported", "uint16", List.of(2));
            link("CIM_ElementCapabilities", "ManagedElement", service, "Capabilities", caps);
            migrationTargets.add(service);
        }
    }

    private String migration(Inst target, String operation, String text) {
        Inst system = byName(VIRT, parameter(text, operation.equals("DestroySystem") ? "AffectedSystem"
                : "ComputerSystem"));
        if (system == null || system == host || system == secondHost) {
            return returnValue(4);
        }
        if (target == secondService) {
            if (!operation.equals("DestroySystem")) {
                return error(17);
            }
            remove(system);
            return returnValue(0);
        }
        Inst destination;
        if (operation.endsWith("ToSystem")) {
            destination = byName(VIRT, parameter(text, "DestinationSystem"));
        } else {
            String name = parameter(text, "DestinationHost").replaceAll("</?VALUE>", "");
            boolean dnsName = name.matches("[A-Za-z0-9.-]+") && !name.matches("[0-9.]+");
            if (!dnsName && fault != Fault.UNSUPPORTED_FORMAT_ACCEPTED) {
                return returnValue(4);
            }
            destination = instances.stream().filter(i -> (i == host || i == secondHost)
                    && i.keys.get("Name").equals(name)).findFirst().orElse(dnsName ? null : secondHost);
        }
        if (destination != host && destination != secondHost) {
            return returnValue(4);
        }
        if (operation.startsWith("Check")) {
            if (fault == Fault.CHECK_CHANGES_STATE) {
                moveHosting(system, destination);
            }
            return returnValue(0) + "<PARAMVALUE NAME=\"IsMigratable\" PARAMTYPE=\"boolean\"><VALUE>TRUE</VALUE>"
                    + "</PARAMVALUE>";
        }
        if (fault == Fault.MIGRATE_WITHOUT_MOVE) {
            return returnValue(0);
        }
        moveHosting(system, destination);
        if (fault != Fault.MIGRATION_STATUS_HIDDEN) {
            system.set("OperatingStatus", "uint16", 9);
        }
        Inst job = add(VIRT, List.of("Fake_ConcreteJob", "CIM_ConcreteJob"),
                Map.of("InstanceID", "Fake:migration-job/" + (++migrationJobs)));
        return returnValue(4096) + "<PARAMVALUE NAME=\"Job\" PARAMTYPE=\"reference\"><VALUE.REFERENCE>"
                + instancePath(job) + "</VALUE.REFERENCE></PARAMVALUE>";
    }

    private void moveHosting(Inst system, Inst destination) {
        links.removeIf(l -> l.assocClass().equals("CIM_HostedDependency") && l.right() == system);
        link("CIM_HostedDependency", "Antecedent", destination, "Dependent", system);
    }

    /** GetClass: only the migration service class, with the DSP1081 method signatures. */
    private String migrationClass(String text) {
        String className = param(text, "ClassName", "<CLASSNAME NAME=\"([^\"]+)\"");
        if (!"CIM_VirtualSystemMigrationService".equalsIgnoreCase(className)) {
            return error(6);
        }
        StringBuilder out = new StringBuilder("<IRETURNVALUE><CLASS NAME=\"CIM_VirtualSystemMigrationService\""
                + " SUPERCLASS=\"CIM_Service\">");
        for (String method : List.of("MigrateVirtualSystemToHost", "MigrateVirtualSystemToSystem",
                "CheckVirtualSystemIsMigratableToHost", "CheckVirtualSystemIsMigratableToSystem")) {
            out.append("<METHOD NAME=\"").append(method).append("\" TYPE=\"uint32\">")
                    .append(referenceParameter("ComputerSystem", "CIM_ComputerSystem", false));
            out.append(method.endsWith("ToHost") ? "<PARAMETER NAME=\"DestinationHost\" TYPE=\"string\"/>"
                    : referenceParameter("DestinationSystem", "CIM_System", false));
            out.append("<PARAMETER NAME=\"MigrationSettingData\" TYPE=\"string\"/>")
                    .append("<PARAMETER NAME=\"NewSystemSettingData\" TYPE=\"string\"/>")
                    .append("<PARAMETER.ARRAY NAME=\"NewResourceSettingData\" TYPE=\"string\"/>");
            out.append(method.startsWith("Migrate") ? referenceParameter("Job", "CIM_ConcreteJob", true)
                    : "<PARAMETER NAME=\"IsMigratable\" TYPE=\"boolean\">" + OUT_QUALIFIER + "</PARAMETER>");
            out.append("</METHOD>");
        }
        return out.append("</CLASS></IRETURNVALUE>").toString();
    }

    private static final String OUT_QUALIFIER = "<QUALIFIER NAME=\"Out\" TYPE=\"boolean\"><VALUE>TRUE</VALUE>"
            + "</QUALIFIER>";

    private static String referenceParameter(String name, String referenceClass, boolean out) {
        return "<PARAMETER.REFERENCE NAME=\"" + name + "\" REFERENCECLASS=\"" + referenceClass + "\">"
                + (out ? OUT_QUALIFIER : "") + "</PARAMETER.REFERENCE>";
    }

    // ------------------------------------------------------------------ DSP1041 resource allocation

    private static final String POOL_SERVICE = "CIM_ResourcePoolConfigurationService";
    private static final long POOL_CAPACITY_MIB = 65_536;
    private int childPools;

    /** How many child pools the suite created and has not deleted. */
    synchronized long childPoolsLeft() {
        return instances.stream().filter(i -> i.isA("CIM_ResourcePool")
                && i.keys.get("InstanceID").startsWith("Fake:pool/child-")).count();
    }

    /** The registration (central: every pool), pool accounting and the host's pool configuration service. */
    private void resourceAllocation() {
        Inst profile = profile("p-41", "Resource Allocation");
        for (Inst pool : instances.stream().filter(i -> i.isA("CIM_ResourcePool")).toList()) {
            boolean memory = value(pool, "ResourceType").equals("4");
            long capacity = memory ? POOL_CAPACITY_MIB : 64;
            boolean overbooked = fault == Fault.RESERVED_ABOVE_CAPACITY && pool.keys.get("InstanceID").endsWith("cpu");
            pool.set("PoolID", "string", pool.keys.get("InstanceID"))
                    .set("AllocationUnits", "string", memory ? "byte*2^20" : "count")
                    .set("Capacity", "uint64", capacity).set("Reserved", "uint64", overbooked ? capacity + 1 : 0)
                    .set("ConsumedResourceUnits", "string", memory ? "byte*2^20" : "count")
                    .set("CurrentlyConsumedResource", "uint64", 0).set("MaxConsumableResource", "uint64", capacity);
            link("CIM_ElementConformsToProfile", "ConformantStandard", profile, "ManagedElement", pool);
        }
        Inst poolService = add(VIRT, List.of("Fake_ResourcePoolConfigurationService", POOL_SERVICE),
                Map.of("CreationClassName", "Fake_ResourcePoolConfigurationService", "Name", "rpcs",
                        "SystemCreationClassName", "Fake_ComputerSystem", "SystemName", "host1"));
        link("CIM_HostedService", "Antecedent", host, "Dependent", poolService);
    }

    /** Processor settings are CIM_ProcessorAllocationSettingData; everything else a plain RASD. */
    private static List<String> rasdClasses(String resourceType) {
        return resourceType.equals("3")
                ? List.of("Fake_ProcessorAllocationSettingData", "CIM_ProcessorAllocationSettingData",
                        "CIM_ResourceAllocationSettingData")
                : List.of("Fake_ResourceAllocationSettingData", "CIM_ResourceAllocationSettingData");
    }

    /** Completes a defined RASD (visibility, reservation, host resource, architecture) and books it in its pool. */
    private void allocated(Inst rasd, String type, String embeddedRasd) {
        embedded(embeddedRasd, "PoolID").filter(id -> poolById(id) != null)
                .ifPresent(id -> rasd.set("PoolID", "string", id));
        long quantity = Long.parseLong(embedded(embeddedRasd, "VirtualQuantity").orElse("1"));
        rasd.set("ConsumerVisibility", "uint16", 3).set("Reservation", "uint64", quantity)
                .set("Limit", "uint64", quantity);
        Matcher host = Pattern.compile("<PROPERTY.ARRAY NAME=\"HostResource\"[^>]*>.*?<VALUE>([^<]*)</VALUE>",
                Pattern.DOTALL).matcher(embeddedRasd);
        if (host.find()) {
            rasd.set("HostResource", "string", List.of(host.group(1)));
        }
        if (type.equals("3")) {
            rasd.set("ProcessorArchitecture", "string", "DMTF:x86").set("InstructionSet", "string", "DMTF:x86:64");
        }
        Inst pool = poolById(value(rasd, "PoolID"));
        if (pool != null && type.equals("4")) {
            pool.set("Reserved", "uint64", Long.parseLong(value(pool, "Reserved")) + quantity)
                    .set("CurrentlyConsumedResource", "uint64",
                            Long.parseLong(value(pool, "CurrentlyConsumedResource")) + quantity);
        }
    }

    private Inst poolById(String poolId) {
        return instances.stream().filter(i -> i.isA("CIM_ResourcePool") && poolId.equals(value(i, "PoolID"))
                && i.props.containsKey("PoolID")).findFirst().orElse(null);
    }

    /** RA-012: a Reservation above the Limit or the VirtualQuantity (unless the fault lets it through). */
    private boolean reservationOutOfBounds(String text) {
        if (fault == Fault.RESERVATION_ABOVE_LIMIT_ACCEPTED) {
            return false;
        }
        Matcher each = Pattern.compile("<VALUE>(.*?)</VALUE>(?=<VALUE>|</VALUE.ARRAY>)", Pattern.DOTALL)
                .matcher(paramValue(text, "ResourceSettings"));
        while (each.find()) {
            String rasd = unescape(each.group(1));
            Optional<Long> reservation = embedded(rasd, "Reservation").map(Long::parseLong);
            if (reservation.isEmpty()) {
                continue;
            }
            long limit = embedded(rasd, "Limit").map(Long::parseLong).orElse(Long.MAX_VALUE);
            long quantity = embedded(rasd, "VirtualQuantity").map(Long::parseLong).orElse(Long.MAX_VALUE);
            if (reservation.get() > limit || reservation.get() > quantity) {
                return true;
            }
        }
        return false;
    }

    /** CreateChildResourcePool (memory only, capacity = the setting's VirtualQuantity) and DeleteResourcePool. */
    private String poolConfiguration(String operation, String text) {
        if (operation.equals("CreateChildResourcePool")) {
            Matcher parentRef = Pattern.compile("<VALUE.REFERENCE>(.*?)</VALUE.REFERENCE>", Pattern.DOTALL)
                    .matcher(paramValue(text, "ParentPool"));
            Inst parent = parentRef.find() ? byName(VIRT, parentRef.group(1)) : null;
            Matcher setting = Pattern.compile("<VALUE>(.*?)</VALUE>", Pattern.DOTALL)
                    .matcher(paramValue(text, "Settings"));
            Optional<String> quantity = setting.find() ? embedded(unescape(setting.group(1)), "VirtualQuantity")
                    : Optional.empty();
            if (parent == null || quantity.isEmpty() || !value(parent, "ResourceType").equals("4")) {
                return returnValue(5);
            }
            String id = "Fake:pool/child-" + (++childPools);
            Inst child = add(VIRT, List.of("Fake_ResourcePool", "CIM_ResourcePool"), Map.of("InstanceID", id))
                    .set("ResourceType", "uint16", 4).set("Primordial", "boolean", "FALSE").set("PoolID", "string", id)
                    .set("AllocationUnits", "string", "byte*2^20").set("Capacity", "uint64", quantity.get())
                    .set("Reserved", "uint64", 0).set("CurrentlyConsumedResource", "uint64", 0);
            link("CIM_HostedResourcePool", "GroupComponent", host, "PartComponent", child);
            return returnValue(0) + "<PARAMVALUE NAME=\"Pool\" PARAMTYPE=\"reference\"><VALUE.REFERENCE>"
                    + instancePath(child) + "</VALUE.REFERENCE></PARAMVALUE>";
        }
        if (operation.equals("DeleteResourcePool")) {
            Matcher ref = Pattern.compile("<VALUE.REFERENCE>(.*?)</VALUE.REFERENCE>", Pattern.DOTALL)
                    .matcher(paramValue(text, "Pool"));
            Inst pool = ref.find() ? byName(VIRT, ref.group(1)) : null;
            if (pool == null || !pool.isA("CIM_ResourcePool")) {
                return returnValue(5);
            }
            if (value(pool, "Primordial").equals("TRUE") && fault != Fault.PRIMORDIAL_POOL_DELETED) {
                return returnValue(4);
            }
            String poolId = value(pool, "PoolID");
            boolean inUse = instances.stream().anyMatch(i -> i.isA("CIM_ResourceAllocationSettingData")
                    && i.props.containsKey("PoolID") && poolId.equals(value(i, "PoolID")));
            if (inUse) {
                return returnValue(6);
            }
            links.removeIf(l -> l.left() == pool || l.right() == pool);
            instances.remove(pool);
            return returnValue(0);
        }
        return error(17);
    }

    private static String paramValue(String text, String name) {
        Matcher m = Pattern.compile("<PARAMVALUE[^>]* NAME=\"" + name + "\"[^>]*>(.*?)</PARAMVALUE>", Pattern.DOTALL)
                .matcher(text);
        return m.find() ? m.group(1) : "";
    }

    // ------------------------------------------------------------------ DSP1097 virtual Ethernet switch

    private static final String SWITCH_SETTINGS = "CIM_VirtualEthernetSwitchSettingData";
    private static final String SWITCH_TYPE = "DMTF:VirtualEthernetSwitch";
    private final List<Inst> switches = new ArrayList<>();
    private int switchNames;

    /** How many switches exist now (the static one plus any the suite left behind). */
    synchronized int switches() {
        return switches.size();
    }

    /** The registration, one hosted switch with two ports, and the switch type offered for DefineSystem. */
    private void virtualEthernetSwitch() {
        Inst profile = profile("p-97", "Virtual Ethernet Switch");
        Inst sw = addSwitch("fakeswitch", 2);
        link("CIM_ElementConformsToProfile", "ConformantStandard", profile, "ManagedElement", sw);
        instances.stream().filter(i -> i.isA("CIM_VirtualSystemManagementCapabilities")).findFirst().orElseThrow()
                .set("VirtualSystemTypesSupported", "string", List.of("DMTF:fake", SWITCH_TYPE));
    }

    /** A switch hosted by the host: its settings, and per port a CIM_EthernetPort with port settings. */
    private Inst addSwitch(String elementName, int ports) {
        String name = "switch-" + (++switchNames);
        Inst sw = add(VIRT, List.of("Fake_ComputerSystem", "CIM_ComputerSystem"),
                Map.of("CreationClassName", "Fake_ComputerSystem", "Name", name))
                .set("ElementName", "string", elementName).set("EnabledState", "uint16", 2)
                .set("Dedicated", "uint16", List.of(5));
        switches.add(sw);
        link("CIM_HostedDependency", "Antecedent", host, "Dependent", sw);
        Inst settings = add(VIRT, List.of(SWITCH_SETTINGS, "CIM_VirtualSystemSettingData"),
                Map.of("InstanceID", "Fake:" + name)).set("ElementName", "string", elementName)
                .set("VirtualSystemType", "string", SWITCH_TYPE).set("MaxNumMACAddress", "uint32", ports)
                .set("EVBMode", "uint16", fault == Fault.SWITCH_EVB_MODE_RESERVED ? 7 : 2);
        link("CIM_SettingsDefineState", "ManagedElement", sw, "SettingData", settings);
        links.add(new Link("CIM_ElementSettingData", "ManagedElement", sw, "SettingData", settings,
                Map.of("IsDefault", "1", "IsCurrent", "1")));
        for (int p = 0; p < ports; p++) {
            Inst port = add(VIRT, List.of("Fake_EthernetPort", "CIM_EthernetPort", "CIM_LogicalDevice"),
                    Map.of("CreationClassName", "Fake_EthernetPort", "DeviceID", name + "/port" + p,
                            "SystemCreationClassName", "Fake_ComputerSystem", "SystemName", name));
            link("CIM_SystemDevice", "GroupComponent", sw, "PartComponent", port);
            Inst portSettings = add(VIRT, List.of("CIM_EthernetPortAllocationSettingData",
                    "CIM_ResourceAllocationSettingData"), Map.of("InstanceID", "Fake:" + name + "/port" + p))
                    .set("ResourceType", "uint16", fault == Fault.SWITCH_PORT_WRONG_TYPE ? 10 : 30);
            link("CIM_SettingsDefineState", "ManagedElement", port, "SettingData", portSettings);
            link("CIM_VirtualSystemSettingDataComponent", "GroupComponent", settings, "PartComponent",
                    portSettings);
        }
        return sw;
    }

    /** DefineSystem of a switch, of a system with a NIC connection, and DestroySystem of a switch; else null. */
    private String switchMethod(Inst target, String operation, String text) {
        if (target != service) {
            return null;
        }
        if (operation.equals("DestroySystem")) {
            Matcher ref = Pattern.compile("<PARAMVALUE[^>]* NAME=\"AffectedSystem\"[^>]*>(.*?)</PARAMVALUE>",
                    Pattern.DOTALL).matcher(text);
            Inst sw = ref.find() ? byName(VIRT, ref.group(1)) : null;
            if (sw == null || !switches.contains(sw)) {
                return null;
            }
            switches.remove(sw);
            remove(sw);
            return returnValue(0);
        }
        if (!operation.equals("DefineSystem")) {
            return null;
        }
        Matcher settings = Pattern.compile("<PARAMVALUE[^>]* NAME=\"SystemSettings\"[^>]*>(.*?)</PARAMVALUE>",
                Pattern.DOTALL).matcher(text);
        String vssd = settings.find() ? unescape(settings.group(1)) : "";
        Matcher rasds = Pattern.compile("<PARAMVALUE[^>]* NAME=\"ResourceSettings\"[^>]*>(.*?)</PARAMVALUE>",
                Pattern.DOTALL).matcher(text);
        String resources = rasds.find() ? unescape(rasds.group(1)) : "";
        if (vssd.contains("CLASSNAME=\"" + SWITCH_SETTINGS + "\"")) {
            if (fault == Fault.SWITCH_DEFINE_IGNORED) {
                return returnValue(0);
            }
            Matcher ports = Pattern.compile("<PROPERTY NAME=\"ResourceType\"[^>]*><VALUE>30</VALUE>")
                    .matcher(resources);
            int count = 0;
            while (ports.find()) {
                count++;
            }
            Inst sw = addSwitch(embedded(vssd, "ElementName").orElse("switch"), count);
            return returnValue(0) + "<PARAMVALUE NAME=\"ResultingSystem\" PARAMTYPE=\"reference\">"
                    + "<VALUE.REFERENCE>" + instancePath(sw) + "</VALUE.REFERENCE></PARAMVALUE>";
        }
        Matcher connection = Pattern.compile("<PROPERTY.ARRAY NAME=\"Connection\"[^>]*>.*?<VALUE>([^<]*)</VALUE>",
                Pattern.DOTALL).matcher(resources);
        if (!connection.find()) {
            return null;
        }
        String out = define(text);
        String prefix = "Fake:vm-" + systems + "/";
        for (Inst i : instances) {
            String id = i.keys.getOrDefault("InstanceID", "");
            if (id.startsWith(prefix) && value(i, "ResourceType").equals("10")
                    && fault != Fault.NIC_CONNECTION_DROPPED) {
                i.set("Connection", "string", List.of(connection.group(1)));
            }
        }
        return out;
    }

    /** GetClass of the switch settings class, with the EVBMode ValueMap. */
    private Optional<String> switchClass(String text) {
        if (!SWITCH_SETTINGS.equalsIgnoreCase(param(text, "ClassName", "<CLASSNAME NAME=\"([^\"]+)\""))) {
            return Optional.empty();
        }
        StringBuilder valueMap = new StringBuilder();
        List.of("0", "1", "2", "3", "4", "5", "..", "0x8000..0xFFFF")
                .forEach(v -> valueMap.append("<VALUE>").append(v).append("</VALUE>"));
        return Optional.of("<IRETURNVALUE><CLASS NAME=\"" + SWITCH_SETTINGS + "\" SUPERCLASS=\"CIM_VirtualSystemSettingData\">"
                + "<PROPERTY.ARRAY NAME=\"VLANConnection\" TYPE=\"string\"/>"
                + "<PROPERTY.ARRAY NAME=\"AssociatedResourcePool\" TYPE=\"string\"/>"
                + "<PROPERTY NAME=\"MaxNumMACAddress\" TYPE=\"uint32\"/>"
                + "<PROPERTY NAME=\"EVBMode\" TYPE=\"uint16\"><QUALIFIER NAME=\"ValueMap\" TYPE=\"string\">"
                + "<VALUE.ARRAY>" + valueMap + "</VALUE.ARRAY></QUALIFIER></PROPERTY></CLASS></IRETURNVALUE>");
    }
}
