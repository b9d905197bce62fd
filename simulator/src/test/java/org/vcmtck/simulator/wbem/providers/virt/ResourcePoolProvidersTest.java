package org.vcmtck.simulator.wbem.providers.virt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/** SV-004: CIM_ResourcePool and CIM_HostedResourcePool computed from the model's pools. */
public class ResourcePoolProvidersTest {
    private static final String VIRT = "root/virtualization";
    private static final long GIB = TestHosts.GIB;

    private Datacenter dc;
    private Host first;
    private Host second;
    private CimRepository repo;
    private final VirtualizationPaths paths = new VirtualizationPaths(VIRT);

    @BeforeMethod
    public void setUp() {
        dc = new Datacenter(11, new DatacenterOptions(0));
        first = dc.addHost(TestHosts.standard("host-a"));
        second = dc.addHost(new HostSpec("host-b", 4, 16 * GIB, List.of(new StorageVolume("vol", 200 * GIB)),
                List.of(new PhysicalNic("eth0", "02:00:00:00:00:02", 1_000_000_000L))));
        repo = TestHosts.repository(dc);
    }

    private List<CimInstance> poolsOf(Host h) {
        return repo.associators(VIRT, paths.system(h.id()), "CIM_HostedResourcePool", "CIM_ResourcePool",
                "GroupComponent", "PartComponent");
    }

    private static Set<Long> primordialTypes(List<CimInstance> pools) {
        return pools.stream().filter(p -> Boolean.TRUE.equals(p.value("Primordial").asBoolean()))
                .map(p -> p.value("ResourceType").asLong()).collect(Collectors.toSet());
    }

    @Test
    public void everyHostHostsOnePrimordialPoolPerResourceType() {
        for (Host h : List.of(first, second)) {
            List<CimInstance> pools = poolsOf(h);
            assertThat(pools).hasSize(ResourceType.values().length);
            // processor 3, memory 4, ethernet 10, disk drive 17, other devices 1
            assertThat(primordialTypes(pools)).containsExactlyInAnyOrder(3L, 4L, 10L, 17L, 1L);
        }
    }

    @Test
    public void poolPropertiesShowTheModelPool() {
        ResourcePool memory = dc.primordialPool(second.id(), ResourceType.MEMORY);
        CimInstance pool = repo.getInstance(VIRT, paths.pool(memory.id()));
        assertThat(pool.value("InstanceID").asString()).isEqualTo("VCMTCK:Pool/" + memory.id());
        assertThat(pool.value("PoolID").asString()).isEqualTo(memory.id());
        assertThat(pool.value("Primordial").asBoolean()).isTrue();
        assertThat(pool.value("ResourceType").asLong()).isEqualTo(4L);
        assertThat(pool.value("Capacity").asLong()).isEqualTo(16 * GIB);
        assertThat(pool.value("Reserved").asLong()).isZero();
        assertThat(pool.value("AllocationUnits").asString()).isEqualTo("byte");
        CimInstance other = repo.getInstance(VIRT,
                paths.pool(dc.primordialPool(first.id(), ResourceType.GENERIC_DEVICE).id()));
        assertThat(other.value("OtherResourceType").isNull()).isFalse();
    }

    @Test
    public void eachPoolLeadsBackToItsOwnHostOnly() {
        for (Host h : List.of(first, second)) {
            for (ResourceType type : ResourceType.values()) {
                CimObjectPath pool = paths.pool(dc.primordialPool(h.id(), type).id());
                List<CimObjectPath> hosts = repo.associatorNames(VIRT, pool, "CIM_HostedResourcePool",
                        "CIM_ComputerSystem", "PartComponent", "GroupComponent");
                assertThat(hosts).extracting(p -> p.key("Name").asString()).containsExactly(h.id());
            }
        }
    }

    @Test
    public void childPoolsAreHostedButNotPrimordial() {
        ResourcePool parent = dc.primordialPool(first.id(), ResourceType.PROCESSOR);
        ResourcePool child = dc.createChildPool(parent.id(), "gold", 2, 1.0);
        List<CimInstance> pools = poolsOf(first);
        assertThat(pools).hasSize(ResourceType.values().length + 1);
        CimInstance shown = pools.stream().filter(p -> child.id().equals(p.value("PoolID").asString()))
                .findFirst().orElseThrow();
        assertThat(shown.value("Primordial").asBoolean()).isFalse();
        // the child's capacity is carved out of the parent, which now shows it as reserved
        assertThat(repo.getInstance(VIRT, paths.pool(parent.id())).value("Reserved").asLong()).isEqualTo(2L);
    }
}
