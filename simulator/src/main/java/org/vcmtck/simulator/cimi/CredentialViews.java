package org.vcmtck.simulator.cimi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Credentials and CredentialTemplates as CIMI renders them: never a password or key, only who they are for. */
final class CredentialViews {
    private final UriSpace uris;
    private final String started;

    CredentialViews(UriSpace uris, Instant started) {
        this.uris = uris;
        this.started = started.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    CimiDocument credential(CredentialStore.Credential c) {
        String id = uris.member(CredentialService.CREDENTIALS, c.id());
        String created = c.created().truncatedTo(ChronoUnit.SECONDS).toString();
        return CimiDocument.resource("Credential")
                .put("id", id)
                .put("name", c.name())
                .put("description", c.description())
                .put("created", created)
                .put("updated", created)
                .put("username", c.username())
                .operations(List.of(new Operation("delete", id)))
                .build();
    }

    CimiDocument credentials(List<CredentialStore.Credential> all) {
        return CollectionDocs.of(uris, "CredentialCollection", CredentialService.CREDENTIALS,
                all.stream().map(this::credential).toList(),
                List.of(new Operation("add", uris.collection(CredentialService.CREDENTIALS))));
    }

    CimiDocument template(CredentialService.Template t) {
        return CimiDocument.resource("CredentialTemplate")
                .put("id", uris.member(CredentialService.CREDENTIAL_TEMPLATES, t.id()))
                .put("name", t.id())
                .put("description", t.description())
                .put("created", started)
                .put("username", t.username())
                .build();
    }

    CimiDocument templates() {
        return CollectionDocs.of(uris, "CredentialTemplateCollection", CredentialService.CREDENTIAL_TEMPLATES,
                CredentialService.TEMPLATES.stream().map(this::template).toList(), List.of());
    }
}
