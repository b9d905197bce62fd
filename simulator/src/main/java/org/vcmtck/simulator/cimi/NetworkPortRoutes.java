package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The networkPorts collection — ports of connected NICs (from the model) and ports created with
 * NetworkPortCreate (kept by the front end) — and the port templates and configurations.
 */
final class NetworkPortRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        String ports = NetworkViews.NETWORK_PORTS;
        kit.expandable(ports, id -> port(kit, id));
        kit.path(ports, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, all(kit)),
                HandlerType.POST, ctx -> {
                    var p = kit.services().networking().createPort(RouteKit.body(ctx));
                    kit.created(ctx, kit.services().uris().member(ports, p.id()),
                            kit.services().networkingViews().port(p));
                }));
        kit.path(ports + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, port(kit, ctx.pathParam("id"))),
                HandlerType.DELETE, ctx -> {
                    kit.services().networking().deletePort(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.readOnly(NetworkingViews.PORT_CONFIGS, () -> kit.services().networkingViews().portConfigs(),
                id -> kit.services().networkingViews().portConfig(NetworkingCatalog.portConfig(id).orElseThrow(
                        () -> CimiException.notFound("network port configuration", id))));
        kit.readOnly(NetworkingViews.PORT_TEMPLATES, () -> kit.services().networkingViews().portTemplates(),
                id -> kit.services().networkingViews().portTemplate(NetworkingCatalog.portTemplate(id).orElseThrow(
                        () -> CimiException.notFound("network port template", id))));
    }

    private static CimiDocument port(RouteKit kit, String id) {
        var created = kit.services().networking().createdPort(id);
        return created != null ? kit.services().networkingViews().port(created)
                : kit.services().networkViews().port(kit.services().networks().port(id));
    }

    private static CimiDocument all(RouteKit kit) {
        List<CimiDocument> members = new ArrayList<>();
        kit.services().networks().ports().forEach(p -> members.add(kit.services().networkViews().port(p)));
        kit.services().networking().createdPorts().forEach(p -> members.add(kit.services().networkingViews().port(p)));
        return CollectionDocs.of(kit.services().uris(), "NetworkPortCollection", NetworkViews.NETWORK_PORTS, members,
                List.of(new Operation("add", kit.services().uris().collection(NetworkViews.NETWORK_PORTS))));
    }
}
