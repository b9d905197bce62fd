package org.vcmtck.simulator.wbem.providers.virt.capabilities;

import java.util.List;
import java.util.Optional;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.wbem.providers.virt.InvalidSettingsException;

/**
 * The DSP1043 bound on requests (AC-006): a quantity outside the pool's [Minimum, Maximum] or off the Minimum +
 * k × Increment grid is an invalid parameter, refused before the model is touched. The limits are those the
 * capability settings publish ({@link AllocationLimits}). A pool the request names but the model does not know
 * is left to the model, which reports it itself.
 */
public final class AllocationBounds {

    private AllocationBounds() {
    }

    /** Checks the allocations of one DefineSystem / AddResourceSettings call, in order. */
    public static void check(Datacenter dc, String hostId, String parameter, List<AllocationSpec> specs) {
        for (int i = 0; i < specs.size(); i++) {
            check(dc, hostId, parameter + "[" + i + "]", specs.get(i), null);
        }
    }

    /**
     * Checks one request; {@code currentPoolId} is the pool an existing allocation draws from (a modification
     * without PoolID stays there), null for a new one.
     *
     * @throws InvalidSettingsException naming {@code where}.VirtualQuantity and the limit it breaks
     */
    public static void check(Datacenter dc, String hostId, String where, AllocationSpec spec, String currentPoolId) {
        Optional<ResourcePool> pool = poolOf(dc, hostId, spec, currentPoolId);
        if (pool.isEmpty()) {
            return;
        }
        AllocationLimits limits = AllocationLimits.of(pool.get());
        limits.violation(spec.quantity()).ifPresent(why -> {
            throw new InvalidSettingsException(where + ".VirtualQuantity", "pool " + pool.get().id() + " allows "
                    + pool.get().unit() + " quantities from " + limits.minimum() + " to " + limits.maximum()
                    + " in steps of " + limits.increment() + ": " + why);
        });
    }

    private static Optional<ResourcePool> poolOf(Datacenter dc, String hostId, AllocationSpec spec,
                                                 String currentPoolId) {
        String id = spec.poolId() != null ? spec.poolId() : currentPoolId;
        try {
            ResourcePool pool = id == null ? dc.primordialPool(hostId, spec.kind().poolType()) : dc.pool(id);
            return pool.type() == spec.kind().poolType() ? Optional.of(pool) : Optional.empty();
        } catch (ModelException e) {
            return Optional.empty();
        }
    }
}
