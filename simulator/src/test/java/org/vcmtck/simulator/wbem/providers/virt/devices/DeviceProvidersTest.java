package org.vcmtck.simulator.wbem.providers.virt.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.providers.virt.TestHosts;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/** The virtual device providers through the repository, on a system defined directly in the model. */
public class DeviceProvidersTest {
    private static final String INTEROP = "root/interop";
    private static final String VIRT = "root/virtualization";
    private static final long MIB = 1L << 20;
    private static final long GIB = TestHosts.GIB;

    private Datacenter dc;
    private CimRepository repo;
    private VirtualSystem vs;
    private CimObjectPath vsPath;

    @BeforeMethod
    public void setUp() {
        dc = new Datacenter(11, new DatacenterOptions(0));
        Host host = dc.addHost(TestHosts.standard("host-a"));
        repo = TestHosts.repository(dc);
        vs = dc.defineSystem(host.id(), new SystemSpec("devices", List.of(
                AllocationSpec.processors(2),
                AllocationSpec.memory(512 * MIB),
                AllocationSpec.disk(GIB, null, "/images/root.img"),
                AllocationSpec.nic(),
                AllocationSpec.nic(),
                AllocationSpec.controller(DeviceKind.IDE_CONTROLLER),
                AllocationSpec.cdDvd("/images/tools.iso").withParent("#5", "0"))));
        vsPath = new VirtualizationPaths(VIRT).system(vs.uuid());
    }

    private List<CimInstance> devices(String resultClass) {
        return repo.associators(VIRT, vsPath, "CIM_SystemDevice", resultClass, "GroupComponent", "PartComponent");
    }

    private List<CimInstance> settingsOf(CimInstance device) {
        return repo.associators(VIRT, device.path(), "CIM_SettingsDefineState", "CIM_ResourceAllocationSettingData",
                "ManagedElement", "SettingData");
    }

    private static long number(CimInstance i, String property) {
        return i.value(property).asLong();
    }

    @Test
    public void twoVirtualProcessorsAreTwoProcessorDevicesEachDefinedByTheProcessorSettings() {
        List<CimInstance> processors = devices("CIM_Processor");
        assertThat(processors).hasSize(2);
        assertThat(processors).extracting(p -> p.value("DeviceID").asString()).doesNotHaveDuplicates();
        for (CimInstance p : processors) {
            List<CimInstance> settings = settingsOf(p);
            assertThat(settings).hasSize(1);
            assertThat(number(settings.get(0), "ResourceType")).isEqualTo(3);
            assertThat(number(settings.get(0), "VirtualQuantity")).isEqualTo(2);
        }
    }

    @Test
    public void everyAllocationHasItsDeviceClass() {
        assertThat(devices("CIM_LogicalDevice")).extracting(CimInstance::className).containsExactlyInAnyOrder(
                "CIM_Processor", "CIM_Processor", "CIM_Memory", "CIM_LogicalDisk", "CIM_EthernetPort",
                "CIM_EthernetPort", "CIM_IDEController", "CIM_DVDDrive");
        assertThat(devices("CIM_IDEController")).singleElement()
                .satisfies(c -> assertThat(number(c, "ProtocolSupported")).isEqualTo(37));
    }

    @Test
    public void memoryAndDiskDevicesShowTheAllocatedSize() {
        CimInstance memory = devices("CIM_Memory").get(0);
        assertThat(number(memory, "BlockSize") * number(memory, "NumberOfBlocks")).isEqualTo(512 * MIB);
        CimInstance disk = devices("CIM_LogicalDisk").get(0);
        assertThat(number(disk, "BlockSize") * number(disk, "NumberOfBlocks")).isEqualTo(GIB);
        assertThat(disk.value("Name").asString()).isEqualTo("/images/root.img");
    }

