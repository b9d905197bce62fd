package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.model.Datacenter;

/** Builds the operation processor of a starting front end (the repository and providers over a datacenter). */
@FunctionalInterface
public interface ProcessorFactory {
    /** {@code host} is what full paths (INSTANCEPATH) name as the server's host. */
    OperationProcessor create(Datacenter dc, WbemNamespaces namespaces, String host);
}
