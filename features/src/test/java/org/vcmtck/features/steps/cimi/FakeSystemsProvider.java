package org.vcmtck.features.steps.cimi;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A tiny JSON-only CIMI provider of Systems for the tests: one SystemTemplate asking for two machines, Systems
 * whose start/stop act on their members synchronously. One switchable fault proves the systems feature sees it.
 */
final class FakeSystemsProvider extends LoopbackCimiFake {

    enum Fault { NONE,
        /** The System has no state attribute (CIMI-SYS-001). */
        NO_STATE,
        /** Stopping the System leaves its members running (CIMI-SYS-002). */
        STOP_LEAVES_MEMBERS,
        /** A System from the two-machine template gets one machine (CIMI-SYS-003). */
        WRONG_QUANTITY }

    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private final Fault fault;
    private final Map<String, String> machineStates = new ConcurrentHashMap<>();
    private final Map<String, List<String>> systems = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    FakeSystemsProvider(Fault fault) throws IOException {
        this.fault = fault;
    }

    @Override
    protected void handle(HttpExchange http) throws IOException {
        try (http) {
            String[] p = http.getRequestURI().getPath().substring("/cimi/".length()).split("/");
            String method = http.getRequestMethod();
            http.getRequestBody().readAllBytes();
            if (p[0].equals("cep")) {
                sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/CloudEntryPoint\",\"id\":\"" + entryPoint()
                        + "\",\"baseURI\":\"" + base + "\",\"systems\":{\"href\":\"" + base + "systems\"},"
                        + "\"systemTemplates\":{\"href\":\"" + base + "systemTemplates\"}}");
            } else if (p[0].equals("systemTemplates")) {
                String template = "{\"resourceURI\":\"" + NS + "/SystemTemplate\",\"id\":\"" + base
                        + "systemTemplates/pair\",\"componentDescriptors\":[{\"name\":\"web\",\"type\":\"" + NS
                        + "/Machine\",\"quantity\":2,\"machineTemplate\":{\"href\":\"" + base
                        + "machineTemplates/small\"}}]}";
                sendJson(http, 200, p.length == 1 ? "{\"resourceURI\":\"" + NS + "/SystemTemplateCollection\",\"id\":\""
                        + base + "systemTemplates\",\"count\":1,\"systemTemplates\":[" + template + "]}" : template);
            } else if (p[0].equals("machines") && p.length == 2 && machineStates.containsKey(p[1])) {
                sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/Machine\",\"id\":\"" + base + "machines/" + p[1]
                        + "\",\"state\":\"" + machineStates.get(p[1]) + "\"}");
            } else if (p[0].equals("systems")) {
                systemsRequest(http, method, p);
            } else {
                sendJson(http, 404, "{\"status\":404}");
            }
        }
    }

    private void systemsRequest(HttpExchange http, String method, String[] p) throws IOException {
        if (p.length == 1 && method.equals("POST")) {
            String id = "s" + nextId.getAndIncrement();
            List<String> members = new ArrayList<>();
            for (int i = 0; i < (fault == Fault.WRONG_QUANTITY ? 1 : 2); i++) {
                String m = "m" + nextId.getAndIncrement();
                machineStates.put(m, "STOPPED");
                members.add(m);
            }
            systems.put(id, members);
            http.getResponseHeaders().add("Location", base + "systems/" + id);
            sendJson(http, 201, system(id));
        } else if (p.length == 1) {
            sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/SystemCollection\",\"id\":\"" + base
                    + "systems\",\"count\":" + systems.size() + ",\"systems\":[" + systems.keySet().stream()
                    .map(this::system).collect(Collectors.joining(",")) + "],\"operations\":[{\"rel\":\"add\","
                    + "\"href\":\"" + base + "systems\"}]}");
        } else if (!systems.containsKey(p[1])) {
            sendJson(http, 404, "{\"status\":404}");
        } else if (p.length == 2 && method.equals("DELETE")) {
            systems.remove(p[1]).forEach(machineStates::remove);
            sendJson(http, 200, "{}");
        } else if (p.length == 2) {
            sendJson(http, 200, system(p[1]));
        } else if (p[2].equals("machines")) {
            List<String> members = systems.get(p[1]);
            sendJson(http, 200, "{\"resourceURI\":\"" + NS + "/SystemMachineCollection\",\"id\":\"" + base + "systems/"
                    + p[1] + "/machines\",\"count\":" + members.size() + ",\"machines\":[" + members.stream()
                    .map(m -> "{\"id\":\"" + base + "systems/" + p[1] + "/machines/" + m + "\",\"machine\":"
                            + "{\"href\":\"" + base + "machines/" + m + "\"}}").collect(Collectors.joining(","))
                    + "]}");
        } else if (method.equals("POST") && (p[2].equals("start") || p[2].equals("stop"))) {
            boolean start = p[2].equals("start");
            if (start || fault != Fault.STOP_LEAVES_MEMBERS) {
                systems.get(p[1]).forEach(m -> machineStates.put(m, start ? "STARTED" : "STOPPED"));
            }
            sendJson(http, 204, null);
        } else {
            sendJson(http, 404, "{\"status\":404}");
        }
    }

    private String system(String id) {
        List<String> members = systems.get(id);
        List<String> states = members.stream().map(machineStates::get).distinct().toList();
        String state = states.size() == 1 ? states.get(0) : "MIXED";
        String self = base + "systems/" + id;
        return "{\"resourceURI\":\"" + NS + "/System\",\"id\":\"" + self + "\""
                + (fault == Fault.NO_STATE ? "" : ",\"state\":\"" + state + "\"")
                + ",\"machines\":{\"href\":\"" + self + "/machines\"},\"operations\":["
                + "{\"rel\":\"delete\",\"href\":\"" + self + "\"},"
                + "{\"rel\":\"" + NS + "/action/start\",\"href\":\"" + self + "/start\"},"
                + "{\"rel\":\"" + NS + "/action/stop\",\"href\":\"" + self + "/stop\"}]}";
    }
}
