package org.vcmtck.features.steps.ovf;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/**
 * The web server a hosted corpus package's Files live on (OVF-REF-006/009): the JDK's server on the loopback
 * interface and a port the system picks, so the suite needs no outside network. It answers GET and HEAD for the
 * served paths only, sends the gzip-encoded ones with {@code Content-Encoding: gzip} (whatever the client says it
 * accepts: the package's publisher chose to store them so), and records every request it gets.
 */
final class HostedFileServer implements AutoCloseable {

    static final String FOLDER = "/ovf-files/";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Map<String, byte[]> served = Map.of();
    private volatile Set<String> gzipEncoded = Set.of();

    private HostedFileServer(HttpServer server) {
        this.server = server;
    }

    /** Starts an empty server; {@link #serve} gives it its files once the package (which needs the port) exists. */
    static HostedFileServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            HostedFileServer server = new HostedFileServer(http);
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback web server for the hosted OVF package", e);
        }
    }

    /** Answers for these files from now on (names below {@link #base()}), the {@code encoded} ones gzip-encoded. */
    void serve(Map<String, byte[]> files, Set<String> encoded) {
        served = Map.copyOf(files);
        gzipEncoded = Set.copyOf(encoded);
    }

    /** The folder URL the files are served below, ending in '/'. */
    URI base() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + FOLDER);
    }

    /** Every request so far, as {@code METHOD /path [Accept-Encoding: ...]}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** Whether a GET reached the file of that name. */
    boolean fetched(String name) {
        return requests.stream().anyMatch(r -> r.startsWith("GET " + FOLDER + name + " ")
                || r.equals("GET " + FOLDER + name));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            requests.add(exchange.getRequestMethod() + " " + path + (accept == null ? "" : " [Accept-Encoding: "
                    + accept + "]"));
            String name = path.startsWith(FOLDER) ? path.substring(FOLDER.length()) : null;
            byte[] body = name == null ? null : served.get(name);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (body == null || !(head || exchange.getRequestMethod().equals("GET"))) {
                exchange.sendResponseHeaders(body == null ? 404 : 405, -1);
                return;
            }
            boolean encode = gzipEncoded.contains(name);
            byte[] sent = encode ? gzip(body) : body;
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            if (encode) {
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, head ? -1 : sent.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(sent);
                }
            }
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
