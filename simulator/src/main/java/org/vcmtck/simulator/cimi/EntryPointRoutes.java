package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.Map;

/** The Cloud Entry Point and the provider's ResourceMetadata. */
final class EntryPointRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        kit.path("cloudEntryPoint", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().views().cloudEntryPoint())));
        kit.readOnly(ResourceMetadataViews.RESOURCE_METADATA, () -> kit.services().metadata().collection(),
                id -> kit.services().metadata().one(id).orElseThrow(
                        () -> CimiException.notFound("resource metadata", id)));
    }
}
