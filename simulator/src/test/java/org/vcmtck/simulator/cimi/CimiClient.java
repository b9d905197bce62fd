package org.vcmtck.simulator.cimi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A started CIMI front end on a fresh one-host datacenter, and a small HTTP client for it (tests only). */
final class CimiClient implements AutoCloseable {
    static final long GIB = 1L << 30;
    static final String JSON = "application/json";
    static final String XML = "application/xml";

    final Datacenter dc;
    final CimiFrontEnd frontEnd = new CimiFrontEnd();
    final String cep;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    CimiClient(int jobTicks, long hostMemory) throws IOException {
        dc = new Datacenter(7, new DatacenterOptions(jobTicks));
        dc.addHost(new HostSpec("host0", 16, hostMemory, List.of(new StorageVolume("vol0", 500 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L))));
        cep = frontEnd.start(dc, FrontEndOptions.loopbackEphemeral()).get(CimiFrontEnd.KIND);
    }

    CimiClient() throws IOException {
        this(0, 64 * GIB);
    }

    HttpResponse<String> send(String method, String url, String accept, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send("GET", url, accept, null, null);
    }

    JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = get(url, JSON);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + url + " → " + r.statusCode() + ": " + r.body());
        }
        return json(r);
    }

    HttpResponse<String> postJson(String url, String body) throws IOException, InterruptedException {
        return send("POST", url, JSON, JSON, body);
    }

    JsonNode json(HttpResponse<String> r) throws IOException {
        return mapper.readTree(r.body());
    }

    String collectionHref(String name) throws IOException, InterruptedException {
        return getJson(cep).get(name).get("href").asText();
    }

    /** Creates a machine from the small config and tiny-linux image; returns its id (Location). */
    String createSmall(String name) throws IOException, InterruptedException {
        String machines = collectionHref("machines");
        String base = getJson(cep).get("baseURI").asText();
        HttpResponse<String> r = postJson(machines, """
                {"resourceURI":"http://schemas.dmtf.org/cimi/1/MachineCreate","name":"%s",
                 "machineTemplate":{"machineConfig":{"href":"%smachineConfigs/small"},
                                    "machineImage":{"href":"%smachineImages/tiny-linux"}}}"""
                .formatted(name, base, base));
        if (r.statusCode() != 201) {
            throw new AssertionError("create → " + r.statusCode() + ": " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** The href of the operation with the given rel on a resource, or null. */
    String operation(JsonNode resource, String rel) {
        JsonNode ops = resource.get("operations");
        if (ops == null) {
            return null;
        }
        for (JsonNode op : ops) {
            if (op.get("rel").asText().equals(rel)) {
                return op.get("href").asText();
            }
        }
        return null;
    }

    HttpResponse<String> act(String machineId, String action) throws IOException, InterruptedException {
        String href = operation(getJson(machineId), CimiNames.actionUri(action));
        if (href == null) {
            throw new AssertionError(action + " not advertised by " + machineId);
        }
        return postJson(href, "{\"resourceURI\":\"http://schemas.dmtf.org/cimi/1/Action\",\"action\":\""
                + CimiNames.actionUri(action) + "\"}");
    }

    @Override
    public void close() {
        frontEnd.stop();
    }
}
