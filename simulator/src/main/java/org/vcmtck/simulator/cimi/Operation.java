package org.vcmtck.simulator.cimi;

/** An operation a consumer may invoke now: {@code rel} is add/edit/delete or an action URI. */
public record Operation(String rel, String href) {
}
