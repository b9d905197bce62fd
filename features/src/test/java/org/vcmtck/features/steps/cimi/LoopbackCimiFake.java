package org.vcmtck.features.steps.cimi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A hand-written CIMI provider on a loopback port, for proving that the features fail a provider that breaks a
 * rule: the subclass answers every request under {@code /cimi/}; its Cloud Entry Point is {@code /cimi/cep}.
 */
abstract class LoopbackCimiFake implements AutoCloseable {
    protected final String base;
    private final HttpServer server;

    LoopbackCimiFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/cimi/";
        server.createContext("/cimi/", this::handle);
        server.start();
    }

    /** Answers one request; it runs only once the constructor has returned and the port is known to a client. */
    protected abstract void handle(HttpExchange http) throws IOException;

    String entryPoint() {
        return base + "cep";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A JSON answer with the CIMI version header; a null body sends none. */
    static void sendJson(HttpExchange http, int status, String body) throws IOException {
        http.getResponseHeaders().add("CIMI-Specification-Version", "1.0.1");
        if (body == null) {
            http.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().add("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length);
        http.getResponseBody().write(bytes);
    }
}
