package org.vcmtck.simulator.cimi;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.vcmtck.simulator.frontend.http.BasicAuthenticator;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ModelException;

import java.time.Instant;
import java.util.List;

/**
 * The CIMI view's HTTP front door: authentication, version and content negotiation before any handler runs (so
 * a refused request has changed nothing), the error document for every failure, and the list of resource
 * families ({@link RouteGroup}s) that declare the URL layout. A new family is one more entry in
 * {@link #groups()}.
 */
final class CimiRoutes {
    private final Datacenter dc;
    private final MachineRecords records;
    private final Instant started;
    private final VolumeRecords volumeRecords = new VolumeRecords();
    private final BasicAuthenticator auth;
    private volatile CimiServices services;

    private static List<RouteGroup> groups() {
        return List.of(new EntryPointRoutes(), new MachineRoutes(), new JobRoutes(), new VolumeRoutes(), new NetworkRoutes(),
                new CredentialRoutes(), new SystemRoutes(), new NetworkPortRoutes(), new AddressRoutes(),
                new ForwardingGroupRoutes(), new MeterRoutes(), new EventLogRoutes());
    }

    CimiRoutes(Datacenter dc, MachineRecords records, Instant started, BasicAuthenticator auth) {
        this.auth = auth;
        this.dc = dc;
        this.records = records;
        this.started = started;
    }

    /** Fixes the base URI; called once Jetty has bound its port, before the endpoint is published. */
    void bind(UriSpace uris) {
        services = CimiServices.create(uris, dc, records, volumeRecords, started);
    }

    private CimiServices services() {
        CimiServices s = services;
        if (s == null) {
            throw new CimiException(503, "the CIMI front end is still starting");
        }
        return s;
    }

    void install(JavalinConfig c) {
        c.http.prefer405over404 = true;
        c.routes.before(this::prepare);
        c.routes.exception(CimiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.attribute()));
        c.routes.exception(ModelException.class, (e, ctx) -> error(ctx, statusOf(e), e.getMessage(), e.field()));
        c.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e, null));
        RouteKit kit = new RouteKit(c, this::services);
        for (RouteGroup group : groups()) {
            group.install(kit);
        }
    }

    // ---------------------------------------------------------------- request preparation and errors

    private void prepare(Context ctx) {
        ctx.header(CimiNames.VERSION_HEADER, CimiNames.SPEC_VERSION);
        // authentication comes before negotiation and version checks: a stranger learns nothing but 401 (JSON)
        ctx.attribute(RouteKit.MEDIA, MediaType.JSON);
        authenticate(ctx);
        String versions = ctx.header(CimiNames.VERSION_HEADER);
        if (versions != null && !supportsAny(versions)) {
            throw new CimiException(400, "none of the requested CIMI versions (" + versions
                    + ") is supported; this provider speaks " + CimiNames.SPEC_VERSION);
        }
        ctx.attribute(RouteKit.MEDIA, MediaType.negotiate(ctx.header("Accept")));
    }

    /** Checked before anything else, so a refused request has read and changed nothing. */
    private void authenticate(Context ctx) {
        if (auth.isOpen()) {
            return;
        }
        BasicAuthenticator.Outcome outcome = auth.check(ctx.header("Authorization"));
        if (outcome != BasicAuthenticator.Outcome.ACCEPTED) {
            ctx.header("WWW-Authenticate", BasicAuthenticator.CHALLENGE);
            throw new CimiException(401, outcome.message());
        }
        if (!READS.contains(ctx.method().name()) && auth.isReadOnly(auth.user(ctx.header("Authorization")))) {
            throw new CimiException(403, "this user is read-only: it may read resources but not "
                    + ctx.method().name() + " them");
        }
    }

    /** The methods a read-only user may send. */
    private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    /** Any 1.x version is served by this 1.1.0 provider; the list is comma separated. */
    private static boolean supportsAny(String versions) {
        for (String v : versions.split(",")) {
            String t = v.trim();
            if (t.equals("1") || t.startsWith("1.")) {
                return true;
            }
        }
        return false;
    }

    private static void error(Context ctx, int status, String message, String attribute) {
        ctx.header(CimiNames.VERSION_HEADER, CimiNames.SPEC_VERSION);
        CimiDocument doc = CimiDocument.resource("Error")
                .put("status", status)
                .put("message", message)
                .put("attribute", attribute)
                .build();
        RouteKit.send(ctx, status, doc);
    }

    static int statusOf(ModelException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case INVALID_ARGUMENT -> 400;
            case INVALID_STATE_TRANSITION, IN_USE, INSUFFICIENT_CAPACITY, ALREADY_EXISTS -> 409;
        };
    }
}
