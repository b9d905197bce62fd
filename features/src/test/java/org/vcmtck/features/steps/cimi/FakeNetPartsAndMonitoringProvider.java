package org.vcmtck.features.steps.cimi;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny JSON-only CIMI provider of one network, Addresses made from an AddressTemplate, and machines with meters
 * and an event log, for the networking and monitoring features. Switchable faults prove each check sees its rule
 * broken.
 */
final class FakeNetPartsAndMonitoringProvider extends LoopbackCimiFake {

    enum Fault {
        /** An Address has no ip (CIMI-NET-002). */
        ADDRESS_WITHOUT_IP,
        /** A Meter has no samples (CIMI-MON-001). */
        METER_WITHOUT_SAMPLES,
        /** An Event has no severity (CIMI-MON-002). */
        EVENT_WITHOUT_SEVERITY
    }

    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private final Set<Fault> faults;
    private final Map<String, Boolean> machines = new ConcurrentHashMap<>();
    private final Map<String, Boolean> addresses = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    FakeNetPartsAndMonitoringProvider(Set<Fault> faults) throws IOException {
        this.faults = faults;
    }

    private String ref(String name) {
        return "\"" + name + "\":{\"href\":\"" + base + name + "\"}";
    }

    private String collection(String type, String name, String members) {
        int count = members.isEmpty() ? 0 : members.split("\\{\"resourceURI\"", -1).length - 1;
        return "{\"resourceURI\":\"" + NS + "/" + type + "\",\"id\":\"" + base + name + "\",\"count\":" + count
                + ",\"" + name + "\":[" + members + "]}";
    }

