package org.vcmtck.simulator.cimi;

import io.javalin.Javalin;
import org.vcmtck.simulator.frontend.http.BasicAuthenticator;
import org.vcmtck.simulator.frontend.http.HttpFrontEndSettings;
import org.vcmtck.simulator.frontend.http.ServerIdentity;
import org.vcmtck.simulator.frontend.http.TlsConnectors;
import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;


import java.io.IOException;
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
        BasicAuthenticator auth = new BasicAuthenticator(HttpFrontEndSettings.users(KIND, opts));
        ServerIdentity identity = HttpFrontEndSettings.identity(KIND, opts, clock.instant());
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
        UriSpace uris = new UriSpace((identity == null ? "http" : "https") + "://" + HttpFrontEndSettings.publicHost(opts.bindAddress())
                + ":" + created.port() + UriSpace.ROOT + "/");
        routes.bind(uris);
        return Map.of(KIND, uris.cloudEntryPoint());
    }

    /** The certificate served over TLS (for clients to trust), empty when serving plain HTTP or stopped. */
    public synchronized java.util.Optional<java.security.cert.X509Certificate> certificate() {
        return java.util.Optional.ofNullable(certificate);
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
