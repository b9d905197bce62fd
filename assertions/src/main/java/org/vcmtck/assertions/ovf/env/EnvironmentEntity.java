package org.vcmtck.assertions.ovf.env;

import java.util.List;
import java.util.Optional;

/**
 * An {@code Entity} element of an environment: the properties of another entity of the same deployment.
 *
 * @param id         the {@code oe:id} attribute
 * @param properties the Property elements of its PropertySections, duplicates kept
 * @param location   XPath-like location in the environment document
 */
public record EnvironmentEntity(Optional<String> id, List<EnvironmentProperty> properties, String location) {

    public EnvironmentEntity {
        properties = List.copyOf(properties);
    }
}
