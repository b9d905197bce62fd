package org.vcmtck.simulator.wbem.repository;

import org.vcmtck.simulator.wbem.cim.CimClass;

/** What a provider is asked about: the repository, the namespace and the (resolved) class of the request. */
public record ProviderContext(CimRepository repository, String namespace, CimClass cimClass) {
}
