package org.vcmtck.simulator.cimi;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.Map;

/** Machines, their configurations, images and templates, their disks and actions, and Jobs. */
final class MachineRoutes implements RouteGroup {
    private RouteKit kit;

    @Override
    public void install(RouteKit kit) {
        this.kit = kit;
        String machines = CimiViews.MACHINES;
        kit.path(machines, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().views().machines()),
                HandlerType.POST, this::create));
        kit.path(machines + "/{id}", Map.of(
                HandlerType.GET, this::get,
                HandlerType.PUT, this::edit,
                HandlerType.DELETE, this::delete));
        kit.path(machines + "/{id}/{op}", Map.of(
                HandlerType.GET, this::getSub,
                HandlerType.POST, this::postSub));
        kit.expandable(machines, id -> kit.services().views().machine(kit.services().machines().machine(id)));
        kit.subCollection(machines, "disks", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().views().disks(machine(ctx)))));

        kit.readOnly(CimiViews.MACHINE_CONFIGS, () -> kit.services().views().configs(),
                id -> kit.services().views().config(MachineCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("machine configuration", id))));
        kit.readOnly(CimiViews.MACHINE_IMAGES, () -> kit.services().views().images(),
                id -> kit.services().views().image(MachineCatalog.image(id).orElseThrow(
                        () -> CimiException.notFound("machine image", id))));
        kit.readOnly(CimiViews.MACHINE_TEMPLATES, () -> kit.services().views().templates(),
                id -> kit.services().views().template(MachineCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("machine template", id))));
        kit.readOnly(CimiViews.JOBS, () -> kit.services().views().jobs(),
                id -> kit.services().views().job(kit.job(id)));
    }

    /** The machine named by the {@code id} path parameter (404 if unknown). */
    VirtualSystem machine(Context ctx) {
        return kit.services().machines().machine(ctx.pathParam("id"));
    }

    private void get(Context ctx) {
        VirtualSystem system = machine(ctx);
        ctx.header("ETag", kit.services().views().etag(system));
        kit.ok(ctx, kit.services().views().machine(system));
    }

    private void create(Context ctx) {
        CimiServices s = kit.services();
        VirtualSystem created = s.machines().create(RouteKit.body(ctx));
        ctx.header("ETag", s.views().etag(created));
        kit.created(ctx, s.uris().member(CimiViews.MACHINES, created.id()), s.views().machine(created));
    }

    private void edit(Context ctx) {
        CimiServices s = kit.services();
        String id = ctx.pathParam("id");
        RouteKit.checkIfMatch(ctx, s.views().etag(s.machines().machine(id)), "machine");
        VirtualSystem updated = s.machines().edit(id, RouteKit.body(ctx));
        ctx.header("ETag", s.views().etag(updated));
        kit.ok(ctx, s.views().machine(updated));
    }

    private void delete(Context ctx) {
        CimiServices s = kit.services();
        String id = ctx.pathParam("id");
        RouteKit.checkIfMatch(ctx, s.views().etag(s.machines().machine(id)), "machine");
        kit.answerJob(ctx, s.machines().delete(id));
    }

    private void getSub(Context ctx) throws Exception {
        String op = ctx.pathParam("op");
        VirtualSystem system = machine(ctx);
        var sub = kit.subCollection(CimiViews.MACHINES, op, HandlerType.GET);
        if (sub.isPresent()) {
            sub.get().handle(ctx);
        } else if (CimiViews.ACTIONS.contains(op)) {
            ctx.header("Allow", "POST");
            throw new CimiException(405, "an action is invoked with POST, not GET");
        } else {
            throw CimiException.notFound("machine sub-resource", op + " of " + system.id());
        }
    }

    private void postSub(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        String op = ctx.pathParam("op");
        VirtualSystem system = machine(ctx);
        var sub = kit.subCollection(CimiViews.MACHINES, op, HandlerType.POST);
        if (sub.isPresent()) {
            sub.get().handle(ctx);
            return;
        }
        if (!CimiViews.ACTIONS.contains(op)) {
            throw CimiException.notFound("machine action", op);
        }
        RouteKit.checkIfMatch(ctx, kit.services().views().etag(system), "machine");
        kit.answerJob(ctx, kit.services().machines().act(id, op, RouteKit.body(ctx)));
    }
}
