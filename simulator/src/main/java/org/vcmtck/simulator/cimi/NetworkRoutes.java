package org.vcmtck.simulator.cimi;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Map;

/** Networks (the model's virtual switches), their ports, configurations and templates. */
final class NetworkRoutes implements RouteGroup {
    private RouteKit kit;

    @Override
    public void install(RouteKit kit) {
        this.kit = kit;
        String networks = NetworkViews.NETWORKS;
        kit.path(networks, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views().networks(service().networks())),
                HandlerType.POST, this::create));
        kit.path(networks + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views().network(service().network(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    service().delete(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.path(networks + "/{id}/" + NetworkViews.NETWORK_PORTS, Map.of(
                HandlerType.GET, ctx -> {
                    var network = service().network(ctx.pathParam("id"));
                    kit.ok(ctx, views().portsOf(network, service().ports(network)));
                }));
        // the networkPorts collection (model ports and created ones) is served by NetworkPortRoutes
        kit.readOnly(NetworkViews.NETWORK_CONFIGS, () -> views().configs(),
                id -> views().config(NetworkCatalog.config(id).orElseThrow(
                        () -> CimiException.notFound("network configuration", id))));
        kit.readOnly(NetworkViews.NETWORK_TEMPLATES, () -> views().templates(),
                id -> views().template(NetworkCatalog.template(id).orElseThrow(
                        () -> CimiException.notFound("network template", id))));
    }

    private NetworkService service() {
        return kit.services().networks();
    }

    private NetworkViews views() {
        return kit.services().networkViews();
    }

    private void create(Context ctx) {
        var created = service().create(RouteKit.body(ctx));
        kit.created(ctx, kit.services().uris().member(NetworkViews.NETWORKS, created.id()),
                views().network(created));
    }
}
