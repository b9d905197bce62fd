package org.vcmtck.assertions.ovf.env;

import java.util.Optional;

/**
 * One {@code Property} of an environment's PropertySection, as written (an absent attribute stays absent).
 *
 * @param key      the {@code oe:key} attribute
 * @param value    the {@code oe:value} attribute
 * @param location XPath-like location in the environment document
 */
public record EnvironmentProperty(Optional<String> key, Optional<String> value, String location) {
}
