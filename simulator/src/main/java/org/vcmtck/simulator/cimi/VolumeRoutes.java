package org.vcmtck.simulator.cimi;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.Map;

/** Volumes with their configurations, images and templates, and their attachment to machines. */
final class VolumeRoutes implements RouteGroup {
    private RouteKit kit;

    @Override
    public void install(RouteKit kit) {
        this.kit = kit;
        String volumes = VolumeViews.VOLUMES;
        kit.path(volumes, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views().volumes(kit.services().volumes().volumes())),
                HandlerType.POST, this::create));
        kit.path(volumes + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views().volume(kit.services().volumes().volume(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    kit.services().volumes().delete(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.readOnly(VolumeViews.VOLUME_CONFIGS, () -> views().configs(),
                id -> views().config(VolumeCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("volume configuration", id))));
        kit.readOnly(VolumeViews.VOLUME_IMAGES, () -> views().images(),
                id -> views().image(VolumeCatalog.image(id).orElseThrow(
                        () -> CimiException.notFound("volume image", id))));
        kit.readOnly(VolumeViews.VOLUME_TEMPLATES, () -> views().templates(),
                id -> views().template(VolumeCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("volume template", id))));

        kit.subCollection(CimiViews.MACHINES, volumes, Map.of(
                HandlerType.GET, ctx -> {
                    VirtualSystem system = machine(ctx);
                    kit.ok(ctx, views().machineVolumes(machineUri(system),
                            kit.services().volumes().attachedTo(system.id())));
                },
                HandlerType.POST, this::attach));
        kit.path(CimiViews.MACHINES + "/{id}/" + volumes + "/{vid}", Map.of(
                HandlerType.GET, ctx -> machineVolume(ctx, false),
                HandlerType.DELETE, ctx -> machineVolume(ctx, true)));
    }

    private VolumeViews views() {
        return kit.services().volumeViews();
    }

    private VirtualSystem machine(Context ctx) {
        return kit.services().machines().machine(ctx.pathParam("id"));
    }

    private String machineUri(VirtualSystem system) {
        return kit.services().uris().member(CimiViews.MACHINES, system.id());
    }

    private void create(Context ctx) {
        VolumeRecords.Volume created = kit.services().volumes().create(RouteKit.body(ctx));
        kit.created(ctx, kit.services().uris().member(VolumeViews.VOLUMES, created.id()), views().volume(created));
    }

    private void attach(Context ctx) {
        VirtualSystem system = machine(ctx);
        VolumeRecords.Volume attached = kit.services().volumes().attach(system, RouteKit.body(ctx));
        CimiDocument doc = views().machineVolume(machineUri(system), attached);
        kit.created(ctx, (String) doc.get("id"), doc);
    }

    /** GET shows one MachineVolume; DELETE detaches it (the volume itself stays). */
    private void machineVolume(Context ctx, boolean detach) {
        VirtualSystem system = machine(ctx);
        String vid = ctx.pathParam("vid");
        if (detach) {
            kit.services().volumes().detach(system, vid);
            ctx.status(200);
        } else {
            kit.ok(ctx, views().machineVolume(machineUri(system),
                    kit.services().volumes().attachedVolume(system, vid)));
        }
    }
}
