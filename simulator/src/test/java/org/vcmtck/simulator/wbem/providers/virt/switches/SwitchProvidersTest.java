package org.vcmtck.simulator.wbem.providers.virt.switches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.providers.virt.TestHosts;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider.MethodResult;

/** DSP1097 through the repository: the model's switches as CIM instances, and switches defined over the VSMS. */
public class SwitchProvidersTest {
    private static final String INTEROP = "root/interop";
    private static final String VIRT = "root/virtualization";
    private static final long GIB = TestHosts.GIB;

    private Datacenter dc;
    private Host host;
    private CimRepository repo;

    @BeforeMethod
    public void setUp() {
        dc = new Datacenter(5, new DatacenterOptions(0));
        host = dc.addHost(TestHosts.standard("host-a"));
        repo = TestHosts.repository(dc);
    }

    private CimObjectPath hostPath() {
        return new VirtualizationPaths(VIRT).system(host.id());
    }

    private CimObjectPath vsms() {
        return repo.associatorNames(VIRT, hostPath(), "CIM_HostedService", "CIM_VirtualSystemManagementService",
                null, null).get(0);
    }

    private List<CimInstance> hostedSwitches() {
        return repo.associators(VIRT, hostPath(), "CIM_HostedDependency", "CIM_ComputerSystem", "Antecedent",
                "Dependent").stream().filter(cs -> cs.value("Dedicated") != null && !cs.value("Dedicated").isNull()
                && cs.value("Dedicated").asList().contains(5L)).toList();
    }

