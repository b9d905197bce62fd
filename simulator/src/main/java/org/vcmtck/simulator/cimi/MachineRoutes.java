package org.vcmtck.simulator.cimi;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobState;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.Map;

/** Machines, their configurations, images and templates, their disks and actions (Jobs: {@link JobRoutes}). */
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
        kit.path(machines + "/{id}/disks/{part}", Map.of(HandlerType.GET, ctx -> kit.ok(ctx,
                parts().disk(kit.services().views(), machine(ctx), ctx.pathParam("part")))));
        kit.subCollection(machines, MachinePartViews.NETWORK_INTERFACES, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, parts().networkInterfaces(machine(ctx)))));
        kit.path(machines + "/{id}/" + MachinePartViews.NETWORK_INTERFACES + "/{part}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, parts().networkInterface(machine(ctx), ctx.pathParam("part")))));

        kit.readOnly(CimiViews.MACHINE_CONFIGS, () -> kit.services().views().configs(),
                id -> kit.services().views().config(MachineCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("machine configuration", id))));
        installImages();
        kit.readOnly(CimiViews.MACHINE_TEMPLATES, () -> kit.services().views().templates(),
                id -> kit.services().views().template(MachineCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("machine template", id))));
    }

    private MachinePartViews parts() {
        return kit.services().machineParts().views();
    }

    /** Built-in and captured images; POST to the collection is the machine's capture operation. */
    private void installImages() {
        String images = CimiViews.MACHINE_IMAGES;
        kit.path(images, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().machineParts().imageViews().images()),
                HandlerType.POST, ctx -> {
                    MachineParts p = kit.services().machineParts();
                    CapturedImages.Image image = p.images().capture(RouteKit.body(ctx));
                    kit.created(ctx, kit.services().uris().member(images, image.id()), p.imageViews().captured(image));
                }));
        kit.path(images + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().machineParts().imageViews().image(
                        ctx.pathParam("id"))),
                HandlerType.DELETE, ctx -> {
                    kit.services().machineParts().images().delete(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.expandable(images, id -> kit.services().machineParts().imageViews().image(id));
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

    /**
     * 201 with the machine when it was created inside the request; otherwise 202 with Location naming the machine
     * (CREATING meanwhile), CIMI-Job-URI naming the creation's Job, and the Job as the body.
     */
    private void create(Context ctx) {
        CimiServices s = kit.services();
        MachineService.Creation made = s.machines().create(RouteKit.body(ctx));
        Job job = made.job();
        String location = s.uris().member(CimiViews.MACHINES, made.systemId());
        if (job != null && job.state() == JobState.FAILED) {
            throw new CimiException(409, "the machine could not be created: " + job.error());
        }
        if (job == null || job.state().finished()) {
            if (job != null) {
                // the creation's Job exists even though it finished inside the request: name it (CIMI-HTTP-007)
                ctx.header(CimiNames.JOB_HEADER, s.uris().member(CimiViews.JOBS, job.id()));
            }
            VirtualSystem created = s.machines().machine(made.systemId());
            ctx.header("ETag", s.views().etag(created));
            kit.created(ctx, location, s.views().machine(created));
            return;
        }
        ctx.header("Location", location);
        kit.answerJob(ctx, job);
    }

    private void edit(Context ctx) {
        CimiServices s = kit.services();
        String id = ctx.pathParam("id");
        RouteKit.checkIfMatch(ctx, s.views().etag(s.machines().machine(id)), "machine");
        VirtualSystem updated = s.machines().edit(id, RouteKit.body(ctx), RouteKit.selected(ctx));
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
