package org.vcmtck.simulator.ovf;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback-only HTTP server for package-source tests: serves bytes by path, can send a path gzip-encoded
 * (Content-Encoding), redirect it, or answer it with a status; records every request line it got.
 */
public final class LoopbackServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Set<String> gzipEncoded = ConcurrentHashMap.newKeySet();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public LoopbackServer serve(String path, byte[] body) {
        bodies.put(path, body);
        return this;
    }

    /** Serve every member of a package under {@code folder} (e.g. "/pkg/"). */
    public LoopbackServer serveAll(String folder, Map<String, byte[]> members) {
        members.forEach((name, body) -> serve(folder + name, body));
        return this;
    }

    public LoopbackServer gzipEncode(String path) {
        gzipEncoded.add(path);
        return this;
    }

    public LoopbackServer redirect(String from, String to) {
        redirects.put(from, to);
        return this;
    }

    public LoopbackServer status(String path, int status) {
        statuses.put(path, status);
        return this;
    }

    /** "METHOD /path" per request received, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            if (redirects.containsKey(path)) {
                exchange.getResponseHeaders().add("Location", redirects.get(path));
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Integer status = statuses.get(path);
            byte[] body = bodies.get(exchange.getRequestURI().getPath());
            if (status != null || body == null) {
                exchange.sendResponseHeaders(status != null ? status : 404, -1);
                return;
            }
            boolean gzip = gzipEncoded.contains(path)
                    && String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            byte[] sent = gzip ? PackageFixtures.gzip(body) : body;
            if (gzip) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, sent.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(sent);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
