package org.vcmtck.profiles.target;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vcmtck.profiles.Catalogue;

/**
 * What one run checks: either the built-in reference (started in-process) or the endpoints of a real
 * implementation, with the standards and features it claims. Read from a {@code target.yaml} by
 * {@link TargetLoader}.
 *
 * @param name        display name, required
 * @param description free text, empty when absent
 * @param vendor      free text, empty when absent
 * @param reference   present when the built-in reference is the target
 * @param endpoints   endpoints of a real implementation; {@link Endpoints#none()} for the reference
 * @param credentials per endpoint kind ({@code cimi}, {@code wbem})
 * @param tls         TLS settings for https endpoints
 * @param claims      the standards and optional features claimed
 * @param consumer    how to deploy OVF packages into the implementation (the {@code consumer:} section); empty when
 *                    the file has none (the built-in reference has its own)
 * @param producer    how to export OVF packages from the implementation (the {@code producer:} section), checked
 *                    together with {@code endpoints.ovf}; empty when the file has none
 * @param source      the target file, null for {@link #builtInReference()}
 */
public record Target(String name, String description, String vendor, Optional<ReferenceOptions> reference,
                     Endpoints endpoints, Map<String, Credentials> credentials, TlsOptions tls, Claims claims,
                     Optional<OvfConsumerCommand> consumer, Optional<OvfExportCommand> producer, Path source) {

    public Target {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        vendor = vendor == null ? "" : vendor;
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(endpoints, "endpoints");
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
        tls = tls == null ? TlsOptions.defaults() : tls;
        Objects.requireNonNull(claims, "claims");
        consumer = consumer == null ? Optional.empty() : consumer;
        producer = producer == null ? Optional.empty() : producer;
    }

    /** A target without a producer section. */
    public Target(String name, String description, String vendor, Optional<ReferenceOptions> reference,
                  Endpoints endpoints, Map<String, Credentials> credentials, TlsOptions tls, Claims claims,
                  Optional<OvfConsumerCommand> consumer, Path source) {
        this(name, description, vendor, reference, endpoints, credentials, tls, claims, consumer, Optional.empty(),
                source);
    }

    /** A target without a consumer or producer section. */
    public Target(String name, String description, String vendor, Optional<ReferenceOptions> reference,
                  Endpoints endpoints, Map<String, Credentials> credentials, TlsOptions tls, Claims claims,
                  Path source) {
        this(name, description, vendor, reference, endpoints, credentials, tls, claims, Optional.empty(), source);
    }

    public boolean isBuiltInReference() {
        return reference.isPresent();
    }

    /** The target of a run without a target file: the built-in reference, claiming all of the default catalogue. */
    public static Target builtInReference() {
        return builtInReference(Catalogue.loadDefault());
    }

    /** The built-in reference with default options, claiming every standard and feature of {@code catalogue}. */
    public static Target builtInReference(Catalogue catalogue) {
        return new Target("VCM-TCK built-in reference", "The in-process reference simulator", "VCM-TCK",
                Optional.of(ReferenceOptions.defaults()), Endpoints.none(), Map.of(), TlsOptions.defaults(),
                Claims.everything(catalogue), null);
    }

    /** This target with other claims, e.g. those learnt from its interop namespace at run start. */
    public Target withClaims(Claims newClaims) {
        return new Target(name, description, vendor, reference, endpoints, credentials, tls, newClaims, consumer,
                producer, source);
    }

    /** The target file, when there is one. */
    public Optional<Path> sourceFile() {
        return Optional.ofNullable(source);
    }
}
