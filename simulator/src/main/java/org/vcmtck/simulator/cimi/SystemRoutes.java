package org.vcmtck.simulator.cimi;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.model.Job;

import java.util.List;
import java.util.Map;

/**
 * Systems, their member sub-collections and actions, OVF import and export, and SystemTemplates.
 * <ul>
 * <li>{@code POST systems}: a SystemCreate (by-reference systemTemplate) → 201 with the System; or an Action
 *     {@code …/action/import} with {@code source} → 201 with the imported System;</li>
 * <li>{@code POST systems/{id}/{start|stop|restart|pause|suspend}}: an Action → the Job of the last member it
 *     was applied to (200 when finished, 202 while running);</li>
 * <li>{@code POST systems/{id}/export}: an Action with optional {@code format} (OVF) and {@code destination}
 *     → 201 with Location naming the exported descriptor ({@code systems/{id}/package/{name}.ovf} or a file
 *     URI) and the System as body;</li>
 * <li>{@code GET systems/{id}/{machines|volumes|…}}: the member sub-collections.</li>
 * </ul>
 */
final class SystemRoutes implements RouteGroup {
    private RouteKit kit;

    @Override
    public void install(RouteKit kit) {
        this.kit = kit;
        String systems = SystemViews.SYSTEMS;
        kit.path(systems, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views().systems(service().systems(), service())),
                HandlerType.POST, this::createOrImport));
        kit.path(systems + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views().system(service().system(ctx.pathParam("id")),
                        service())),
                HandlerType.DELETE, ctx -> answer(ctx, service().delete(ctx.pathParam("id")))));
        kit.path(systems + "/{id}/{op}", Map.of(
                HandlerType.GET, this::getSub,
                HandlerType.POST, this::postSub));
        kit.path(systems + "/{id}/" + SystemViews.PACKAGE + "/{file}", Map.of(
                HandlerType.GET, this::packageFile));
        kit.expandable(systems, id -> views().system(service().system(id), service()));
        kit.readOnly(SystemViews.SYSTEM_TEMPLATES, () -> views().templates(),
                id -> views().template(SystemCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("system template", id))));
    }

    private SystemService service() {
        return kit.services().systems();
    }

    private SystemViews views() {
        return kit.services().systemViews();
    }

    private void createOrImport(Context ctx) {
        RequestBody body = RouteKit.body(ctx);
        boolean isImport = body.has("action") || CimiNames.typeUri("Action").equals(body.declaredType());
        if (isImport && !views().packages()) {
            throw CimiException.notFound("systems operation", "import");
        }
        SystemService.Sys sys = isImport ? kit.services().systemPackages().importPackage(body)
                : service().create(body);
        kit.created(ctx, kit.services().uris().member(SystemViews.SYSTEMS, sys.id()), views().system(sys, service()));
    }

    private void getSub(Context ctx) {
        String op = ctx.pathParam("op");
        SystemService.Sys sys = service().system(ctx.pathParam("id"));
        if (SystemViews.entryType(op) != null) {
            kit.ok(ctx, views().subCollection(sys, op));
        } else if (CimiViews.ACTIONS.contains(op) || op.equals("export")) {
            ctx.header("Allow", "POST");
            throw new CimiException(405, "an action is invoked with POST, not GET");
        } else {
            throw CimiException.notFound("system sub-resource", op + " of " + sys.id());
        }
    }

    private void postSub(Context ctx) {
        String id = ctx.pathParam("id");
        String op = ctx.pathParam("op");
        SystemService.Sys sys = service().system(id);
        if (op.equals("export") && views().packages()) {
            SystemPackages.Exported exported = kit.services().systemPackages().export(id, RouteKit.body(ctx));
            kit.created(ctx, exported.location(), views().system(service().system(id), service()));
        } else if (CimiViews.ACTIONS.contains(op)) {
            answer(ctx, service().act(sys.id(), op, RouteKit.body(ctx)));
        } else {
            throw CimiException.notFound("system action", op);
        }
    }

    /** The job of the last member an operation was applied to; the others are listed in the jobs collection. */
    private void answer(Context ctx, List<Job> jobs) {
        if (jobs.isEmpty()) {
            ctx.status(204);
            return;
        }
        kit.answerJob(ctx, jobs.get(jobs.size() - 1));
    }

    /** Package files are served as they are, not as CIMI documents. */
    private void packageFile(Context ctx) {
        String file = ctx.pathParam("file");
        byte[] bytes = kit.services().systemPackages().keptFile(ctx.pathParam("id"), file);
        ctx.status(200);
        ctx.contentType(file.endsWith(".ovf") ? "application/ovf+xml" : "text/plain; charset=utf-8");
        ctx.result(bytes);
    }
}
