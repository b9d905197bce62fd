package org.vcmtck.simulator.wbem.providers.virt.capabilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.providers.virt.TestHosts;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider.MethodResult;

/** DSP1043 allocation capabilities through the repository, against the model's own pool limits. */
public class AllocationCapabilitiesProvidersTest {
    private static final String INTEROP = "root/interop";
    private static final String VIRT = "root/virtualization";
    private static final long GIB = TestHosts.GIB;

    private Datacenter dc;
    private Host host;
    private CimRepository repo;
    private VirtualizationPaths paths;

    @BeforeMethod
    public void setUp() {
        dc = new Datacenter(11, new DatacenterOptions(0));
        host = dc.addHost(TestHosts.standard("host-a"));
        repo = TestHosts.repository(dc);
        paths = new VirtualizationPaths(VIRT);
    }

    private CimInstance capabilitiesOf(ResourcePool pool) {
        List<CimInstance> caps = repo.associators(VIRT, paths.pool(pool.id()), "CIM_ElementCapabilities",
                "CIM_AllocationCapabilities", "ManagedElement", "Capabilities");
        assertThat(caps).as("allocation capabilities of " + pool.id()).hasSize(1);
        return caps.get(0);
    }

    /** (ValueRole, ValueRange) → VirtualQuantity of the pool's capability settings. */
    private Map<String, Long> capabilitySettings(ResourcePool pool) {
        CimObjectPath ac = capabilitiesOf(pool).path();
        Map<String, Long> byRole = new LinkedHashMap<>();
        for (CimInstance sdc : repo.references(VIRT, ac, "CIM_SettingsDefineCapabilities", "GroupComponent")) {
            assertThat(sdc.value("PropertyPolicy").asLong()).isZero();
            CimInstance rasd = repo.getInstance(VIRT, sdc.value("PartComponent").asPath());
            byRole.put(sdc.value("ValueRole").asLong() + "," + sdc.value("ValueRange").asLong(),
                    rasd.value("VirtualQuantity").asLong());
        }
        return byRole;
    }

    private CimObjectPath vsms() {
        return repo.associatorNames(VIRT, paths.system(host.id()), "CIM_HostedService",
                "CIM_VirtualSystemManagementService", null, null).get(0);
    }

    private static String rasd(int resourceType, long quantity, String units, String instanceId) {
        return "<INSTANCE CLASSNAME=\"CIM_ResourceAllocationSettingData\">"
                + (instanceId == null ? "" : property("InstanceID", "string", instanceId))
                + property("ResourceType", "uint16", "" + resourceType)
                + property("VirtualQuantity", "uint64", "" + quantity) + property("AllocationUnits", "string", units)
                + "</INSTANCE>";
    }

    private static String property(String name, String type, String value) {
        return "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value + "</VALUE></PROPERTY>";
    }

