package org.vcmtck.simulator.wbem.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.frontend.http.BasicAuthenticator;
import org.vcmtck.simulator.frontend.http.HttpFrontEndSettings;
import org.vcmtck.simulator.frontend.http.ServerIdentity;
import org.vcmtck.simulator.frontend.http.TlsConnectors;
import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.wbem.cimxml.CimXmlEnvelope;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WBEM (CIM-XML over HTTP, DSP0200) view of a datacenter: {@code POST /cimom} on the options' address and
 * port. Publishes three endpoint keys: {@code wbem} (the CIMOM URL), {@code interopNamespace} and
 * {@code virtualizationNamespace}. Settings ({@code --frontend-setting wbem.KEY=VALUE}):
 * <ul>
 * <li>{@code enabled=false} starts nothing;</li>
 * <li>{@code users=FILE}: YAML with a {@code users:} list (the inventory) → HTTP Basic on every request;</li>
 * <li>{@code tls=true}: HTTPS (self-signed unless {@code keystore}/{@code keystorePassword} name a PKCS12);</li>
 * <li>{@code interopNamespace}, {@code virtualizationNamespace}: namespace names;</li>
 * <li>{@code maxBodyBytes}: request size limit (default 4 MiB), above which 413;</li>
 * <li>{@code port=N}: this front end's port, overriding the launcher's base port (5988 and 5989 are the
 * registered wbem-http and wbem-https ports, WBEM-HTTP-007);</li>
 * <li>{@code drainMillis=N}: on stop, answer new requests 503 for this long before the listener closes
 * (default 0), so clients learn that the server is going away (WBEM-HTTP-012).</li>
 * </ul>
 * M-POST (RFC 2774 with the DSP0200 mapping URI) is accepted like POST.
 */
public final class WbemFrontEnd implements FrontEnd {
    public static final String KIND = "wbem";
    public static final int DEFAULT_MAX_BODY = 4 * 1024 * 1024;

    private final ProcessorFactory processors;
    private Javalin app;
    private CimomEndpoint endpoint;
    private long drainMillis;
    private X509Certificate certificate;

    public WbemFrontEnd(ProcessorFactory processors) {
        this.processors = processors;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public synchronized Map<String, String> start(Datacenter dc, FrontEndOptions opts) throws IOException {
        if (app != null) {
            throw new IllegalStateException("the WBEM front end is already started");
        }
        Map<String, String> settings = opts.settings();
        if ("false".equals(settings.get("enabled"))) {
            return Map.of();
        }
        WbemNamespaces namespaces;
        int maxBody;
        int port;
        long drain;
        try {
            namespaces = WbemNamespaces.of(settings);
            maxBody = Integer.parseInt(settings.getOrDefault("maxBodyBytes", Integer.toString(DEFAULT_MAX_BODY)));
            port = settings.containsKey("port") ? portSetting(settings.get("port")) : opts.port();
            drain = Long.parseLong(settings.getOrDefault("drainMillis", "0"));
            if (drain < 0 || drain > 60_000) {
                throw new IllegalArgumentException("drainMillis must be in 0..60000, was " + drain);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("wbem settings: " + e.getMessage(), e);
        }
        BasicAuthenticator auth = new BasicAuthenticator(HttpFrontEndSettings.users(KIND, opts));
        ServerIdentity identity = HttpFrontEndSettings.identity(KIND, opts, Instant.now());
        String host = opts.bindAddress().getHostAddress();
        String publicHost = HttpFrontEndSettings.publicHost(opts.bindAddress());
        CimomEndpoint cimom = new CimomEndpoint(auth, new CimXmlEnvelope(),
                processors.create(dc, namespaces, publicHost), maxBody);
        Javalin created = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.prefer405over404 = true;
            if (identity != null) {
                c.jetty.addConnector((server, http) -> TlsConnectors.https(server, http, identity, host,
                        port));
            }
            c.routes.addHttpHandler(HandlerType.POST, CimomEndpoint.PATH, cimom::post);
            // Javalin has no route for a method name with a hyphen, so M-POST is taken before routing
            c.routes.before(CimomEndpoint.PATH, ctx -> {
                if (ctx.req().getMethod().equals("M-POST")) {
                    cimom.mpost(ctx);
                    ctx.skipRemainingHandlers();
                }
            });
            for (HandlerType other : List.of(HandlerType.GET, HandlerType.PUT, HandlerType.DELETE,
                    HandlerType.PATCH, HandlerType.HEAD, HandlerType.OPTIONS)) {
                c.routes.addHttpHandler(other, CimomEndpoint.PATH, cimom::notAllowed);
            }
        });
        try {
            created.start(host, port);
        } catch (RuntimeException e) {
            created.stop();
            throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        app = created;
        endpoint = cimom;
        drainMillis = drain;
        certificate = identity == null ? null : identity.certificate();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put(KIND, (identity == null ? "http" : "https") + "://" + publicHost + ":" + created.port()
                + CimomEndpoint.PATH);
        endpoints.put(WbemNamespaces.INTEROP_KEY, namespaces.interop());
        endpoints.put(WbemNamespaces.VIRTUALIZATION_KEY, namespaces.virtualization());
        return endpoints;
    }

    /** The certificate served over TLS (for clients to trust); empty for plain HTTP or when stopped. */
    public synchronized Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    @Override
    public synchronized void stop() {
        if (app != null) {
            try {
                endpoint.beginShutdown();
                if (drainMillis > 0) {
                    Thread.sleep(drainMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    app.stop();
                } finally {
                    app = null;
                    endpoint = null;
                    certificate = null;
                }
            }
        }
    }

    private static int portSetting(String value) {
        int port = Integer.parseInt(value.trim());
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        return port;
    }
}
