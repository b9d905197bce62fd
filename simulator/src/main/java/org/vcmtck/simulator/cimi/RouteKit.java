package org.vcmtck.simulator.cimi;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.cimi.query.GetQueries;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.ModelException;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP rules every CIMI route shares, handed to each {@link RouteGroup}: every path answers every verb (the
 * ones it does not serve get 405 with an Allow header), GET answers are shaped by the CIMI query parameters,
 * responses are rendered in the negotiated media type, and collections register how one member is read so
 * that {@code $expand} can follow any href of this provider.
 */
final class RouteKit {
    static final String MEDIA = "cimi.media";
    private static final List<HandlerType> VERBS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);

    private final JavalinConfig config;
    private final Supplier<CimiServices> services;
    /** Collection name → how one member is read, for {@code $expand}. */
    private final Map<String, Function<String, CimiDocument>> members = new ConcurrentHashMap<>();
    /** "parent/name" → the handlers of a sub-collection of the parent's members. */
    private final Map<String, Map<HandlerType, Handler>> subs = new ConcurrentHashMap<>();

    RouteKit(JavalinConfig config, Supplier<CimiServices> services) {
        this.config = config;
        this.services = services;
    }

    /** The shared services; 503 while the server is still binding its port. */
    CimiServices services() {
        return services.get();
    }

    // ---------------------------------------------------------------- declaring routes

    /** Serves {@code path} (relative to the CIMI root, e.g. {@code machines/{id}}) with the given handlers. */
    void path(String path, Map<HandlerType, Handler> handlers) {
        String full = UriSpace.ROOT + "/" + path;
        String allow = String.join(", ", VERBS.stream().filter(handlers::containsKey).map(HandlerType::name)
                .toList());
        for (HandlerType verb : VERBS) {
            Handler handler = handlers.get(verb);
            config.routes.addHttpHandler(verb, full, handler != null ? handler : ctx -> {
                ctx.header("Allow", allow);
                throw new CimiException(405, verb.name() + " is not allowed on " + ctx.path() + "; allowed: "
                        + allow);
            });
        }
    }

    /** A collection and its members, both read-only; members become expandable. */
    void readOnly(String collection, Supplier<CimiDocument> all, Function<String, CimiDocument> one) {
        expandable(collection, one);
        path(collection, Map.of(HandlerType.GET, ctx -> ok(ctx, all.get())));
        path(collection + "/{id}", Map.of(HandlerType.GET, ctx -> ok(ctx, one.apply(ctx.pathParam("id")))));
    }

    /**
     * Declares a sub-collection of the members of {@code parent} (e.g. {@code machines} → {@code volumes}). The
     * parent's group serves {@code parent/{id}/{name}} through {@link #subCollection(String, String)}, so a
     * family can add sub-collections to another family's resources without touching its routes.
     */
    void subCollection(String parent, String name, Map<HandlerType, Handler> handlers) {
        subs.put(parent + "/" + name, handlers);
    }

    /** The handler for {@code verb} on a declared sub-collection: empty if none is declared under that name. */
    Optional<Handler> subCollection(String parent, String name, HandlerType verb) {
        Map<HandlerType, Handler> handlers = subs.get(parent + "/" + name);
        if (handlers == null) {
            return Optional.empty();
        }
        Handler h = handlers.get(verb);
        if (h != null) {
            return Optional.of(h);
        }
        String allow = String.join(", ", VERBS.stream().filter(handlers::containsKey).map(HandlerType::name)
                .toList());
        return Optional.of(ctx -> {
            ctx.header("Allow", allow);
            throw new CimiException(405, verb.name() + " is not allowed on " + ctx.path() + "; allowed: " + allow);
        });
    }

    /** Lets {@code $expand} replace a reference to a member of {@code collection} by the member itself. */
    void expandable(String collection, Function<String, CimiDocument> one) {
        members.put(collection, one);
    }

    // ---------------------------------------------------------------- answering

    /** 200 with the document; a GET answer is shaped by the CIMI query parameters ($filter, $select, …). */
    void ok(Context ctx, CimiDocument doc) {
        send(ctx, 200, ctx.method() == HandlerType.GET
                ? GetQueries.apply(ctx.queryParamMap(), doc, this::resolve) : doc);
    }

    /** 201 with Location naming the new resource and its representation as the body. */
    void created(Context ctx, String location, CimiDocument doc) {
        ctx.header("Location", location);
        send(ctx, 201, doc);
    }

    /** 200 when the model finished the job inside the call, 202 while it runs; the Job is the body either way. */
    void answerJob(Context ctx, Job job) {
        CimiServices s = services();
        ctx.header(CimiNames.JOB_HEADER, s.uris().member(CimiViews.JOBS, job.id()));
        send(ctx, job.state().finished() ? 200 : 202, s.views().job(job));
    }

    static void send(Context ctx, int status, CimiDocument doc) {
        MediaType m = media(ctx);
        ctx.status(status);
        ctx.contentType(m.contentType());
        ctx.result(m == MediaType.JSON ? JsonRenderer.render(doc) : XmlRenderer.render(doc));
    }

    static MediaType media(Context ctx) {
        MediaType m = ctx.attribute(MEDIA);
        return m == null ? MediaType.JSON : m;
    }

    // ---------------------------------------------------------------- reading requests

    static RequestBody body(Context ctx) {
        try {
            byte[] bytes = RequestBodies.readLimited(ctx.bodyInputStream(), ctx.req().getContentLengthLong());
            return RequestBodies.parse(bytes, ctx.header("Content-Type"));
        } catch (IOException e) {
            throw new CimiException(400, "cannot read the request body: " + e.getMessage());
        }
    }

    /**
     * The attribute names of a PUT's {@code $select} (comma separated, repeatable), or null when it has none: the
     * update then replaces every updatable attribute (CIMI-HTTP-017).
     */
    static Set<String> selected(Context ctx) {
        List<String> values = ctx.queryParams("$select");
        if (values.isEmpty()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }

    /** 412 unless If-Match is absent, {@code *}, or names {@code currentEtag}. */
    static void checkIfMatch(Context ctx, String currentEtag, String what) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().equals(currentEtag)) {
                return;
            }
        }
        throw new CimiException(412, "If-Match " + ifMatch + " does not match the " + what + "'s current ETag "
                + currentEtag);
    }

    /** A model job by id; a job the model does not know is a CIMI 404. */
    Job job(String id) {
        try {
            return services().dc().job(id);
        } catch (ModelException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw CimiException.notFound("job", id);
            }
            throw e;
        }
    }

    /**
     * The resource an href of this provider names, for {@code $expand}: {@code <base>/<collection>/<id>} of a
     * collection whose members can be read; empty for anything else (the reference then stays a reference).
     */
    private Optional<CimiDocument> resolve(String href) {
        String base = services().uris().base();
        if (href == null || !href.startsWith(base)) {
            return Optional.empty();
        }
        String[] parts = href.substring(base.length()).split("/");
        Function<String, CimiDocument> reader = parts.length == 2 ? members.get(parts[0]) : null;
        if (reader == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(URLDecoder.decode(parts[1], StandardCharsets.UTF_8)));
        } catch (CimiException | ModelException e) {
            return Optional.empty();
        }
    }
}