    @Test
    public void ethernetPortsShowTheGeneratedDistinctMacsOfTheirNics() {
        List<String> macs = vs.allocationsOf(DeviceKind.NIC).stream().map(Allocation::mac).toList();
        assertThat(macs).doesNotContainNull().doesNotHaveDuplicates();
        List<CimInstance> ports = devices("CIM_EthernetPort");
        assertThat(ports).extracting(p -> p.value("PermanentAddress").asString())
                .allMatch(a -> a.matches("[0-9A-F]{12}"))
                .containsExactlyInAnyOrderElementsOf(macs.stream()
                        .map(m -> m.replace(":", "").toUpperCase(Locale.ROOT)).toList());
        for (CimInstance port : ports) {
            String rasdAddress = settingsOf(port).get(0).value("Address").asString();
            assertThat(rasdAddress.replace(":", "").toUpperCase(Locale.ROOT))
                    .isEqualTo(port.value("PermanentAddress").asString());
        }
    }

    @Test
    public void deviceSettingsAndPoolAgreeForEveryDevice() {
        List<CimInstance> all = devices("CIM_LogicalDevice");
        assertThat(all).hasSize(8);
        for (CimInstance device : all) {
            List<CimInstance> pools = repo.associators(VIRT, device.path(), "CIM_ElementAllocatedFromPool",
                    "CIM_ResourcePool", "Dependent", "Antecedent");
            assertThat(pools).as("pools of %s", device.path()).hasSize(1);
            List<CimInstance> settings = settingsOf(device);
            assertThat(settings).as("settings of %s", device.path()).hasSize(1);
            assertThat(settings.get(0).value("PoolID").asString()).isEqualTo(pools.get(0).value("PoolID").asString());
            List<CimObjectPath> back = repo.associatorNames(VIRT, pools.get(0).path(), "CIM_ElementAllocatedFromPool",
                    null, "Antecedent", "Dependent");
            assertThat(back).contains(device.path());
        }
    }

    @Test
    public void aDeviceCanBeReadByItsPathAndDisappearsWithItsSystem() {
        CimInstance disk = devices("CIM_LogicalDisk").get(0);
        assertThat(repo.getInstance(VIRT, disk.path()).value("DeviceID")).isEqualTo(disk.value("DeviceID"));
        dc.destroySystem(vs.id());
        assertThat(repo.enumerateInstances(VIRT, "CIM_LogicalDevice")).isEmpty();
        assertThat(repo.enumerateInstances(VIRT, "CIM_SystemDevice")).isEmpty();
        assertThat(repo.enumerateInstances(VIRT, "CIM_ElementAllocatedFromPool")).isEmpty();
    }

    @Test
    public void theFiveDeviceProfilesAreRegisteredAndReferencedBySystemVirtualization() {
        List<CimInstance> profiles = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile");
        List<String> names = profiles.stream().map(p -> p.value("RegisteredName").asString()).toList();
        assertThat(names).contains("Processor Device Resource Virtualization", "Memory Resource Virtualization",
                "Storage Resource Virtualization", "Ethernet Port Resource Virtualization",
                "Generic Device Resource Virtualization");
        CimInstance sv = profiles.stream().filter(p -> p.value("RegisteredName").asString()
                .equals("System Virtualization")).findFirst().orElseThrow();
        List<String> referenced = repo.associators(INTEROP, sv.path(), "CIM_ReferencedProfile", null, "Dependent",
                "Antecedent").stream().map(p -> p.value("RegisteredName").asString()).toList();
        assertThat(referenced).contains("Processor Device Resource Virtualization", "Generic Device Resource Virtualization");
        CimInstance memoryProfile = profiles.stream().filter(p -> p.value("RegisteredName").asString()
                .equals("Memory Resource Virtualization")).findFirst().orElseThrow();
        List<CimInstance> central = repo.associators(INTEROP, memoryProfile.path(), "CIM_ElementConformsToProfile",
                null, "ConformantStandard", "ManagedElement");
        assertThat(central).isNotEmpty().allSatisfy(p -> assertThat(number(p, "ResourceType")).isEqualTo(4));
    }
}
