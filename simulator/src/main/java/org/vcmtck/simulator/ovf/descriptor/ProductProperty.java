package org.vcmtck.simulator.ovf.descriptor;

/** A ProductSection {@code Property}. {@code value} is "" when absent, as the schema's default says. */
public record ProductProperty(String key, String type, String value, boolean userConfigurable, boolean password,
                              String qualifiers, String label, String description) {
}
