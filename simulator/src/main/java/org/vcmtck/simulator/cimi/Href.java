package org.vcmtck.simulator.cimi;

/** A reference to another resource: JSON {@code {"href": …}}, XML {@code <name href="…"/>}. */
public record Href(String href) {
}
