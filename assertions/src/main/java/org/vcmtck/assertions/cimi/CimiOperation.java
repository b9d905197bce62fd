package org.vcmtck.assertions.cimi;

/** One advertised operation of a resource: its relation (a bare word or an action URI) and the href to use. */
public record CimiOperation(String rel, String href) {
}
