package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.cimi.auth.BasicAuthenticator;
import org.vcmtck.simulator.cimi.query.GetQueries;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.VirtualSystem;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The URL layout and HTTP rules of the CIMI view. Every path answers every verb: the ones it does not serve get
 * 405 with an Allow header. Content negotiation and the version check happen before any handler runs, so a
 * refused request has changed nothing.
 */
final class CimiRoutes {
    private static final String MEDIA = "cimi.media";
    private static final List<HandlerType> VERBS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);

    /** What the handlers need once the port, and so the base URI, is known. */
    private record Bound(UriSpace uris, CimiViews views, MachineService machines, VolumeService volumes,
                         VolumeViews volumeViews, NetworkService networks, NetworkViews networkViews,
                         ResourceMetadataViews metadata) {
    }

    private final Datacenter dc;
    private final MachineRecords records;
    private final java.time.Instant started;
    private volatile Bound bound;
    private final VolumeRecords volumeRecords = new VolumeRecords();
    /** Collection name → how one member is read, for {@code $expand}. */
    private final Map<String, Function<String, CimiDocument>> members = new ConcurrentHashMap<>();

    private final BasicAuthenticator auth;

    CimiRoutes(Datacenter dc, MachineRecords records, java.time.Instant started, BasicAuthenticator auth) {
        this.auth = auth;
        this.dc = dc;
        this.records = records;
        this.started = started;
    }

    /** Fixes the base URI; called once Jetty has bound its port, before the endpoint is published. */
    void bind(UriSpace uris) {
        CimiViews views = new CimiViews(uris, dc, records, started);
        bound = new Bound(uris, views, new MachineService(dc, uris, records, views),
                new VolumeService(dc, uris, volumeRecords, java.time.Clock.systemUTC()),
                new VolumeViews(uris, started), new NetworkService(dc, uris), new NetworkViews(uris, started),
                new ResourceMetadataViews(uris));
    }

    private Bound bound() {
        Bound b = bound;
        if (b == null) {
            throw new CimiException(503, "the CIMI front end is still starting");
        }
        return b;
    }

    void install(JavalinConfig c) {
        c.http.prefer405over404 = true;
        c.routes.before(this::prepare);
        c.routes.exception(CimiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.attribute()));
        c.routes.exception(ModelException.class, (e, ctx) -> error(ctx, statusOf(e), e.getMessage(), e.field()));
        c.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e, null));

        String root = UriSpace.ROOT;
        path(c, root + "/cloudEntryPoint", Map.of(HandlerType.GET, ctx -> ok(ctx, bound().views().cloudEntryPoint())));

        path(c, root + "/" + CimiViews.MACHINES, Map.of(
                HandlerType.GET, ctx -> ok(ctx, bound().views().machines()),
                HandlerType.POST, this::createMachine));
        path(c, root + "/" + CimiViews.MACHINES + "/{id}", Map.of(
                HandlerType.GET, this::getMachine,
                HandlerType.PUT, this::editMachine,
                HandlerType.DELETE, this::deleteMachine));
        path(c, root + "/" + CimiViews.MACHINES + "/{id}/{op}", Map.of(
                HandlerType.GET, this::getMachineSub,
                HandlerType.POST, this::machineAction));

        readOnly(c, CimiViews.MACHINE_CONFIGS, () -> bound().views().configs(),
                id -> bound().views().config(MachineCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("machine configuration", id))));
        readOnly(c, CimiViews.MACHINE_IMAGES, () -> bound().views().images(),
                id -> bound().views().image(MachineCatalog.image(id).orElseThrow(
                        () -> CimiException.notFound("machine image", id))));
        readOnly(c, CimiViews.MACHINE_TEMPLATES, () -> bound().views().templates(),
                id -> bound().views().template(MachineCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("machine template", id))));
        readOnly(c, CimiViews.JOBS, () -> bound().views().jobs(), id -> bound().views().job(job(id)));
        members.put(CimiViews.MACHINES, id -> bound().views().machine(bound().machines().machine(id)));
        installVolumesAndNetworks(c);
        readOnly(c, ResourceMetadataViews.RESOURCE_METADATA, () -> bound().metadata().collection(),
                id -> bound().metadata().one(id).orElseThrow(() -> CimiException.notFound("resource metadata", id)));
    }

    private void readOnly(JavalinConfig c, String collection, Supplier<CimiDocument> all,
                          Function<String, CimiDocument> one) {
        members.put(collection, one);
        path(c, UriSpace.ROOT + "/" + collection, Map.of(HandlerType.GET, ctx -> ok(ctx, all.get())));
        path(c, UriSpace.ROOT + "/" + collection + "/{id}",
                Map.of(HandlerType.GET, ctx -> ok(ctx, one.apply(ctx.pathParam("id")))));
    }

    private static void path(JavalinConfig c, String path, Map<HandlerType, Handler> handlers) {
        String allow = String.join(", ", VERBS.stream().filter(handlers::containsKey).map(HandlerType::name)
                .toList());
        for (HandlerType verb : VERBS) {
            Handler handler = handlers.get(verb);
            c.routes.addHttpHandler(verb, path, handler != null ? handler : ctx -> {
                ctx.header("Allow", allow);
                throw new CimiException(405, verb.name() + " is not allowed on " + ctx.path() + "; allowed: "
                        + allow);
            });
        }
    }

    // ---------------------------------------------------------------- request preparation and responses

    private void prepare(Context ctx) {
        ctx.header(CimiNames.VERSION_HEADER, CimiNames.SPEC_VERSION);
        // authentication comes before negotiation and version checks: a stranger learns nothing but 401 (JSON)
        ctx.attribute(MEDIA, MediaType.JSON);
        authenticate(ctx);
        String versions = ctx.header(CimiNames.VERSION_HEADER);
        if (versions != null && !supportsAny(versions)) {
            throw new CimiException(400, "none of the requested CIMI versions (" + versions
                    + ") is supported; this provider speaks " + CimiNames.SPEC_VERSION);
        }
        ctx.attribute(MEDIA, MediaType.negotiate(ctx.header("Accept")));
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
    }

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

    private static MediaType media(Context ctx) {
        MediaType m = ctx.attribute(MEDIA);
        return m == null ? MediaType.JSON : m;
    }

    /** GET answers are shaped by the CIMI query parameters ($filter, $select, …) here, for every resource. */
    private void ok(Context ctx, CimiDocument doc) {
        send(ctx, 200, ctx.method() == HandlerType.GET
                ? GetQueries.apply(ctx.queryParamMap(), doc, this::resolve) : doc);
    }

    /**
     * The resource an href of this provider names, for {@code $expand}: {@code <base>/<collection>/<id>} of a
     * collection whose members can be read; empty for anything else (the reference then stays a reference).
     */
    private Optional<CimiDocument> resolve(String href) {
        String base = bound().uris().base();
        if (href == null || !href.startsWith(base)) {
            return Optional.empty();
        }
        String[] parts = href.substring(base.length()).split("/");
        Function<String, CimiDocument> reader = parts.length == 2 ? members.get(parts[0]) : null;
        if (reader == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8)));
        } catch (CimiException | ModelException e) {
            return Optional.empty();
        }
    }

    private static void send(Context ctx, int status, CimiDocument doc) {
        MediaType m = media(ctx);
        ctx.status(status);
        ctx.contentType(m.contentType());
        ctx.result(m == MediaType.JSON ? JsonRenderer.render(doc) : XmlRenderer.render(doc));
    }

    private static void error(Context ctx, int status, String message, String attribute) {
        ctx.header(CimiNames.VERSION_HEADER, CimiNames.SPEC_VERSION);
        CimiDocument doc = CimiDocument.resource("Error")
                .put("status", status)
                .put("message", message)
                .put("attribute", attribute)
                .build();
        send(ctx, status, doc);
    }

    static int statusOf(ModelException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case INVALID_ARGUMENT -> 400;
            case INVALID_STATE_TRANSITION, IN_USE, INSUFFICIENT_CAPACITY, ALREADY_EXISTS -> 409;
        };
    }

    private static RequestBody body(Context ctx) {
        try {
            byte[] bytes = RequestBodies.readLimited(ctx.bodyInputStream(), ctx.req().getContentLengthLong());
            return RequestBodies.parse(bytes, ctx.header("Content-Type"));
        } catch (IOException e) {
            throw new CimiException(400, "cannot read the request body: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------- machines

    private void getMachine(Context ctx) {
        VirtualSystem system = bound().machines().machine(ctx.pathParam("id"));
        ctx.header("ETag", bound().views().etag(system));
        ok(ctx, bound().views().machine(system));
    }

    private void createMachine(Context ctx) {
        RequestBody body = body(ctx);
        VirtualSystem created = bound().machines().create(body);
        ctx.header("Location", bound().uris().member(CimiViews.MACHINES, created.id()));
        ctx.header("ETag", bound().views().etag(created));
        send(ctx, 201, bound().views().machine(created));
    }

    private void editMachine(Context ctx) {
        String id = ctx.pathParam("id");
        checkIfMatch(ctx, bound().machines().machine(id));
        RequestBody body = body(ctx);
        VirtualSystem updated = bound().machines().edit(id, body);
        ctx.header("ETag", bound().views().etag(updated));
        ok(ctx, bound().views().machine(updated));
    }

    private void deleteMachine(Context ctx) {
        String id = ctx.pathParam("id");
        checkIfMatch(ctx, bound().machines().machine(id));
        answerJob(ctx, bound().machines().delete(id));
    }

    private void getMachineSub(Context ctx) {
        String op = ctx.pathParam("op");
        VirtualSystem system = bound().machines().machine(ctx.pathParam("id"));
        if (op.equals("disks")) {
            ok(ctx, bound().views().disks(system));
        } else if (op.equals(VolumeViews.VOLUMES)) {
            ok(ctx, bound().volumeViews().machineVolumes(bound().uris().member(CimiViews.MACHINES, system.id()),
                    bound().volumes().attachedTo(system.id())));
        } else if (CimiViews.ACTIONS.contains(op)) {
            ctx.header("Allow", "POST");
            throw new CimiException(405, "an action is invoked with POST, not GET");
        } else {
            throw CimiException.notFound("machine sub-resource", op);
        }
    }

    private void machineAction(Context ctx) {
        String id = ctx.pathParam("id");
        String op = ctx.pathParam("op");
        VirtualSystem system = bound().machines().machine(id);
        if (op.equals("disks")) {
            ctx.header("Allow", "GET");
            throw new CimiException(405, "the disks sub-collection is read-only in this provider");
        }
        if (op.equals(VolumeViews.VOLUMES)) {
            attachVolume(ctx, system);
            return;
        }
        if (!CimiViews.ACTIONS.contains(op)) {
            throw CimiException.notFound("machine action", op);
        }
        checkIfMatch(ctx, system);
        answerJob(ctx, bound().machines().act(id, op, body(ctx)));
    }

    /** 200 when the model finished the job inside the call, 202 while it runs; the Job is the body either way. */
    private void answerJob(Context ctx, Job job) {
        String jobUri = bound().uris().member(CimiViews.JOBS, job.id());
        ctx.header(CimiNames.JOB_HEADER, jobUri);
        send(ctx, job.state().finished() ? 200 : 202, bound().views().job(job));
    }

    private void checkIfMatch(Context ctx, VirtualSystem system) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return;
        }
        String current = bound().views().etag(system);
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(current)) {
                return;
            }
        }
        throw new CimiException(412, "If-Match " + ifMatch + " does not match the machine's current ETag "
                + current);
    }

    private Job job(String id) {
        try {
            return dc.job(id);
        } catch (ModelException e) {
            if (e.kind() == org.vcmtck.simulator.model.ErrorKind.NOT_FOUND) {
                throw CimiException.notFound("job", id);
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- volumes and networks

    private void installVolumesAndNetworks(JavalinConfig c) {
        String root = UriSpace.ROOT + "/";
        path(c, root + VolumeViews.VOLUMES, Map.of(
                HandlerType.GET, ctx -> ok(ctx, bound().volumeViews().volumes(bound().volumes().volumes())),
                HandlerType.POST, this::createVolume));
        path(c, root + VolumeViews.VOLUMES + "/{id}", Map.of(
                HandlerType.GET, ctx -> ok(ctx, bound().volumeViews().volume(
                        bound().volumes().volume(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    bound().volumes().delete(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        readOnly(c, VolumeViews.VOLUME_CONFIGS, () -> bound().volumeViews().configs(),
                id -> bound().volumeViews().config(VolumeCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("volume configuration", id))));
        readOnly(c, VolumeViews.VOLUME_IMAGES, () -> bound().volumeViews().images(),
                id -> bound().volumeViews().image(VolumeCatalog.image(id).orElseThrow(
                        () -> CimiException.notFound("volume image", id))));
        readOnly(c, VolumeViews.VOLUME_TEMPLATES, () -> bound().volumeViews().templates(),
                id -> bound().volumeViews().template(VolumeCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("volume template", id))));
        path(c, root + CimiViews.MACHINES + "/{id}/" + VolumeViews.VOLUMES + "/{vid}", Map.of(
                HandlerType.GET, ctx -> machineVolume(ctx, false),
                HandlerType.DELETE, ctx -> machineVolume(ctx, true)));

        path(c, root + NetworkViews.NETWORKS, Map.of(
                HandlerType.GET, ctx -> ok(ctx, bound().networkViews().networks(bound().networks().networks())),
                HandlerType.POST, this::createNetwork));
        path(c, root + NetworkViews.NETWORKS + "/{id}", Map.of(
                HandlerType.GET, ctx -> ok(ctx, bound().networkViews().network(
                        bound().networks().network(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    bound().networks().delete(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        path(c, root + NetworkViews.NETWORKS + "/{id}/" + NetworkViews.NETWORK_PORTS, Map.of(
                HandlerType.GET, ctx -> {
                    var network = bound().networks().network(ctx.pathParam("id"));
                    ok(ctx, bound().networkViews().portsOf(network, bound().networks().ports(network)));
                }));
        readOnly(c, NetworkViews.NETWORK_PORTS, () -> bound().networkViews().ports(bound().networks().ports()),
                id -> bound().networkViews().port(bound().networks().port(id)));
        readOnly(c, NetworkViews.NETWORK_CONFIGS, () -> bound().networkViews().configs(),
                id -> bound().networkViews().config(NetworkCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("network configuration", id))));
        readOnly(c, NetworkViews.NETWORK_TEMPLATES, () -> bound().networkViews().templates(),
                id -> bound().networkViews().template(NetworkCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("network template", id))));
    }

    private void createVolume(Context ctx) {
        VolumeRecords.Volume created = bound().volumes().create(body(ctx));
        ctx.header("Location", bound().uris().member(VolumeViews.VOLUMES, created.id()));
        send(ctx, 201, bound().volumeViews().volume(created));
    }

    private void createNetwork(Context ctx) {
        var created = bound().networks().create(body(ctx));
        ctx.header("Location", bound().uris().member(NetworkViews.NETWORKS, created.id()));
        send(ctx, 201, bound().networkViews().network(created));
    }

    private void attachVolume(Context ctx, VirtualSystem system) {
        String machineUri = bound().uris().member(CimiViews.MACHINES, system.id());
        VolumeRecords.Volume attached = bound().volumes().attach(system, body(ctx));
        CimiDocument doc = bound().volumeViews().machineVolume(machineUri, attached);
        ctx.header("Location", (String) doc.get("id"));
        send(ctx, 201, doc);
    }

    /** GET shows one MachineVolume; DELETE detaches it (the volume itself stays). */
    private void machineVolume(Context ctx, boolean detach) {
        VirtualSystem system = bound().machines().machine(ctx.pathParam("id"));
        String vid = ctx.pathParam("vid");
        if (detach) {
            bound().volumes().detach(system, vid);
            ctx.status(200);
        } else {
            String machineUri = bound().uris().member(CimiViews.MACHINES, system.id());
            ok(ctx, bound().volumeViews().machineVolume(machineUri, bound().volumes().attachedVolume(system, vid)));
        }
    }
}
