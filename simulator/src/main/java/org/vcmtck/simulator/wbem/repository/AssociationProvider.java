package org.vcmtck.simulator.wbem.repository;

import java.util.List;

import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;

/**
 * Serves one association class: the association instances (of exactly {@code ctx.cimClass()}) that refer to
 * {@code target}, through the reference property {@code role} when role is not null. The repository builds
 * References/Associators (with assocClass, resultClass, role and resultRole filtering) on top of this.
 * Classes without one fall back to scanning their instances' reference properties.
 */
@FunctionalInterface
public interface AssociationProvider {
    List<CimInstance> references(ProviderContext ctx, CimObjectPath target, String role);
}
