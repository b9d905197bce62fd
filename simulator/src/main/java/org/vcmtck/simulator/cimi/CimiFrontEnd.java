package org.vcmtck.simulator.cimi;

import io.javalin.Javalin;
import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndOptions;
import org.vcmtck.simulator.model.Datacenter;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;

/**
 * The CIMI REST view of a datacenter, served by Javalin on the options' address and port. Publishes one
 * endpoint, "cimi", the Cloud Entry Point URL. The setting {@code enabled=false} starts nothing.
 */
public final class CimiFrontEnd implements FrontEnd {
    public static final String KIND = "cimi";

    private final Clock clock;
    private Javalin app;

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
        // routes are fixed before Jetty starts, but the base URI needs the bound port: it is set just after
        CimiRoutes routes = new CimiRoutes(dc, new MachineRecords(clock), clock.instant());
        Javalin created = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.router.ignoreTrailingSlashes = true;
            routes.install(c);
        });
        try {
            created.start(opts.bindAddress().getHostAddress(), opts.port());
        } catch (RuntimeException e) {
            created.stop();
            throw new IOException("cannot listen on " + opts.bindAddress().getHostAddress() + ":" + opts.port()
                    + ": " + e.getMessage(), e);
        }
        app = created;
        UriSpace uris = new UriSpace("http://" + hostOf(opts.bindAddress()) + ":" + created.port()
                + UriSpace.ROOT + "/");
        routes.bind(uris);
        return Map.of(KIND, uris.cloudEntryPoint());
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
            }
        }
    }
}
