package org.vcmtck.simulator.wbem.providers.virt.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.providers.virt.TestHosts;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider.MethodResult;

/** DSP1041 providers through the repository: RASD subclasses, pool accounting, pool configuration, RASD bounds. */
public class ResourceAllocationProvidersTest {
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

    // ------------------------------------------------------------------ helpers

    private static String property(String name, String type, String value) {
        return "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value + "</VALUE></PROPERTY>";
    }

    private static String instance(String className, String... properties) {
        return "<INSTANCE CLASSNAME=\"" + className + "\">" + String.join("", properties) + "</INSTANCE>";
    }

    private static String rasd(String... properties) {
        return instance("CIM_ResourceAllocationSettingData", properties);
    }

    private static String hostResource(String uri) {
        return "<PROPERTY.ARRAY NAME=\"HostResource\" TYPE=\"string\"><VALUE.ARRAY><VALUE>" + uri
                + "</VALUE></VALUE.ARRAY></PROPERTY.ARRAY>";
    }

    private static CimValue strings(String... texts) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(List.of(texts)));
    }

    private CimObjectPath vsms() {
        return repo.associatorNames(VIRT, paths.system(host.id()), "CIM_HostedService",
                "CIM_VirtualSystemManagementService", null, null).get(0);
    }

    private CimObjectPath poolService() {
        List<CimObjectPath> services = repo.associatorNames(VIRT, paths.system(host.id()), "CIM_HostedService",
                "CIM_ResourcePoolConfigurationService", null, null);
        assertThat(services).hasSize(1);
        return services.get(0);
    }

    private MethodResult define(String name, String... rasds) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("SystemSettings", CimValue.of(instance("CIM_VirtualSystemSettingData",
                property("ElementName", "string", name))));
        in.put("ResourceSettings", strings(rasds));
        return repo.invokeMethod(VIRT, vsms(), "DefineSystem", in);
    }

    private static String memory(long mib) {
        return rasd(property("ResourceType", "uint16", "4"), property("AllocationUnits", "string", "byte*2^20"),
                property("VirtualQuantity", "uint64", "" + mib));
    }

    private List<CimInstance> settingsOf(CimObjectPath system) {
        CimObjectPath vssd = repo.associatorNames(VIRT, system, "CIM_SettingsDefineState",
                "CIM_VirtualSystemSettingData", null, null).get(0);
        return repo.associators(VIRT, vssd, "CIM_VirtualSystemSettingDataComponent", null, null, null);
    }

    private static CimInstance ofType(List<CimInstance> rasds, int resourceType) {
        return rasds.stream().filter(r -> r.value("ResourceType").asLong() == resourceType).findFirst()
                .orElseThrow(() -> new AssertionError("no RASD of type " + resourceType + " in " + rasds));
    }

    private CimInstance memoryPool() {
        return repo.getInstance(VIRT, paths.pool(dc.primordialPool(host.id(), ResourceType.MEMORY).id()));
    }

    private MethodResult createChild(CimObjectPath parent, String name, String settings) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("ElementName", CimValue.of(name));
        in.put("Settings", strings(settings));
        in.put("ParentPool", CimValue.of(CimType.arrayOf(CimType.Base.REFERENCE), new ArrayList<Object>(
                List.of(parent))));
        return repo.invokeMethod(VIRT, poolService(), "CreateChildResourcePool", in);
    }

    private MethodResult delete(CimObjectPath pool) {
        return repo.invokeMethod(VIRT, poolService(), "DeleteResourcePool", Map.of("Pool", CimValue.of(pool)));
    }

    // ------------------------------------------------------------------ registration

    @Test
    public void theProfileIsRegisteredWithItsCatalogueNameAndReferencedFromSystemVirtualization() {
        List<CimInstance> profiles = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").stream()
                .filter(p -> "Resource Allocation".equals(p.value("RegisteredName").asString())).toList();
        assertThat(profiles).hasSize(1);
        assertThat(profiles.get(0).value("RegisteredVersion").asString()).matches("\\d+\\.\\d+\\.\\d+");
        List<CimObjectPath> central = repo.associatorNames(INTEROP, profiles.get(0).path(),
                "CIM_ElementConformsToProfile", null, null, null);
        assertThat(central).isNotEmpty().allMatch(p -> p.className().equals("CIM_ResourcePool"));
        assertThat(repo.associatorNames(INTEROP, profiles.get(0).path(), "CIM_ReferencedProfile", null, null, null)
                .stream().map(CimObjectPath::toString)).anyMatch(s -> s.contains("DSP1042"));
    }

    // ------------------------------------------------------------------ RASDs

    @Test
    public void eachAllocationIsPublishedAsTheRasdSubclassOfItsKindWithCompleteProperties() {
        MethodResult r = define("vm-a", rasd(property("ResourceType", "uint16", "3"),
                        property("VirtualQuantity", "uint64", "2")), memory(1024),
                rasd(property("ResourceType", "uint16", "17"), property("AllocationUnits", "string", "byte*2^30"),
                        property("VirtualQuantity", "uint64", "4"), hostResource("/images/a disk.img")),
                rasd(property("ResourceType", "uint16", "16"), hostResource("/iso/boot.iso")),
                rasd(property("ResourceType", "uint16", "10"), property("Address", "string", "02:aa:00:00:00:07")));
        assertThat(r.returnValue().asLong()).isZero();
        List<CimInstance> rasds = settingsOf(r.out().get("ResultingSystem").asPath());
        assertThat(rasds).hasSize(5);

        CimInstance cpu = ofType(rasds, 3);
        assertThat(cpu.className()).isEqualTo("CIM_ProcessorAllocationSettingData");
        assertThat(cpu.value("VirtualQuantity").asLong()).isEqualTo(2);
        assertThat(cpu.value("ProcessorArchitecture").asString()).isEqualTo("DMTF:x86");
        assertThat(cpu.value("InstructionSet").asString()).isEqualTo("DMTF:x86:64");

        CimInstance mem = ofType(rasds, 4);
        assertThat(mem.className()).isEqualTo("CIM_ResourceAllocationSettingData");
        assertThat(mem.value("AllocationUnits").asString()).isEqualTo("byte");
        assertThat(mem.value("VirtualQuantity").asLong()).isEqualTo(GIB);
        assertThat(mem.value("Reservation").asLong()).isLessThanOrEqualTo(mem.value("Limit").asLong());
        assertThat(mem.value("ConsumerVisibility").asLong()).isEqualTo(3);
        assertThat(mem.value("PoolID").asString()).isEqualTo(memoryPool().value("PoolID").asString());

        CimInstance disk = ofType(rasds, 17);
        assertThat(disk.className()).isEqualTo("CIM_StorageAllocationSettingData");
        assertThat(disk.value("HostResource").texts()).containsExactly("file:///images/a%20disk.img");
        assertThat(disk.value("Access").asLong()).isEqualTo(3);
        assertThat(disk.value("VirtualQuantity").asLong() * disk.value("VirtualResourceBlockSize").asLong())
                .isEqualTo(4 * GIB);
        assertThat(ofType(rasds, 16).value("Access").asLong()).isEqualTo(1);

        CimInstance nic = ofType(rasds, 10);
        assertThat(nic.className()).isEqualTo("CIM_EthernetPortAllocationSettingData");
        assertThat(nic.value("Address").asString()).isEqualToIgnoringCase("02:aa:00:00:00:07");
        // a path names the subclass, and GetInstance through it finds the same instance
        assertThat(repo.getInstance(VIRT, nic.path()).value("Address").asString())
                .isEqualTo(nic.value("Address").asString());
        assertThat(repo.enumerateInstances(VIRT, "CIM_ResourceAllocationSettingData")
                .stream().filter(i -> rasds.stream().anyMatch(x -> x.path().equals(i.path())))).hasSize(5);
    }

    @Test
    public void aConnectedNicShowsItsSwitchAndVlan() {
        MethodResult r = define("vm-n", rasd(property("ResourceType", "uint16", "10")));
        String systemId = dc.systems().get(0).id();
        String nicId = dc.systems().get(0).allocations().get(0).id();
        var sw = dc.createSwitch(host.id(), "sw-lab", 8);
        dc.connectNic(systemId, nicId, sw.id(), 100);
        CimInstance nic = ofType(settingsOf(r.out().get("ResultingSystem").asPath()), 10);
        assertThat(nic.value("PortVID").asLong()).isEqualTo(100);
        assertThat(nic.value("Connection").texts()).containsExactly("sw-lab");
    }

    @Test
    public void hostResourcesAreUris() {
        assertThat(AllocationSettingsView.hostResourceUri("/var/x.img")).isEqualTo("file:///var/x.img");
        assertThat(AllocationSettingsView.hostResourceUri("nfs://srv/x.img")).isEqualTo("nfs://srv/x.img");
        assertThat(AllocationSettingsView.hostResourceUri("rel/x.img")).isEqualTo("file:rel/x.img");
    }

    // ------------------------------------------------------------------ pools

    @Test
    public void poolAccountingFollowsDefinitions() {
        CimInstance before = memoryPool();
        assertThat(before.value("CurrentlyConsumedResource").asLong()).isZero();
        assertThat(before.value("MaxConsumableResource").asLong()).isEqualTo(32 * GIB);
        assertThat(define("vm-p", memory(2048)).returnValue().asLong()).isZero();
        CimInstance after = memoryPool();
        assertThat(after.value("CurrentlyConsumedResource").asLong()).isEqualTo(2 * GIB);
        assertThat(after.value("Reserved").asLong()).isEqualTo(2 * GIB)
                .isLessThanOrEqualTo(after.value("Capacity").asLong());
        assertThat(after.value("ConsumedResourceUnits").asString()).isEqualTo("byte");
    }

    @Test
    public void overcommittedPoolsStillReserveNoMoreThanTheirCapacity() {
        Host big = dc.addHost(new HostSpec("host-o", 2, GIB, List.of(), List.of(), 4.0, 1.0));
        CimInstance cpu = repo.getInstance(VIRT, paths.pool(dc.primordialPool(big.id(), ResourceType.PROCESSOR)
                .id()));
        assertThat(cpu.value("Capacity").asLong()).isEqualTo(8);
    }

    // ------------------------------------------------------------------ RA-012 bounds

    @Test
    public void aReservationAboveTheLimitOrTheQuantityIsRefusedAndDefinesNothing() {
        MethodResult overLimit = define("vm-r1", rasd(property("ResourceType", "uint16", "4"),
                property("AllocationUnits", "string", "byte*2^20"), property("VirtualQuantity", "uint64", "512"),
                property("Reservation", "uint64", "512"), property("Limit", "uint64", "256")));
        MethodResult overQuantity = define("vm-r2", rasd(property("ResourceType", "uint16", "4"),
                property("AllocationUnits", "string", "byte*2^20"), property("VirtualQuantity", "uint64", "512"),
                property("Reservation", "uint64", "1024")));
        assertThat(overLimit.returnValue().asLong()).isEqualTo(4);
        assertThat(overQuantity.returnValue().asLong()).isEqualTo(4);
        assertThat(dc.systems()).isEmpty();
        MethodResult within = define("vm-r3", rasd(property("ResourceType", "uint16", "4"),
                property("AllocationUnits", "string", "byte*2^20"), property("VirtualQuantity", "uint64", "512"),
                property("Reservation", "uint64", "256"), property("Limit", "uint64", "512")));
        assertThat(within.returnValue().asLong()).isZero();
    }

    // ------------------------------------------------------------------ pool configuration service

    @Test
    public void childPoolsAreCreatedFromAParentAndDeletedWhenEmpty() {
        CimObjectPath parent = memoryPool().path();
        MethodResult created = createChild(parent, "gold", rasd(property("ResourceType", "uint16", "4"),
                property("AllocationUnits", "string", "byte*2^30"), property("Reservation", "uint64", "4")));
        assertThat(created.returnValue().asLong()).isZero();
        CimObjectPath child = created.out().get("Pool").asPath();
        CimInstance childPool = repo.getInstance(VIRT, child);
        assertThat(childPool.value("Capacity").asLong()).isEqualTo(4 * GIB);
        assertThat(childPool.value("Primordial").asBoolean()).isFalse();
        assertThat(memoryPool().value("Reserved").asLong()).isEqualTo(4 * GIB);
        assertThat(delete(child).returnValue().asLong()).isZero();
        assertThat(memoryPool().value("Reserved").asLong()).isZero();
        assertThat(dc.pools().stream().filter(p -> p.name().equals("gold"))).isEmpty();
    }

    @Test
    public void aPoolWithAllocationsIsInUseAndAPrimordialPoolIsNeverDeleted() {
        MethodResult created = createChild(memoryPool().path(), "silver", rasd(property("ResourceType", "uint16",
                "4"), property("AllocationUnits", "string", "byte*2^30"), property("VirtualQuantity", "uint64", "2")));
        CimObjectPath child = created.out().get("Pool").asPath();
        String childPoolId = repo.getInstance(VIRT, child).value("PoolID").asString();
        assertThat(define("vm-c", rasd(property("ResourceType", "uint16", "4"), property("AllocationUnits",
                "string", "byte*2^20"), property("VirtualQuantity", "uint64", "512"),
                property("PoolID", "string", childPoolId))).returnValue().asLong()).isZero();
        assertThat(delete(child).returnValue().asLong()).isEqualTo(6);
        assertThat(delete(memoryPool().path()).returnValue().asLong()).isEqualTo(5);
        assertThat(dc.pools()).hasSize(6);
    }

    @Test
    public void childPoolsOfAnotherTypeOrBeyondTheParentAreRefused() {
        CimObjectPath parent = memoryPool().path();
        assertThat(createChild(parent, "wrong", rasd(property("ResourceType", "uint16", "3"),
                property("VirtualQuantity", "uint64", "2"))).returnValue().asLong()).isEqualTo(7);
        assertThat(createChild(parent, "huge", rasd(property("ResourceType", "uint16", "4"),
                property("AllocationUnits", "string", "byte*2^30"), property("VirtualQuantity", "uint64", "64")))
                .returnValue().asLong()).isEqualTo(8);
        assertThat(createChild(parent, "", rasd(property("ResourceType", "uint16", "4"),
                property("VirtualQuantity", "uint64", "64"))).returnValue().asLong()).isEqualTo(5);
        assertThat(dc.pools()).hasSize(5);
    }
}
