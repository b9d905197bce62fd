package org.vcmtck.simulator.cimi;

import io.javalin.http.HandlerType;

import java.util.Map;

/** Credentials (create, read, delete) and the built-in CredentialTemplates (read-only). */
final class CredentialRoutes implements RouteGroup {
    @Override
    public void install(RouteKit kit) {
        String credentials = CredentialService.CREDENTIALS;
        kit.path(credentials, Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().machineParts().credentialViews().credentials(
                        kit.services().machineParts().credentials().store().all())),
                HandlerType.POST, ctx -> {
                    CimiServices s = kit.services();
                    CredentialStore.Credential created = s.machineParts().credentials().create(RouteKit.body(ctx));
                    kit.created(ctx, s.uris().member(credentials, created.id()),
                            s.machineParts().credentialViews().credential(created));
                }));
        kit.path(credentials + "/{id}", Map.of(
                HandlerType.GET, ctx -> kit.ok(ctx, kit.services().machineParts().credentialViews().credential(
                        kit.services().machineParts().credentials().credential(ctx.pathParam("id")))),
                HandlerType.DELETE, ctx -> {
                    kit.services().machineParts().credentials().delete(ctx.pathParam("id"));
                    ctx.status(200);
                }));
        kit.expandable(credentials, id -> kit.services().machineParts().credentialViews().credential(
                kit.services().machineParts().credentials().credential(id)));
        kit.readOnly(CredentialService.CREDENTIAL_TEMPLATES, () -> kit.services().machineParts().credentialViews().templates(),
                id -> kit.services().machineParts().credentialViews().template(CredentialService.template(id).orElseThrow(
                        () -> CimiException.notFound("credential template", id))));
    }
}
