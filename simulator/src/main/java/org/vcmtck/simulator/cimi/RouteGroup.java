package org.vcmtck.simulator.cimi;

/**
 * One family of CIMI resources (machines, volumes, networks, …) and the routes that serve it. Groups declare
 * their paths through the {@link RouteKit}, which owns the HTTP rules every route shares (405 with Allow,
 * query parameters on GET, rendering, request bodies); the services are reached at request time, never at
 * install time, because the base URI is only known once the server has bound its port.
 */
interface RouteGroup {
    void install(RouteKit kit);
}