    private static CimValue strings(String... texts) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(List.of(texts)));
    }

    private long defineWithMemory(long bytes) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("SystemSettings", CimValue.of("<INSTANCE CLASSNAME=\"CIM_VirtualSystemSettingData\">"
                + property("ElementName", "string", "vm") + "</INSTANCE>"));
        in.put("ResourceSettings", strings(rasd(3, 1, "count", null), rasd(4, bytes, "byte", null)));
        return repo.invokeMethod(VIRT, vsms(), "DefineSystem", in).returnValue().asLong();
    }

    @Test
    public void everyPoolHasOneAllocationCapabilitiesOfItsResourceType() {
        assertThat(dc.pools()).isNotEmpty();
        for (ResourcePool pool : dc.pools()) {
            CimInstance ac = capabilitiesOf(pool);
            assertThat(ac.value("ResourceType").asLong()).isEqualTo(pool.type().cimCode());
            assertThat(ac.value("RequestTypesSupported").asLong()).isEqualTo(4);
            // the model refuses changes only while a job runs: Enabled, Disabled, Enabled but Offline, Quiesce
            assertThat(ac.value("SupportedAddStates").asList()).containsExactly(2L, 3L, 6L, 9L);
            assertThat(ac.value("SupportedRemoveStates").asList()).containsExactly(2L, 3L, 6L, 9L);
        }
    }

    @Test
    public void memoryPoolOffersTheFourCapabilitySettingsFromThePoolLimit() {
        ResourcePool memory = dc.primordialPool(host.id(), ResourceType.MEMORY);
        Map<String, Long> settings = capabilitySettings(memory);
        assertThat(settings).containsOnlyKeys("0,0", "3,1", "3,2", "3,3");
        assertThat(settings.get("3,1")).isEqualTo(1L);
        assertThat(settings.get("3,2")).isEqualTo(memory.limit());
        assertThat(settings.get("3,3")).isEqualTo(1L);
        assertThat(settings.get("0,0")).isBetween(settings.get("3,1"), settings.get("3,2"));
    }

    @Test
    public void deviceSlotPoolAllowsExactlyOne() {
        ResourcePool slots = dc.primordialPool(host.id(), ResourceType.GENERIC_DEVICE);
        assertThat(capabilitySettings(slots)).containsEntry("3,1", 1L).containsEntry("3,2", 1L);
    }

    @Test
    public void capabilitySettingsAreEnumeratedAndReadableAsRasds() {
        List<CimInstance> all = repo.enumerateInstances(VIRT, "CIM_ResourceAllocationSettingData");
        assertThat(all).hasSize(4 * dc.pools().size());
        for (CimInstance rasd : all) {
            assertThat(repo.getInstance(VIRT, rasd.path()).value("VirtualQuantity")).isEqualTo(
                    rasd.value("VirtualQuantity"));
        }
    }

    @Test
    public void profileIsRegisteredWithTheCapabilitiesAsCentralInstances() {
        CimInstance profile = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").stream()
                .filter(p -> "Allocation Capabilities".equals(p.value("RegisteredName").asString()))
                .findFirst().orElseThrow();
        assertThat(repo.associatorNames(INTEROP, profile.path(), "CIM_ElementConformsToProfile", null, null, null))
                .hasSize(dc.pools().size());
    }

    @Test
    public void definitionAboveTheMaximumIsAnInvalidParameterAndDefinesNothing() {
        long max = dc.primordialPool(host.id(), ResourceType.MEMORY).limit();
        assertThat(defineWithMemory(max + 1)).isEqualTo(4);
        assertThat(dc.systems()).isEmpty();
        assertThat(defineWithMemory(GIB)).isZero();
        assertThat(dc.systems()).hasSize(1);
    }

    @Test
    public void modificationAboveTheMaximumIsAnInvalidParameterAndChangesNothing() {
        assertThat(defineWithMemory(GIB)).isZero();
        VirtualSystem vs = dc.systems().get(0);
        String memoryId = vs.allocations().stream().filter(a -> a.type() == ResourceType.MEMORY).findFirst()
                .orElseThrow().id();
        long max = dc.primordialPool(host.id(), ResourceType.MEMORY).limit();
        String instanceId = repo.getInstance(VIRT, paths.allocation(vs.id(), memoryId)).value("InstanceID")
                .asString();
        MethodResult r = repo.invokeMethod(VIRT, vsms(), "ModifyResourceSettings", Map.of("ResourceSettings",
                strings(rasd(4, max + 1, "byte", instanceId))));
        assertThat(r.returnValue().asLong()).isEqualTo(4);
        assertThat(dc.system(vs.id()).allocation(memoryId).quantity()).isEqualTo(GIB);
    }

    @Test
    public void managementCapabilitiesOfferThePrimordialPoolsDefaults() {
        CimObjectPath vsmc = paths.managementCapabilities(host.id());
        List<CimInstance> links = repo.references(VIRT, vsmc, "CIM_SettingsDefineCapabilities", "GroupComponent");
        long primordial = dc.pools().stream().filter(p -> p.hostId().equals(host.id()) && p.primordial()).count();
        assertThat(links).hasSize((int) primordial);
        for (CimInstance link : links) {
            assertThat(link.value("ValueRole").asLong()).isZero();
            assertThat(repo.getInstance(VIRT, link.value("PartComponent").asPath()).value("InstanceID").asString())
                    .endsWith("/Default");
        }
    }

    @Test
    public void limitsRefuseQuantitiesOffTheIncrementGrid() {
        AllocationLimits limits = new AllocationLimits(2, 10, 4, 6);
        assertThat(limits.violation(6)).isEmpty();
        assertThat(limits.violation(8)).get().asString().contains("not 2 + k");
        assertThat(limits.violation(14)).get().asString().contains("outside");
        assertThatThrownBy(() -> new AllocationLimits(5, 4, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
