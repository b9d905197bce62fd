package org.vcmtck.simulator.cimi;

import java.util.List;
import java.util.Optional;

/**
 * Creates Credentials from a CredentialCreate (CIMI-MACH-016): its credentialTemplate is either a reference to
 * one of the built-in CredentialTemplates or given by value with username and password and/or key.
 */
final class CredentialService {
    static final String CREDENTIALS = "credentials";
    static final String CREDENTIAL_TEMPLATES = "credentialTemplates";

    /** A built-in template: a user name only, the secret is the consumer's to give. */
    record Template(String id, String description, String username) {
    }

    static final List<Template> TEMPLATES = List.of(
            new Template("cloud-user", "the default guest user; give a password or key by value", "cloud-user"));

    private final UriSpace uris;
    private final CredentialStore store;

    CredentialService(UriSpace uris, CredentialStore store) {
        this.uris = uris;
        this.store = store;
    }

    CredentialStore store() {
        return store;
    }

    static Optional<Template> template(String id) {
        return TEMPLATES.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    CredentialStore.Credential credential(String id) {
        return store.find(id).orElseThrow(() -> CimiException.notFound("credential", id));
    }

    CredentialStore.Credential create(RequestBody body) {
        Bodies.expectType(body, "CredentialCreate");
        RequestBody template = body.child("credentialTemplate");
        if (template == null) {
            throw CimiException.badRequest("credentialTemplate", "is required");
        }
        String username;
        String password = null;
        String key = null;
        String templateHref = template.selfHref();
        if (templateHref != null) {
            String tid = uris.idIn(CREDENTIAL_TEMPLATES, templateHref, "credentialTemplate");
            username = template(tid).orElseThrow(() -> CimiException.badRequest("credentialTemplate",
                    "no CredentialTemplate '" + tid + "'")).username();
        } else {
            username = template.text("username");
            password = template.text("password");
            key = template.text("key");
            if (username == null || username.isBlank()) {
                throw CimiException.badRequest("credentialTemplate.username", "is required");
            }
            if (password == null && key == null) {
                throw CimiException.badRequest("credentialTemplate", "needs a password or a key");
            }
        }
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw CimiException.badRequest("name", "must not be blank");
        }
        return store.add(name, body.text("description"), username, password, key);
    }

    void delete(String id) {
        if (!store.remove(id)) {
            throw CimiException.notFound("credential", id);
        }
    }
}
