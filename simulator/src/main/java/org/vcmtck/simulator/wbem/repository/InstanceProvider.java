package org.vcmtck.simulator.wbem.repository;

import java.util.List;

import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;

/**
 * Serves the instances of one class (registered per namespace and class). {@link #enumerate} returns the
 * instances whose class is exactly {@code ctx.cimClass()} — the repository walks subclasses itself — each with
 * its full object path (namespace set). Writes are optional and refused with CIM_ERR_NOT_SUPPORTED by default.
 */
public interface InstanceProvider {
    List<CimInstance> enumerate(ProviderContext ctx);

    /** Default: scans {@link #enumerate}; override when a direct lookup is cheaper. */
    default CimInstance get(ProviderContext ctx, CimObjectPath path) {
        for (CimInstance i : enumerate(ctx)) {
            if (path.equals(i.path())) {
                return i;
            }
        }
        throw new CimException(CimStatus.CIM_ERR_NOT_FOUND, "no instance " + path);
    }

    /** Creates the instance and returns its path; CIM_ERR_ALREADY_EXISTS when it exists. */
    default CimObjectPath create(ProviderContext ctx, CimInstance instance) {
        throw new CimException(CimStatus.CIM_ERR_NOT_SUPPORTED, "instances of " + ctx.cimClass().name()
                + " cannot be created");
    }

    /**
     * Changes the properties named in propertyList (all properties of {@code modified} when null);
     * {@code modified.path()} names the instance.
     */
    default void modify(ProviderContext ctx, CimInstance modified, List<String> propertyList) {
        throw new CimException(CimStatus.CIM_ERR_NOT_SUPPORTED, "instances of " + ctx.cimClass().name()
                + " cannot be modified");
    }

    default void delete(ProviderContext ctx, CimObjectPath path) {
        throw new CimException(CimStatus.CIM_ERR_NOT_SUPPORTED, "instances of " + ctx.cimClass().name()
                + " cannot be deleted");
    }
}
