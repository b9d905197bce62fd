package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.Map;

/** Addresses (created with AddressCreate from a template on a network) and their templates. */
final class AddressRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        String addresses = NetworkingViews.ADDRESSES;
        kit.expandable(addresses, id -> views(kit).address(service(kit).address(id)));
        kit.path(addresses, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views(kit).addresses(service(kit).addresses())),
                HandlerType.POST, ctx -> {
                    var a = service(kit).createAddress(RouteKit.body(ctx));
                    kit.created(ctx, kit.services().uris().member(addresses, a.id()), views(kit).address(a));
                }));
        kit.path(addresses + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, views(kit).address(service(kit).address(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    service(kit).deleteAddress(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.readOnly(NetworkingViews.ADDRESS_TEMPLATES, () -> views(kit).addressTemplates(),
                id -> views(kit).addressTemplate(NetworkingCatalog.addressTemplate(id).orElseThrow(
                        () -> CimiException.notFound("address template", id))));
    }

    private static NetworkingService service(RouteKit kit) {
        return kit.services().networking();
    }

    private static NetworkingViews views(RouteKit kit) {
        return kit.services().networkingViews();
    }
}
