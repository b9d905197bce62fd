package org.vcmtck.simulator.wbem.providers.virt.allocation;

import java.util.ArrayList;
import java.util.List;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * CIM_ResourcePool of every model pool with its accounting (RA-008), computed on each request:
 * <ul>
 * <li>Capacity: the most the pool lets be reserved, i.e. the model's limit (capacity × over-commit), so
 * Reserved ≤ Capacity holds whenever the model accepted an allocation;</li>
 * <li>Reserved: what allocations and child pools hold;</li>
 * <li>CurrentlyConsumedResource: what the virtual systems' allocations hold (child pools excluded: their
 * consumption shows on the child), MaxConsumableResource: the same limit as Capacity.</li>
 * </ul>
 */
public final class PoolView {
    private static final int OTHER_RESOURCE_TYPE = 1;

    private final CimRepository repository;
    private final String namespace;
    private final Datacenter dc;

    public PoolView(CimRepository repository, VirtualizationPaths paths, Datacenter dc) {
        this.repository = repository;
        this.namespace = paths.namespace();
        this.dc = dc;
    }

    public List<CimInstance> all() {
        return dc.pools().stream().map(this::render).toList();
    }

    public CimInstance render(ResourcePool p) {
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", VirtualizationPaths.poolId(p.id())),
                str("ElementName", p.name()),
                // the same id RASD.PoolID carries, so a client can match allocations to their pool
                str("PoolID", p.id()),
                CimProperty.of("Primordial", CimValue.of(p.primordial())),
                CimProperty.of("ResourceType", CimValue.uint16(p.type().cimCode())),
                str("AllocationUnits", p.unit()),
                CimProperty.of("Capacity", CimValue.uint64(p.limit())),
                CimProperty.of("Reserved", CimValue.uint64(p.reserved())),
                str("ConsumedResourceUnits", p.unit()),
                CimProperty.of("CurrentlyConsumedResource", CimValue.uint64(p.allocated())),
                CimProperty.of("MaxConsumableResource", CimValue.uint64(p.limit()))));
        if (p.type().cimCode() == OTHER_RESOURCE_TYPE) {
            props.add(str("OtherResourceType", p.type() == ResourceType.GENERIC_DEVICE ? "Device slot"
                    : p.type().name()));
        }
        return repository.complete(namespace, new CimInstance(VirtualizationPaths.RESOURCE_POOL, props));
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }
}
