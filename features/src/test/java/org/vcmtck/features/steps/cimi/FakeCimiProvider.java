package org.vcmtck.features.steps.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * A deliberately small CIMI provider written for the tests only (machines, one template, synchronous actions), so
 * the CIMI features can be run end to end without the reference. One switchable fault proves the suite sees it.
 */
final class FakeCimiProvider extends LoopbackCimiFake {

    enum Fault { NONE, WRONG_COUNT, IGNORES_ACCEPT, CREATES_WITHOUT_CREDENTIALS,
        /** Not a fault: vendor extension attributes on every resource, which a consumer must ignore. */
        EXTENSIONS,
        /** 401 without the WWW-Authenticate challenge. */
        NO_CHALLENGE }

    private static final String NS = "http://schemas.dmtf.org/cimi/1";
    private final Fault fault;
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    /** The Authorization header every request must carry; null for an open provider. */
    private final String requiredAuthorization;

    FakeCimiProvider(Fault fault) throws IOException {
        this(fault, null, null);
    }

    /** A provider that requires HTTP Basic authentication as {@code user}/{@code password} (open when user is null). */
    FakeCimiProvider(Fault fault, String user, String password) throws IOException {
        this.fault = fault;
        this.requiredAuthorization = user == null ? null : "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void handle(HttpExchange http) throws IOException {
        try (http) {
            String path = http.getRequestURI().getPath().substring("/cimi/".length());
            boolean xml = String.valueOf(http.getRequestHeaders().getFirst("Accept")).contains("xml");
            String method = http.getRequestMethod();
            http.getResponseHeaders().add("CIMI-Specification-Version", "1.0.1");
            String[] parts = path.split("/");
            String accept = String.valueOf(http.getRequestHeaders().getFirst("Accept"));
            boolean authenticated = requiredAuthorization == null
                    || requiredAuthorization.equals(http.getRequestHeaders().getFirst("Authorization"));
            boolean exempt = fault == Fault.CREATES_WITHOUT_CREDENTIALS && method.equals("POST");
            if (!authenticated && !exempt) {
                if (fault != Fault.NO_CHALLENGE) {
                    http.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"fake\"");
                }
                send(http, 401, false, "authentication required");
            } else if (fault != Fault.IGNORES_ACCEPT && !accept.contains("json") && !accept.contains("xml")) {
                send(http, 406, false, "cannot produce " + accept);
            } else if (path.equals("cep") && method.equals("GET")) {
                send(http, 200, xml, resource(xml, "CloudEntryPoint", base + "cep",
                        List.of("baseURI", base), List.of("machines", base + "machines", "machineTemplates",
                                base + "machineTemplates"), List.of()));
            } else if (path.equals("machineTemplates") && method.equals("GET")) {
                String template = resource(xml, "MachineTemplate", base + "machineTemplates/small",
                        List.of("name", "small"), List.of(), List.of());
                send(http, 200, xml, collection(xml, "MachineTemplateCollection", base + "machineTemplates",
                        "machineTemplates", List.of(template), 1, false));
            } else if (path.equals("machines") && method.equals("GET")) {
                List<String> entries = new ArrayList<>();
                states.keySet().stream().sorted().forEach(id -> entries.add(machine(xml, id)));
                int count = entries.size() + (fault == Fault.WRONG_COUNT ? 1 : 0);
                send(http, 200, xml, collection(xml, "MachineCollection", base + "machines", "machines", entries,
                        count, true));
            } else if (path.equals("machines") && method.equals("POST")) {
                create(http, xml);
            } else if (path.equals("machines")) {
                send(http, 405, xml, method + " is not allowed on the machines collection");
            } else if (parts.length == 2 && parts[0].equals("machines") && states.containsKey(base + path)) {
                String id = base + path;
                if (method.equals("GET")) {
                    send(http, 200, xml, machine(xml, id));
                } else if (method.equals("DELETE")) {
                    states.remove(id);
                    send(http, 204, xml, "");
                } else {
                    send(http, 405, xml, "");
                }
            } else if (parts.length == 3 && parts[0].equals("machines") && method.equals("POST")
                    && states.containsKey(base + "machines/" + parts[1])) {
                String id = base + "machines/" + parts[1];
                String wanted = parts[2].equals("start") ? "STARTED" : "STOPPED";
                if (wanted.equals(states.get(id))) {
                    send(http, 409, xml, "already " + wanted);
                } else {
                    states.put(id, wanted);
                    send(http, 200, xml, "");
                }
            } else {
                send(http, 404, xml, "no such resource");
            }
        }
    }

    private void create(HttpExchange http, boolean xml) throws IOException {
        String type = String.valueOf(http.getRequestHeaders().getFirst("Content-Type"));
        String body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (type.startsWith("application/json")) {
                JsonNode tree = new ObjectMapper().readTree(body);
                if (!tree.path("machineTemplate").has("href")) {
                    throw new IllegalArgumentException("no machineTemplate");
                }
            } else if (type.startsWith("application/xml")) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            } else {
                send(http, 415, xml, "unsupported media type " + type);
                return;
            }
        } catch (Exception e) {
            send(http, 400, xml, "malformed MachineCreate: " + e.getMessage());
            return;
        }
        String id = base + "machines/" + nextId.getAndIncrement();
        states.put(id, "STOPPED");
        http.getResponseHeaders().add("Location", id);
        send(http, 201, xml, machine(xml, id));
    }

    private String machine(boolean xml, String id) {
        String state = states.getOrDefault(id, "STOPPED");
        String action = state.equals("STARTED") ? "stop" : "start";
        return resource(xml, "Machine", id, List.of("state", state, "memory", "1048576"), List.of(),
                List.of("delete", id, NS + "/action/" + action, id + "/" + action));
    }

    /** attributes and references are name/value pairs; operations rel/href pairs. */
    private String resource(boolean xml, String type, String id, List<String> attributes,
                            List<String> references, List<String> operations) {
        StringBuilder out = new StringBuilder();
        if (xml) {
            out.append("<").append(type).append(" xmlns=\"").append(NS).append("\"><id>").append(id).append("</id>");
            if (fault == Fault.EXTENSIONS) {
                out.append("<v:tier xmlns:v=\"urn:vendor:fake\"><v:level>gold</v:level></v:tier>");
            }
            for (int i = 0; i < attributes.size(); i += 2) {
                out.append('<').append(attributes.get(i)).append('>').append(attributes.get(i + 1))
                        .append("</").append(attributes.get(i)).append('>');
            }
            for (int i = 0; i < references.size(); i += 2) {
                out.append('<').append(references.get(i)).append(" href=\"").append(references.get(i + 1))
                        .append("\"/>");
            }
            for (int i = 0; i < operations.size(); i += 2) {
                out.append("<operation rel=\"").append(operations.get(i)).append("\" href=\"")
                        .append(operations.get(i + 1)).append("\"/>");
            }
            return out.append("</").append(type).append('>').toString();
        }
        out.append("{\"resourceURI\": \"").append(NS).append('/').append(type).append("\", \"id\": \"").append(id)
                .append('"');
        if (fault == Fault.EXTENSIONS) {
            out.append(", \"vendorTier\": {\"level\": \"gold\", \"since\": [1, 2]}");
        }
        for (int i = 0; i < attributes.size(); i += 2) {
            String value = attributes.get(i + 1);
            out.append(", \"").append(attributes.get(i)).append("\": ")
                    .append(value.matches("\\d+") ? value : "\"" + value + "\"");
        }
        for (int i = 0; i < references.size(); i += 2) {
            out.append(", \"").append(references.get(i)).append("\": {\"href\": \"").append(references.get(i + 1))
                    .append("\"}");
        }
        List<String> ops = new ArrayList<>();
        for (int i = 0; i < operations.size(); i += 2) {
            ops.add("{\"rel\": \"" + operations.get(i) + "\", \"href\": \"" + operations.get(i + 1) + "\"}");
        }
        return out.append(", \"operations\": [").append(String.join(", ", ops)).append("]}").toString();
    }

    private static String collection(boolean xml, String type, String id, String array, List<String> entries,
                                     int count, boolean addable) {
        String add = addable ? (xml ? "<operation rel=\"add\" href=\"" + id + "\"/>"
                : ", \"operations\": [{\"rel\": \"add\", \"href\": \"" + id + "\"}]") : "";
        if (xml) {
            return "<Collection xmlns=\"" + NS + "\" resourceURI=\"" + NS + "/" + type + "\"><id>" + id
                    + "</id><count>" + count + "</count>" + String.join("", entries) + add + "</Collection>";
        }
        return "{\"resourceURI\": \"" + NS + "/" + type + "\", \"id\": \"" + id + "\", \"count\": " + count
                + ", \"" + array + "\": [" + String.join(", ", entries) + "]" + add + "}";
    }

    private static void send(HttpExchange http, int status, boolean xml, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            http.getResponseHeaders().add("Content-Type", xml && body.startsWith("<") ? "application/xml"
                    : body.startsWith("{") ? "application/json" : "text/plain");
        }
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            http.getResponseBody().write(bytes);
        }
    }
}
