package org.vcmtck.features.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;
import org.vcmtck.profiles.target.Claims;
import org.vcmtck.profiles.target.Endpoints;
import org.vcmtck.profiles.target.Target;
import org.vcmtck.profiles.target.TlsOptions;

/** Resolution of the package locations a target names. */
public class OvfPackagesTest {

    @Test
    public void aFolderLocationListsEveryPackageInIt() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        Files.writeString(folder.resolve("a.ova"), "x");
        Files.writeString(folder.resolve("b.ovf"), "x");
        Files.writeString(folder.resolve("readme.txt"), "not a package");
        Files.createDirectories(folder.resolve("c"));
        Files.writeString(folder.resolve("c/c.ovf"), "x");
        Files.writeString(folder.resolve("c/c-disk1.vmdk"), "x");

        OvfPackages.Resolution resolution = OvfPackages.resolve(List.of(folder + "/"));

        assertThat(resolution.packages()).containsExactly(folder.resolve("a.ova"), folder.resolve("b.ovf"),
                folder.resolve("c/c.ovf"));
        assertThat(resolution.notTestable()).isEmpty();
    }

    @Test
    public void filesAndFoldersWithoutTheMarkerAreTakenAsGiven() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        Path ova = Files.writeString(folder.resolve("x.ova"), "x");
        Path pkg = Files.createDirectories(folder.resolve("pkg"));

        assertThat(OvfPackages.resolve(List.of(ova.toString(), pkg.toString())).packages()).containsExactly(ova, pkg);
    }

    @Test
    public void urlsAndMissingPathsAreReportedAsNotTestable() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        OvfPackages.Resolution resolution = OvfPackages.resolve(List.of("https://example.com/a.ova",
                folder.resolve("missing.ova").toString(), folder.resolve("nothing") + "/",
                Files.createDirectories(folder.resolve("empty")) + "/"));

        assertThat(resolution.packages()).isEmpty();
        assertThat(resolution.notTestable()).singleElement().asString()
                .contains("https://example.com/a.ova").contains("download folder");
        assertThat(resolution.missing()).hasSize(3);
        assertThat(resolution.missing().get(0)).contains("missing.ova").contains("no such file");
        assertThat(resolution.missing().get(1)).contains("no such folder");
        assertThat(resolution.missing().get(2)).contains("holds no .ova");
    }

    @Test
    public void theSessionsOwnPackagesComeBeforeTheTargetsLocations() throws Exception {
        Path folder = Files.createTempDirectory("ovf-locations");
        Path named = Files.writeString(folder.resolve("named.ova"), "x");
        Path exported = Files.writeString(folder.resolve("exported.ova"), "x");
        Target target = new Target("t", null, null, java.util.Optional.empty(),
                new Endpoints(java.util.Optional.empty(), java.util.Optional.empty(), null, null,
                        List.of(named.toString())),
                Map.of(), TlsOptions.defaults(), new Claims(null, null, null), null);

        assertThat(OvfPackages.of(new TargetSession(target, Map.of(), folder))).containsExactly(named);
        assertThat(OvfPackages.of(new TargetSession(target, Map.of(), folder, List.of(exported))))
                .containsExactly(exported);
    }

    /** Serves {@code bodies} by path on the loopback interface; other paths answer 404, or their given status. */
    private static HttpServer serve(Map<String, byte[]> bodies, Map<String, Integer> statuses, List<String> log)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                log.add(exchange.getRequestMethod() + " " + path);
                byte[] body = bodies.get(path);
                if (statuses.containsKey(path) || body == null) {
                    exchange.sendResponseHeaders(statuses.getOrDefault(path, 404), -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static final String DESCRIPTOR = "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\""
            + " xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/2\"><References>"
            + "<File ovf:id=\"d\" ovf:href=\"disks/disk.vmdk\" ovf:size=\"4\"/>"
            + "<File ovf:id=\"c\" ovf:href=\"big.iso\" ovf:size=\"5\" ovf:chunkSize=\"3\"/>"
            + "<File ovf:id=\"x\" ovf:href=\"../outside.vmdk\"/>"
            + "<File ovf:id=\"y\" ovf:href=\"http://elsewhere.invalid/y.vmdk\"/>"
            + "</References><VirtualSystem ovf:id=\"vm\"><Info>i</Info></VirtualSystem></Envelope>";

    @Test
    public void anOvaUrlIsDownloadedAsOneFile() throws Exception {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        byte[] ova = "pretend tar".getBytes(StandardCharsets.UTF_8);
        HttpServer server = serve(Map.of("/dl/app.ova", ova), Map.of(), log);
        try {
            Path scratch = Files.createTempDirectory("ovf-download");
            OvfPackages.Resolution r = OvfPackages.resolve(List.of(base(server) + "/dl/app.ova"), scratch);
            assertThat(r.missing()).isEmpty();
            assertThat(r.packages()).singleElement().satisfies(p -> {
                assertThat(p).startsWith(scratch).hasFileName("app.ova");
                assertThat(Files.readAllBytes(p)).isEqualTo(ova);
            });
            assertThat(log).containsExactly("GET /dl/app.ova");
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void anOvfUrlIsDownloadedWithItsManifestAndReferencedFiles() throws Exception {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, byte[]> bodies = new java.util.HashMap<>();
        bodies.put("/p/app.ovf", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
        bodies.put("/p/app.mf", "SHA256(app.ovf)= 00\n".getBytes(StandardCharsets.UTF_8));
        bodies.put("/p/disks/disk.vmdk", "disk".getBytes(StandardCharsets.UTF_8));
        bodies.put("/p/big.iso.000000000", "abc".getBytes(StandardCharsets.UTF_8));
        bodies.put("/p/big.iso.000000001", "de".getBytes(StandardCharsets.UTF_8));
        bodies.put("/outside.vmdk", "secret".getBytes(StandardCharsets.UTF_8));
        HttpServer server = serve(bodies, Map.of(), log);
        try {
            Path scratch = Files.createTempDirectory("ovf-download");
            OvfPackages.Resolution r = OvfPackages.resolve(List.of(base(server) + "/p/app.ovf"), scratch);
            assertThat(r.missing()).isEmpty();
            Path ovf = r.packages().get(0);
            assertThat(ovf).hasFileName("app.ovf");
            Path folder = ovf.getParent();
            assertThat(folder.resolve("app.mf")).exists();
            assertThat(folder.resolve("app.cert")).doesNotExist();
            assertThat(folder.resolve("disks/disk.vmdk")).hasContent("disk");
            assertThat(folder.resolve("big.iso.000000001")).hasContent("de");
            assertThat(log).noneMatch(line -> line.contains("outside") || line.contains("y.vmdk"));
            assertThat(log).filteredOn(line -> line.equals("GET /p/disks/disk.vmdk")).hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void downloadFailuresAreMissingLinesNamingUrlAndStatus() throws Exception {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, byte[]> bodies = Map.of("/p/app.ovf", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
        HttpServer server = serve(bodies, Map.of("/p/disks/disk.vmdk", 503), log);
        try {
            Path scratch = Files.createTempDirectory("ovf-download");
            String gone = base(server) + "/nothing.ova";
            OvfPackages.Resolution r = OvfPackages.resolve(List.of(gone, base(server) + "/p/app.ovf"), scratch);
            assertThat(r.packages()).singleElement().satisfies(p -> assertThat(p).hasFileName("app.ovf"));
            assertThat(r.missing()).hasSize(2);
            assertThat(r.missing().get(0)).contains(gone).contains("404");
            assertThat(r.missing().get(1)).contains(base(server) + "/p/disks/disk.vmdk").contains("503");
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void aSessionDownloadsIntoItsScratchFolder() throws Exception {
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer server = serve(Map.of("/a.ova", new byte[] {1, 2}), Map.of(), log);
        try {
            Path work = Files.createTempDirectory("ovf-session");
            Target target = new Target("t", null, null, java.util.Optional.empty(),
                    new Endpoints(java.util.Optional.empty(), java.util.Optional.empty(), null, null,
                            List.of(base(server) + "/a.ova")),
                    Map.of(), TlsOptions.defaults(), new Claims(null, null, null), null);
            assertThat(OvfPackages.of(new TargetSession(target, Map.of(), work))).singleElement()
                    .satisfies(p -> assertThat(p).startsWith(work.resolve(OvfPackages.DOWNLOADS)));
        } finally {
            server.stop(0);
        }
    }
}
