package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.wbem.repository.CimRepository;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A WBEM front end over {@link TestRepository} on an ephemeral loopback port, and a raw CIM-XML poster. */
final class WbemTestServer implements AutoCloseable {
    final CimRepository repository = TestRepository.create();
    final WbemFrontEnd frontEnd = new WbemFrontEnd((dc, ns, host) ->
            new OperationDispatcher(new RepositoryData(repository), host));
    final Map<String, String> endpoints;
    final HttpClient client = HttpClient.newHttpClient();

    WbemTestServer(Map<String, String> settings) throws Exception {
        endpoints = frontEnd.start(null, new FrontEndOptions(null, 0, settings));
    }

    WbemTestServer() throws Exception {
        this(Map.of());
    }

    String url() {
        return endpoints.get(WbemFrontEnd.KIND);
    }

    /** POSTs a body with the usual headers, then the given overrides (a null value removes a header). */
    HttpResponse<String> post(String method, String object, byte[] body, Map<String, String> overrides)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/xml; charset=\"utf-8\"");
        headers.put("CIMOperation", "MethodCall");
        headers.put("CIMMethod", method);
        headers.put("CIMObject", object);
        headers.putAll(overrides);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> intrinsic(String op, String params) throws Exception {
        return post(op, TestRepository.NS, CimXml.intrinsic("1001", op, TestRepository.NS, params), Map.of());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        frontEnd.stop();
    }
}
