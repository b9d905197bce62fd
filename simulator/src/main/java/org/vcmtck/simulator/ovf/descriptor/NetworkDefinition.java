package org.vcmtck.simulator.ovf.descriptor;

/** A {@code NetworkSection/Network}: its logical name and optional description. */
public record NetworkDefinition(String name, String description) {
}
