package org.vcmtck.simulator.wbem.providers;

import java.util.List;
import java.util.function.Function;

import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.repository.InstanceProvider;
import org.vcmtck.simulator.wbem.repository.ProviderContext;

/** A read-only provider whose instances are computed on every request (views, never stored copies). */
public final class ComputedInstances implements InstanceProvider {
    private final Function<ProviderContext, List<CimInstance>> compute;

    public ComputedInstances(Function<ProviderContext, List<CimInstance>> compute) {
        this.compute = compute;
    }

    @Override
    public List<CimInstance> enumerate(ProviderContext ctx) {
        return compute.apply(ctx);
    }
}
