package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.Map;

/** Forwarding groups (groups of networks, created with ForwardingGroupCreate) and their templates. */
final class ForwardingGroupRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        String groups = NetworkingViews.GROUPS;
        kit.expandable(groups, id -> views(kit).group(service(kit).group(id)));
        kit.path(groups, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views(kit).groups(service(kit).groups())),
                HandlerType.POST, ctx -> {
                    var g = service(kit).createGroup(RouteKit.body(ctx));
                    kit.created(ctx, kit.services().uris().member(groups, g.id()), views(kit).group(g));
                }));
        kit.path(groups + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views(kit).group(service(kit).group(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    service(kit).deleteGroup(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.path(groups + "/{id}/networks", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx,
                        views(kit).groupNetworks(service(kit).group(ctx.pathParam("id"))))));
        kit.readOnly(NetworkingViews.GROUP_TEMPLATES, () -> views(kit).groupTemplates(),
                id -> views(kit).groupTemplate(NetworkingCatalog.groupTemplate(id).orElseThrow(
                        () -> CimiException.notFound("forwarding group template", id))));
    }

    private static NetworkingService service(RouteKit kit) {
        return kit.services().networking();
    }

    private static NetworkingViews views(RouteKit kit) {
        return kit.services().networkingViews();
    }
}
