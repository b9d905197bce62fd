package org.vcmtck.simulator.cimi;

import io.javalin.Javalin;
import org.vcmtck.simulator.cimi.auth.BasicAuthenticator;
import org.vcmtck.simulator.cimi.tls.ServerIdentity;
import org.vcmtck.simulator.cimi.tls.TlsConnectors;
import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;

import org.vcmtck.simulator.inventory.InventoryException;
import org.vcmtck.simulator.inventory.InventoryUsers;

import java.io.IOException;
import java.nio.file.Path;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;

/**
 * The CIMI REST view of a datacenter, served by Javalin on the options' address and port. Publishes one
 * endpoint, "cimi", the Cloud Entry Point URL. Settings (given as {@code --frontend-setting cimi.KEY=VALUE}):
 * <ul>
 * <li>{@code enabled=false} starts nothing;</li>
 * <li>{@code users=FILE}: a YAML file (usually the inventory; the launcher passes it) whose {@code users:} list
 *     protects every request with HTTP Basic; without users the endpoint is open;</li>
 * <li>{@code tls=true}: HTTPS, with a self-signed certificate generated at start unless
 *     {@code keystore=FILE.p12} (and {@code keystorePassword}) names a PKCS12 keystore.</li>
 * </ul>
 */
public final class CimiFrontEnd implements FrontEnd {
    public static final String KIND = "cimi";

    private final Clock clock;
    private Javalin app;
    private java.security.cert.X509Certificate certificate;

    public CimiFrontEnd() {
        this(Clock.systemUTC());
    }

    /** With the clock that stamps created/updated times of machines. */
    public CimiFrontEnd(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public synchronized Map<String, String> start(Datacenter dc, FrontEndOptions opts) throws IOException {
        if (app != null) {
            throw new IllegalStateException("the CIMI front end is already started");
        }
        if ("false".equals(opts.settings().get("enabled"))) {
            return Map.of();
        }
        BasicAuthenticator auth = new BasicAuthenticator(users(opts));
        ServerIdentity identity = identity(opts);
        String host = opts.bindAddress().getHostAddress();
        // routes are fixed before Jetty starts, but the base URI needs the bound port: it is set just after
        CimiRoutes routes = new CimiRoutes(dc, new MachineRecords(clock), clock.instant(), auth);
        Javalin created = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.router.ignoreTrailingSlashes = true;
            if (identity != null) {
                c.jetty.addConnector((server, http) -> TlsConnectors.https(server, http, identity, host,
                        opts.port()));
            }
            routes.install(c);
        });
        try {
            created.start(host, opts.port());
        } catch (RuntimeException e) {
            created.stop();
            throw new IOException("cannot listen on " + host + ":" + opts.port() + ": " + e.getMessage(), e);
        }
        app = created;
        this.certificate = identity == null ? null : identity.certificate();
        UriSpace uris = new UriSpace((identity == null ? "http" : "https") + "://" + hostOf(opts.bindAddress())
                + ":" + created.port() + UriSpace.ROOT + "/");
        routes.bind(uris);
        return Map.of(KIND, uris.cloudEntryPoint());
    }

    /** The certificate served over TLS (for clients to trust), empty when serving plain HTTP or stopped. */
    public synchronized java.util.Optional<java.security.cert.X509Certificate> certificate() {
        return java.util.Optional.ofNullable(certificate);
    }

    private static java.util.List<InventoryUsers.User> users(FrontEndOptions opts) throws IOException {
        String file = opts.settings().get("users");
        if (file == null || file.isBlank()) {
            return java.util.List.of();
        }
        try {
            return InventoryUsers.read(Path.of(file));
        } catch (InventoryException e) {
            throw new IOException("cimi.users: " + e.getMessage(), e);
        }
    }

    private ServerIdentity identity(FrontEndOptions opts) throws IOException {
        String tls = opts.settings().getOrDefault("tls", "false");
        if (!tls.equals("true") && !tls.equals("false")) {
            throw new IOException("cimi.tls must be true or false, was '" + tls + "'");
        }
        String keystore = opts.settings().get("keystore");
        if (tls.equals("false")) {
            if (keystore != null) {
                throw new IOException("cimi.keystore is only used with cimi.tls=true");
            }
            return null;
        }
        if (keystore == null) {
            return ServerIdentity.selfSigned(opts.bindAddress().isAnyLocalAddress()
                    ? InetAddress.getLoopbackAddress() : opts.bindAddress(), clock.instant());
        }
        return ServerIdentity.pkcs12(Path.of(keystore),
                opts.settings().getOrDefault("keystorePassword", "").toCharArray());
    }

    private static String hostOf(InetAddress address) {
        InetAddress a = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : address;
        String host = a.getHostAddress();
        return a instanceof Inet6Address ? "[" + host + "]" : host;
    }

    @Override
    public synchronized void stop() {
        if (app != null) {
            try {
                app.stop();
            } finally {
                app = null;
                certificate = null;
            }
        }
    }
}