    @Override
    protected void handle(HttpExchange http) throws IOException {
        try (http) {
            String[] p = http.getRequestURI().getPath().substring("/cimi/".length()).split("/");
            String method = http.getRequestMethod();
            http.getRequestBody().readAllBytes();
            switch (p[0]) {
                case "cep" -> sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/CloudEntryPoint\",\"id\":\""
                        + entryPoint() + "\",\"baseURI\":\"" + base + "\"," + String.join(",", ref("machines"),
                        ref("machineTemplates"), ref("networks"), ref("addresses"), ref("addressTemplates"),
                        ref("meters"), ref("eventLogs")) + "}");
                case "networks" -> sendJson(http, 200, collection("NetworkCollection", "networks",
                        "{\"resourceURI\":\"" + NS + "/Network\",\"id\":\"" + base + "networks/n1\","
                                + "\"state\":\"STARTED\"}"));
                case "addressTemplates" -> {
                    String t = "{\"resourceURI\":\"" + NS + "/AddressTemplate\",\"id\":\"" + base
                            + "addressTemplates/static\",\"allocation\":\"static\"}";
                    sendJson(http, 200, p.length == 1 ? collection("AddressTemplateCollection", "addressTemplates", t)
                            : t);
                }
                case "addresses" -> addressRequest(http, method, p);
                case "machineTemplates" -> {
                    String t = "{\"resourceURI\":\"" + NS + "/MachineTemplate\",\"id\":\"" + base
                            + "machineTemplates/small\"}";
                    sendJson(http, 200, p.length == 1 ? collection("MachineTemplateCollection", "machineTemplates", t)
                            : t);
                }
                case "machines" -> machineRequest(http, method, p);
                case "meters" -> sendJson(http, 200, p.length == 1 ? collection("MeterCollection", "meters", "")
                        : meter(p[1]));
                case "eventLogs" -> eventLogRequest(http, p);
                default -> sendJson(http, 404, "{\"status\":404}");
            }
        }
    }

    private void addressRequest(HttpExchange http, String method, String[] p) throws IOException {
        if (p.length == 1 && method.equals("POST")) {
            String id = "a" + nextId.getAndIncrement();
            addresses.put(id, true);
            http.getResponseHeaders().add("Location", base + "addresses/" + id);
            sendJson(http, 201, address(id));
        } else if (p.length == 1) {
            sendJson(http, 200, collection("AddressCollection", "addresses", String.join(",",
                    addresses.keySet().stream().map(this::address).toList())));
        } else if (!addresses.containsKey(p[1])) {
            sendJson(http, 404, "{\"status\":404}");
        } else if (method.equals("DELETE")) {
            addresses.remove(p[1]);
            sendJson(http, 200, "{}");
        } else {
            sendJson(http, 200, address(p[1]));
        }
    }

    private String address(String id) {
        return "{\"resourceURI\":\"" + NS + "/Address\",\"id\":\"" + base + "addresses/" + id + "\""
                + (faults.contains(Fault.ADDRESS_WITHOUT_IP) ? "" : ",\"ip\":\"10.0.0.10\"")
                + ",\"allocation\":\"static\",\"protocol\":\"IPv4\",\"network\":{\"href\":\"" + base
                + "networks/n1\"}}";
    }

    private void machineRequest(HttpExchange http, String method, String[] p) throws IOException {
        if (p.length == 1 && method.equals("POST")) {
            String id = "m" + nextId.getAndIncrement();
            machines.put(id, true);
            http.getResponseHeaders().add("Location", base + "machines/" + id);
            sendJson(http, 201, machine(id));
        } else if (p.length == 1) {
            sendJson(http, 200, collection("MachineCollection", "machines", String.join(",",
                    machines.keySet().stream().map(this::machine).toList())));
        } else if (!machines.containsKey(p[1])) {
            sendJson(http, 404, "{\"status\":404}");
        } else if (p.length == 2 && method.equals("DELETE")) {
            machines.remove(p[1]);
            sendJson(http, 200, "{}");
        } else if (p.length == 2) {
            sendJson(http, 200, machine(p[1]));
        } else if (p[2].equals("meters")) {
            sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/MeterCollection\",\"id\":\"" + base + "machines/" + p[1]
                    + "/meters\",\"count\":1,\"meters\":[" + meter(p[1]) + "]}");
        } else {
            sendJson(http, 404, "{\"status\":404}");
        }
    }

    private String machine(String id) {
        String self = base + "machines/" + id;
        return "{\"resourceURI\":\"" + NS + "/Machine\",\"id\":\"" + self + "\",\"state\":\"STOPPED\",\"cpu\":1,"
                + "\"memory\":1024,\"meters\":{\"href\":\"" + self + "/meters\"},\"eventLog\":{\"href\":\"" + base
                + "eventLogs/" + id + "\"},\"operations\":[{\"rel\":\"delete\",\"href\":\"" + self + "\"}]}";
    }

    private String meter(String machineId) {
        return "{\"resourceURI\":\"" + NS + "/Meter\",\"id\":\"" + base + "meters/" + machineId + "\","
                + "\"units\":\"percent\",\"sampleInterval\":1,\"aggregationType\":\"average\""
                + (faults.contains(Fault.METER_WITHOUT_SAMPLES) ? ""
                : ",\"samples\":[{\"timestamp\":\"2026-01-01T00:00:00Z\",\"value\":5}]") + "}";
    }

    private void eventLogRequest(HttpExchange http, String[] p) throws IOException {
        if (p.length == 1) {
            sendJson(http, 200, collection("EventLogCollection", "eventLogs", ""));
        } else if (p.length == 2) {
            String self = base + "eventLogs/" + p[1];
            sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/EventLog\",\"id\":\"" + self + "\",\"targetResource\":"
                    + "{\"href\":\"" + base + "machines/" + p[1] + "\"},\"events\":{\"href\":\"" + self
                    + "/events\"},\"persistence\":\"temporary\",\"summary\":{\"low\":1}}");
        } else {
            sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/EventCollection\",\"id\":\"" + base + "eventLogs/" + p[1]
                    + "/events\",\"count\":1,\"events\":[{\"resourceURI\":\"" + NS + "/Event\",\"timestamp\":"
                    + "\"2026-01-01T00:00:00Z\",\"type\":\"model\",\"content\":\"defined\",\"outcome\":\"Success\""
                    + (faults.contains(Fault.EVENT_WITHOUT_SEVERITY) ? "" : ",\"severity\":\"low\"") + "}]}");
        }
    }
}
