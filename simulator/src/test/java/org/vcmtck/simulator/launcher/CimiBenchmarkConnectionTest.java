package org.vcmtck.simulator.launcher;

import com.sun.net.httpserver.HttpServer;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class CimiBenchmarkConnectionTest {
    private HttpServer server;
    private URI base;
    private final Set<InetSocketAddress> peers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger served = new AtomicInteger();

    @BeforeMethod
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sized", ex -> {
            peers.add(ex.getRemoteAddress());
            served.incrementAndGet();
            byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", ex -> {
            peers.add(ex.getRemoteAddress());
            served.incrementAndGet();
            ex.sendResponseHeaders(200, 0); // 0 = chunked in the JDK server
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("x".repeat(1000).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        });
        server.createContext("/missing", ex -> {
            served.incrementAndGet();
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterMethod(alwaysRun = true)
    public void stop() {
        server.stop(0);
    }

    @Test
    public void readsSizedAndChunkedBodiesOnOneKeptAliveConnection() throws IOException {
        try (CimiBenchmarkConnection c = new CimiBenchmarkConnection(base)) {
            for (int i = 0; i < 5; i++) {
                assertThat(c.exchange(CimiBenchmarkConnection.request(base.resolve("/sized")))).isEqualTo(200);
                assertThat(c.exchange(CimiBenchmarkConnection.request(base.resolve("/chunked?$first=1"))))
                        .isEqualTo(200);
            }
        }
        assertThat(served).hasValue(10);
        assertThat(peers).as("client ports seen by the server: one connection kept alive").hasSize(1);
    }

    @Test
    public void reportsTheStatusOfAnError() throws IOException {
        try (CimiBenchmarkConnection c = new CimiBenchmarkConnection(base)) {
            assertThat(c.exchange(CimiBenchmarkConnection.request(base.resolve("/missing")))).isEqualTo(404);
            assertThat(c.exchange(CimiBenchmarkConnection.request(base.resolve("/sized")))).isEqualTo(200);
        }
    }

    @Test
    public void refusesHttps() {
        assertThatThrownBy(() -> new CimiBenchmarkConnection(URI.create("https://127.0.0.1:1/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain HTTP");
    }

    @Test
    public void requestNamesPathQueryAndHost() {
        String request = new String(CimiBenchmarkConnection.request(
                URI.create("http://127.0.0.1:8080/cimi/machines?$first=1&$last=10")), StandardCharsets.US_ASCII);
        assertThat(request).startsWith("GET /cimi/machines?$first=1&$last=10 HTTP/1.1\r\n")
                .contains("Host: 127.0.0.1:8080\r\n").endsWith("\r\n\r\n");
    }
}