    private CimInstance switchSettings(CimObjectPath sw) {
        List<CimInstance> found = repo.associators(VIRT, sw, "CIM_SettingsDefineState",
                "CIM_VirtualEthernetSwitchSettingData", "ManagedElement", "SettingData");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String property(String name, String type, String value) {
        return "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value + "</VALUE></PROPERTY>";
    }

    private static String instance(String className, String... properties) {
        return "<INSTANCE CLASSNAME=\"" + className + "\">" + String.join("", properties) + "</INSTANCE>";
    }

    private static CimValue strings(String... texts) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(List.of(texts)));
    }

    private MethodResult define(String settings, CimValue resources) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("SystemSettings", CimValue.of(settings));
        in.put("ResourceSettings", resources);
        return repo.invokeMethod(VIRT, vsms(), "DefineSystem", in);
    }

    private MethodResult destroy(CimObjectPath system) {
        return repo.invokeMethod(VIRT, vsms(), "DestroySystem", Map.of("AffectedSystem", CimValue.of(system)));
    }

    private static String port() {
        return instance("CIM_EthernetPortAllocationSettingData", property("ResourceType", "uint16", "30"));
    }

    @Test
    public void aModelSwitchIsAHostedComputerSystemWithSwitchSettingsAndPorts() {
        VirtualSwitch sw = dc.createSwitch(host.id(), "lan", 3);
        VirtualSystem vm = dc.defineSystem(host.id(), new SystemSpec("vm", List.of(AllocationSpec.nic())));
        dc.connectNic(vm.id(), vm.allocationsOf(DeviceKind.NIC).get(0).id(), sw.id(), 42);

        List<CimInstance> switches = hostedSwitches();
        assertThat(switches).extracting(cs -> cs.value("ElementName").asString()).containsExactly("lan");
        CimInstance settings = switchSettings(switches.get(0).path());
        assertThat(settings.value("EVBMode").asLong()).isEqualTo(2);
        assertThat(settings.value("MaxNumMACAddress").asLong()).isEqualTo(3);
        assertThat(settings.value("VLANConnection").texts()).containsExactly("42");
        assertThat(repo.associators(VIRT, switches.get(0).path(), "CIM_ElementSettingData",
                "CIM_VirtualEthernetSwitchSettingData", "ManagedElement", "SettingData")).hasSize(1);

        List<CimInstance> ports = repo.associators(VIRT, switches.get(0).path(), "CIM_SystemDevice",
                "CIM_EthernetPort", "GroupComponent", "PartComponent");
        assertThat(ports).hasSize(3);
        for (CimInstance p : ports) {
            List<CimInstance> portSettings = repo.associators(VIRT, p.path(), "CIM_SettingsDefineState",
                    "CIM_ResourceAllocationSettingData", "ManagedElement", "SettingData");
            assertThat(portSettings).hasSize(1);
            assertThat(portSettings.get(0).value("ResourceType").asLong()).isEqualTo(30);
        }
        assertThat(repo.associators(VIRT, settings.path(), "CIM_VirtualSystemSettingDataComponent",
                "CIM_EthernetPortAllocationSettingData", "GroupComponent", "PartComponent")).hasSize(3);
    }

    @Test
    public void theProfileIsRegisteredWithTheSwitchesAsCentralInstances() {
        dc.createSwitch(host.id(), "lan", 2);
        List<CimInstance> profiles = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").stream()
                .filter(p -> "Virtual Ethernet Switch".equals(p.value("RegisteredName").asString())).toList();
        assertThat(profiles).hasSize(1);
        List<CimObjectPath> central = repo.associatorNames(INTEROP, profiles.get(0).path(),
                "CIM_ElementConformsToProfile", null, null, null);
        assertThat(central).extracting(p -> p.key("Name").asString())
                .containsExactly(dc.switches().get(0).id());
    }

    @Test
    public void defineSystemWithSwitchSettingsCreatesASwitchAndDestroySystemDeletesIt() {
        MethodResult r = define(instance("CIM_VirtualEthernetSwitchSettingData",
                property("ElementName", "string", "defined"),
                property("VirtualSystemType", "string", SwitchPaths.SWITCH_TYPE)), strings(port(), port()));
        assertThat(r.returnValue().asLong()).isZero();
        assertThat(dc.switches()).extracting(VirtualSwitch::name, VirtualSwitch::portCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("defined", 2));
        CimObjectPath resulting = r.out().get("ResultingSystem").asPath();
        assertThat(hostedSwitches()).extracting(CimInstance::path).extracting(p -> p.key("Name").asString())
                .containsExactly(resulting.key("Name").asString());
        assertThat(dc.systems()).isEmpty();

        assertThat(destroy(resulting).returnValue().asLong()).isZero();
        assertThat(dc.switches()).isEmpty();
        assertThat(hostedSwitches()).isEmpty();
    }

    @Test
    public void unusableSwitchSettingsAreRefusedWithInvalidParameterAndChangeNothing() {
        assertThat(define(instance("CIM_VirtualEthernetSwitchSettingData",
                property("ElementName", "string", "bad"), property("EVBMode", "uint16", "3")), strings())
                .returnValue().asLong()).isEqualTo(4);
        assertThat(define(instance("CIM_VirtualEthernetSwitchSettingData",
                property("ElementName", "string", "bad")), strings(instance("CIM_ResourceAllocationSettingData",
                property("ResourceType", "uint16", "3")))).returnValue().asLong()).isEqualTo(4);
        dc.createSwitch(host.id(), "taken", 1);
        assertThat(define(instance("CIM_VirtualEthernetSwitchSettingData",
                property("ElementName", "string", "taken")), strings()).returnValue().asLong()).isEqualTo(4);
        assertThat(dc.switches()).hasSize(1);
    }

    @Test
    public void aNicDefinedWithAConnectionIsConnectedAndItsSwitchCannotBeDestroyed() {
        VirtualSwitch sw = dc.createSwitch(host.id(), "lan", 2);
        String nic = "<INSTANCE CLASSNAME=\"CIM_EthernetPortAllocationSettingData\">"
                + property("ResourceType", "uint16", "10")
                + "<PROPERTY.ARRAY NAME=\"Connection\" TYPE=\"string\"><VALUE.ARRAY><VALUE>lan</VALUE>"
                + "</VALUE.ARRAY></PROPERTY.ARRAY></INSTANCE>";
        MethodResult r = define(instance("CIM_VirtualSystemSettingData", property("ElementName", "string", "vm")),
                strings(nic));
        assertThat(r.returnValue().asLong()).isZero();
        VirtualSystem vm = dc.systems().get(0);
        assertThat(vm.allocationsOf(DeviceKind.NIC).get(0).switchId()).isEqualTo(sw.id());
        List<CimInstance> epasd = repo.enumerateInstances(VIRT, "CIM_EthernetPortAllocationSettingData").stream()
                .filter(i -> i.value("ResourceType").asLong() == 10).toList();
        assertThat(epasd).hasSize(1);
        assertThat(epasd.get(0).value("Connection").texts()).containsExactly("lan");

        CimObjectPath swPath = new VirtualizationPaths(VIRT).system(sw.id());
        assertThat(destroy(swPath).returnValue().asLong()).isEqualTo(5);
        assertThat(dc.switches()).hasSize(1);
    }

    @Test
    public void aDefinitionAskingForAConnectionFinishesInsideTheCallWhenJobsTakeTicks() {
        dc = new Datacenter(5, new DatacenterOptions(2));
        host = dc.addHost(TestHosts.standard("host-a"));
        repo = TestHosts.repository(dc);
        VirtualSwitch sw = dc.createSwitch(host.id(), "lan", 2);
        String nic = "<INSTANCE CLASSNAME=\"CIM_EthernetPortAllocationSettingData\">"
                + property("ResourceType", "uint16", "10")
                + "<PROPERTY.ARRAY NAME=\"Connection\" TYPE=\"string\"><VALUE.ARRAY><VALUE>lan</VALUE>"
                + "</VALUE.ARRAY></PROPERTY.ARRAY></INSTANCE>";
        MethodResult r = define(instance("CIM_VirtualSystemSettingData", property("ElementName", "string", "vm")),
                strings(nic));
        // the model connects only idle systems, so this definition is not a job: 0, and the NIC is connected
        assertThat(r.returnValue().asLong()).isZero();
        assertThat(r.out()).doesNotContainKey("Job");
        assertThat(dc.systems().get(0).allocationsOf(DeviceKind.NIC).get(0).switchId()).isEqualTo(sw.id());
    }

    @Test
    public void aConnectionToAnUnknownSwitchRefusesTheWholeDefinition() {
        String nic = "<INSTANCE CLASSNAME=\"CIM_EthernetPortAllocationSettingData\">"
                + property("ResourceType", "uint16", "10")
                + "<PROPERTY.ARRAY NAME=\"Connection\" TYPE=\"string\"><VALUE.ARRAY><VALUE>nowhere</VALUE>"
                + "</VALUE.ARRAY></PROPERTY.ARRAY></INSTANCE>";
        MethodResult r = define(instance("CIM_VirtualSystemSettingData", property("ElementName", "string", "vm")),
                strings(nic));
        assertThat(r.returnValue().asLong()).isEqualTo(4);
        assertThat(dc.systems()).isEmpty();
    }
}
