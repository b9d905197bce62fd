package org.vcmtck.simulator.wbem.providers.virt;

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
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider.MethodResult;

/** DSP1042 / DSP1057 providers through the repository (the path every WBEM operation takes). */
public class VirtualizationProvidersTest {
    private static final String INTEROP = "root/interop";
    private static final String VIRT = "root/virtualization";
    private static final long GIB = TestHosts.GIB;

    private Datacenter dc;
    private Host host;
    private CimRepository repo;

    @BeforeMethod
    public void setUp() {
        start(0);
    }

    private void start(int jobTicks) {
        dc = new Datacenter(7, new DatacenterOptions(jobTicks));
        host = dc.addHost(TestHosts.standard("host-a"));
        repo = TestHosts.repository(dc);
    }

    // ------------------------------------------------------------------ helpers

    private CimObjectPath hostPath() {
        return new VirtualizationPaths(VIRT).system(host.id());
    }

    private CimObjectPath vsms() {
        List<CimObjectPath> services = repo.associatorNames(VIRT, hostPath(), "CIM_HostedService",
                "CIM_VirtualSystemManagementService", null, null);
        assertThat(services).hasSize(1);
        return services.get(0);
    }

    private static String property(String name, String type, String value) {
        return "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value + "</VALUE></PROPERTY>";
    }

    private static String instance(String className, String... properties) {
        return "<INSTANCE CLASSNAME=\"" + className + "\">" + String.join("", properties) + "</INSTANCE>";
    }

    private static String vssd(String name) {
        return instance("CIM_VirtualSystemSettingData", property("ElementName", "string", name));
    }

    private static String rasd(int resourceType, long quantity, String units) {
        return instance("CIM_ResourceAllocationSettingData", property("ResourceType", "uint16", "" + resourceType),
                property("VirtualQuantity", "uint64", "" + quantity), property("AllocationUnits", "string", units));
    }

    private static CimValue strings(String... texts) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(List.of(texts)));
    }

    private MethodResult call(CimObjectPath target, String method, Map<String, CimValue> in) {
        return repo.invokeMethod(VIRT, target, method, in);
    }

    private MethodResult define(String systemSettings, CimValue resources) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("SystemSettings", CimValue.of(systemSettings));
        in.put("ResourceSettings", resources);
        return call(vsms(), "DefineSystem", in);
    }

    private CimObjectPath defineVm(String name) {
        MethodResult r = define(vssd(name), strings(rasd(3, 2, "count"), rasd(4, 1024, "byte*2^20"),
                instance("CIM_ResourceAllocationSettingData", property("ResourceType", "uint16", "10"))));
        assertThat(r.returnValue().asLong()).isZero();
        return r.out().get("ResultingSystem").asPath();
    }

    private MethodResult requestState(CimObjectPath vs, int state) {
        return call(vs, "RequestStateChange", Map.of("RequestedState", CimValue.uint16(state)));
    }

    private long enabledState(CimObjectPath vs) {
        return repo.getInstance(VIRT, vs).value("EnabledState").asLong();
    }

    private long requestedState(CimObjectPath vs) {
        return repo.getInstance(VIRT, vs).value("RequestedState").asLong();
    }

    // ------------------------------------------------------------------ DSP1042 host side

    @Test
    public void theHostHostsOneManagementServiceWithItsCapabilities() {
        CimInstance hostCs = repo.getInstance(VIRT, hostPath());
        assertThat(hostCs.value("ElementName").asString()).isEqualTo("host-a");
        List<CimInstance> caps = repo.associators(VIRT, vsms(), "CIM_ElementCapabilities",
                "CIM_VirtualSystemManagementCapabilities", null, null);
        assertThat(caps).hasSize(1);
        assertThat(caps.get(0).value("SynchronousMethodsSupported").asList()).contains(2L, 3L);
        assertThat(caps.get(0).value("VirtualSystemTypesSupported").texts()).containsExactly("VCMTCK:"
                + SystemSpec.DEFAULT_SYSTEM_TYPE, "DMTF:VirtualEthernetSwitch");
    }

    @Test
    public void defineSystemCreatesADefinedSystemUnderItsHost() {
        CimObjectPath vs = defineVm("vm1");
        VirtualSystem modelVs = dc.systems().get(0);
        assertThat(modelVs.name()).isEqualTo("vm1");
        assertThat(modelVs.total(DeviceKind.MEMORY)).isEqualTo(GIB);
        assertThat(modelVs.total(DeviceKind.PROCESSOR)).isEqualTo(2);
        assertThat(repo.associatorNames(VIRT, hostPath(), "CIM_HostedDependency", "CIM_ComputerSystem", null, null))
                .contains(vs);
        CimInstance cs = repo.getInstance(VIRT, vs);
        assertThat(cs.value("Name").asString()).isEqualTo(modelVs.uuid());
        assertThat(cs.value("EnabledState").asLong()).isEqualTo(3);

        List<CimInstance> state = repo.associators(VIRT, vs, "CIM_SettingsDefineState",
                "CIM_VirtualSystemSettingData", null, null);
        assertThat(state).hasSize(1);
        assertThat(state.get(0).value("ElementName").asString()).isEqualTo("vm1");
        List<CimInstance> defaults = repo.references(VIRT, vs, "CIM_ElementSettingData", null);
        assertThat(defaults).hasSize(1);
        assertThat(defaults.get(0).value("IsDefault").asLong()).isEqualTo(1);
        List<CimInstance> rasds = repo.associators(VIRT, state.get(0).path(),
                "CIM_VirtualSystemSettingDataComponent", null, null, null);
        assertThat(rasds).extracting(r -> r.value("ResourceType").asLong()).containsExactlyInAnyOrder(3L, 4L, 10L);
        CimInstance memory = rasds.stream().filter(r -> r.value("ResourceType").asLong() == 4).findFirst()
                .orElseThrow();
        assertThat(memory.value("VirtualQuantity").asLong()).isEqualTo(GIB);
    }

    @Test
    public void anUnusableEmbeddedVssdIsRefusedWithReturnCodeFourAndChangesNothing() {
        MethodResult notXml = define("<INSTANCE CLASSNAME=\"CIM_VirtualSystemSettingData\"><PROP", strings());
        MethodResult wrongClass = define(rasd(3, 1, "count"), strings());
        MethodResult badType = define(instance("CIM_VirtualSystemSettingData", property("ElementName", "string",
                "vm"), property("VirtualSystemType", "string", "DMTF:XEN:PV")), strings());
        MethodResult badRasd = define(vssd("vm"), strings(rasd(3, 1, "furlongs")));
        MethodResult noName = define(instance("CIM_VirtualSystemSettingData"), strings());
        for (MethodResult r : List.of(notXml, wrongClass, badType, badRasd, noName)) {
            assertThat(r.returnValue().asLong()).isEqualTo(4);
            assertThat(r.out()).isEmpty();
        }
        assertThat(dc.systems()).isEmpty();
    }

    @Test
    public void anEmbeddedVssdMayAlsoBeMofText() {
        MethodResult r = define("instance of CIM_VirtualSystemSettingData { InstanceID = \"x:1\"; "
                + "ElementName = \"mofvm\"; };", strings());
        assertThat(r.returnValue().asLong()).isZero();
        assertThat(dc.systems()).extracting(VirtualSystem::name).containsExactly("mofvm");
    }

    @Test
    public void requestStateChangeFollowsTheModelsStateMachine() {
        CimObjectPath vs = defineVm("vm1");
        assertThat(requestState(vs, 9).returnValue().asLong()).isEqualTo(4097);
        assertThat(enabledState(vs)).isEqualTo(3);
        assertThat(requestState(vs, 2).returnValue().asLong()).isZero();
        assertThat(enabledState(vs)).isEqualTo(2);
        assertThat(requestedState(vs)).isEqualTo(2);
        assertThat(requestState(vs, 9).returnValue().asLong()).isZero();
        assertThat(enabledState(vs)).isEqualTo(9);
        assertThat(requestState(vs, 9).returnValue().asLong()).isEqualTo(4097);
        assertThat(requestState(vs, 2).returnValue().asLong()).isZero();
        assertThat(requestState(vs, 10).returnValue().asLong()).isZero();
        assertThat(requestedState(vs)).isEqualTo(10);
        assertThat(dc.systems().get(0).resetCount()).isEqualTo(1);
        assertThat(requestState(vs, 7).returnValue().asLong()).isEqualTo(1);
        assertThat(requestState(vs, 4).returnValue().asLong()).isZero();
        assertThat(enabledState(vs)).isEqualTo(3);
        assertThat(requestedState(vs)).isEqualTo(4);
        assertThat(dc.systems().get(0).state()).isEqualTo(SystemState.DEFINED);
    }

    @Test
    public void theStateCapabilitiesListTheAcceptedRequests() {
        CimObjectPath vs = defineVm("vm1");
        List<CimInstance> caps = repo.associators(VIRT, vs, "CIM_ElementCapabilities", null, null, null);
        assertThat(caps).hasSize(1);
        assertThat(caps.get(0).value("RequestedStatesSupported").asList()).containsExactly(2L, 3L, 4L, 6L, 9L, 10L, 11L);
    }

    @Test
    public void defineSystemIsAJobWhenTheDatacentersJobsTakeTicks() {
        start(2);
        MethodResult r = define(vssd("vm1"), strings(rasd(3, 2, "count"), rasd(4, 1024, "byte*2^20")));
        assertThat(r.returnValue().asLong()).isEqualTo(4096);
        CimObjectPath job = r.out().get("Job").asPath();
        CimObjectPath vs = r.out().get("ResultingSystem").asPath();
        assertThat(repo.getInstance(VIRT, job).value("JobState").asLong()).isEqualTo(4);
        assertThat(repo.associatorNames(VIRT, job, "CIM_AffectedJobElement", null, null, null)).containsExactly(vs);
        dc.advance(2);
        assertThat(repo.getInstance(VIRT, job).value("JobState").asLong()).isEqualTo(7);
        assertThat(enabledState(vs)).isEqualTo(3);
        CimInstance caps = repo.associators(VIRT, vsms(), "CIM_ElementCapabilities", null, null, null).get(0);
        assertThat(caps.value("AsynchronousMethodsSupported").asList()).contains(2L, 3L);
        assertThat(caps.value("SynchronousMethodsSupported").asList()).doesNotContain(2L, 3L);
    }

    @Test
    public void aRunningModelJobIsAConcreteJobAndReturnCode4096() {
        start(2);
        MethodResult defined = define(vssd("vm1"), strings(rasd(3, 2, "count"), rasd(4, 1024, "byte*2^20")));
        CimObjectPath vs = defined.out().get("ResultingSystem").asPath();
        dc.advance(2);
        MethodResult r = requestState(vs, 2);
        assertThat(r.returnValue().asLong()).isEqualTo(4096);
        CimObjectPath job = r.out().get("Job").asPath();
        assertThat(repo.getInstance(VIRT, job).value("JobState").asLong()).isEqualTo(4);
        assertThat(enabledState(vs)).isEqualTo(10);
        assertThat(repo.associatorNames(VIRT, job, "CIM_AffectedJobElement", null, null, null)).containsExactly(vs);
        assertThat(requestState(vs, 3).returnValue().asLong()).isEqualTo(4097);
        dc.advance(2);
        assertThat(repo.getInstance(VIRT, job).value("JobState").asLong()).isEqualTo(7);
        assertThat(enabledState(vs)).isEqualTo(2);
    }

    @Test
    public void destroySystemRemovesTheSystemAndEverythingItScopes() {
        CimObjectPath vs = defineVm("vm1");
        requestState(vs, 2);
        requestState(vs, 9);
        Map<String, CimValue> in = Map.of("AffectedSystem", CimValue.of(vs));
        assertThat(call(vsms(), "DestroySystem", in).returnValue().asLong()).isEqualTo(5);
        assertThat(dc.systems()).hasSize(1);
        requestState(vs, 2);
        // a running system is stopped first
        assertThat(call(vsms(), "DestroySystem", in).returnValue().asLong()).isZero();
        assertThat(dc.systems()).isEmpty();
        assertThat(repo.associatorNames(VIRT, hostPath(), "CIM_HostedDependency", "CIM_ComputerSystem", null, null)).isEmpty();
        assertThat(repo.enumerateInstances(VIRT, "CIM_VirtualSystemSettingData")).isEmpty();
        // the pools' DSP1043 capability settings are RASDs too and stay
        assertThat(repo.enumerateInstances(VIRT, "CIM_ResourceAllocationSettingData"))
                .filteredOn(r -> !r.value("InstanceID").asString().startsWith("VCMTCK:Pool/")).isEmpty();
        assertThat(call(vsms(), "DestroySystem", in).returnValue().asLong()).isEqualTo(4);
    }

    @Test
    public void resourceSettingsCanBeAddedAndRemoved() {
        CimObjectPath vs = defineVm("vm1");
        String id = dc.systems().get(0).id();
        CimObjectPath vssd = new VirtualizationPaths(VIRT).settings(id);
        Map<String, CimValue> add = new LinkedHashMap<>();
        add.put("AffectedConfiguration", CimValue.of(vssd));
        add.put("ResourceSettings", strings(rasd(17, 10, "byte*2^30")));
        MethodResult added = call(vsms(), "AddResourceSettings", add);
        assertThat(added.returnValue().asLong()).isZero();
        assertThat(dc.systems().get(0).total(DeviceKind.DISK)).isEqualTo(10 * GIB);
        List<Object> resulting = added.out().get("ResultingResourceSettings").asList();
        assertThat(resulting).hasSize(1);
        assertThat(repo.associatorNames(VIRT, vssd, "CIM_VirtualSystemSettingDataComponent", null, null, null))
                .contains((CimObjectPath) resulting.get(0));

        add.put("AffectedConfiguration", CimValue.of(new VirtualizationPaths(VIRT).settings("nope")));
        assertThat(call(vsms(), "AddResourceSettings", add).returnValue().asLong()).isEqualTo(4);
        assertThat(dc.systems().get(0).allocations()).hasSize(4);

        MethodResult removed = call(vsms(), "RemoveResourceSettings", Map.of("ResourceSettings",
                CimValue.of(CimType.arrayOf(CimType.Base.REFERENCE), new ArrayList<Object>(resulting))));
        assertThat(removed.returnValue().asLong()).isZero();
        assertThat(dc.systems().get(0).total(DeviceKind.DISK)).isZero();
        assertThat(repo.getInstance(VIRT, vs)).isNotNull();
    }

    @Test
    public void modifySystemSettingsRenamesTheSystem() {
        defineVm("vm1");
        String id = dc.systems().get(0).id();
        MethodResult r = call(vsms(), "ModifySystemSettings", Map.of("SystemSettings", CimValue.of(instance(
                "CIM_VirtualSystemSettingData", property("InstanceID", "string", "VCMTCK:" + id),
                property("ElementName", "string", "renamed")))));
        assertThat(r.returnValue().asLong()).isZero();
        assertThat(dc.systems().get(0).name()).isEqualTo("renamed");
        MethodResult policy = call(vsms(), "ModifySystemSettings", Map.of("SystemSettings", CimValue.of(instance(
                "CIM_VirtualSystemSettingData", property("InstanceID", "string", "VCMTCK:" + id),
                property("AutomaticRecoveryAction", "uint16", "3")))));
        assertThat(policy.returnValue().asLong()).isEqualTo(4);
    }

    @Test
    public void aNameLongerThanMaxElementNameLenIsRefusedAndKeepsTheOldName() {
        CimObjectPath vs = defineVm("vm1");
        String id = dc.systems().get(0).id();
        long max = repo.associators(VIRT, vs, "CIM_ElementCapabilities", null, null, null).get(0)
                .value("MaxElementNameLen").asLong();
        MethodResult r = call(vsms(), "ModifySystemSettings", Map.of("SystemSettings", CimValue.of(instance(
                "CIM_VirtualSystemSettingData", property("InstanceID", "string", "VCMTCK:" + id),
                property("ElementName", "string", "n".repeat((int) max + 1))))));
        assertThat(r.returnValue().asLong()).isEqualTo(4);
        assertThat(dc.systems().get(0).name()).isEqualTo("vm1");
        MethodResult longest = call(vsms(), "ModifySystemSettings", Map.of("SystemSettings", CimValue.of(instance(
                "CIM_VirtualSystemSettingData", property("InstanceID", "string", "VCMTCK:" + id),
                property("ElementName", "string", "n".repeat((int) max))))));
        assertThat(longest.returnValue().asLong()).isZero();
    }

    @Test
    public void modifyResourceSettingsChangesAnAllocationByInstanceId() {
        defineVm("vm1");
        VirtualSystem vs = dc.systems().get(0);
        String memoryId = "VCMTCK:" + vs.id() + "/" + vs.allocationsOf(DeviceKind.MEMORY).get(0).id();
        MethodResult grown = call(vsms(), "ModifyResourceSettings", Map.of("ResourceSettings", strings(instance(
                "CIM_ResourceAllocationSettingData", property("InstanceID", "string", memoryId),
                property("AllocationUnits", "string", "byte*2^20"), property("VirtualQuantity", "uint64", "2048")))));
        assertThat(grown.returnValue().asLong()).isZero();
        assertThat(dc.systems().get(0).total(DeviceKind.MEMORY)).isEqualTo(2 * GIB);
        assertThat(grown.out().get("ResultingResourceSettings").asList()).extracting(p -> ((CimObjectPath) p)
                .key("InstanceID").asString()).containsExactly(memoryId);

        MethodResult otherKind = call(vsms(), "ModifyResourceSettings", Map.of("ResourceSettings", strings(instance(
                "CIM_ResourceAllocationSettingData", property("InstanceID", "string", memoryId),
                property("ResourceType", "uint16", "3")))));
        assertThat(otherKind.returnValue().asLong()).isEqualTo(6);
        MethodResult noId = call(vsms(), "ModifyResourceSettings", Map.of("ResourceSettings", strings(
                rasd(4, 1, "byte"))));
        assertThat(noId.returnValue().asLong()).isEqualTo(4);
        assertThat(dc.systems().get(0).total(DeviceKind.MEMORY)).isEqualTo(2 * GIB);
    }

    // ------------------------------------------------------------------ registration (DSP1033 subjects)

    @Test
    public void bothProfilesAreRegisteredWithTheirCentralInstancesAndReference() {
        dc.defineSystem(host.id(), new SystemSpec("direct", List.of(AllocationSpec.processors(1))));
        CimObjectPath vs = repo.associatorNames(VIRT, hostPath(), "CIM_HostedDependency", "CIM_ComputerSystem", null, null).get(0);
        List<CimInstance> profiles = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile");
        CimInstance sv = profiles.stream().filter(p -> p.value("RegisteredName").asString()
                .equals("System Virtualization")).findFirst().orElseThrow();
        CimInstance vsp = profiles.stream().filter(p -> p.value("RegisteredName").asString()
                .equals("Virtual System")).findFirst().orElseThrow();
        assertThat(sv.value("RegisteredVersion").asString()).isEqualTo("1.0.0");
        assertThat(sv.value("RegisteredOrganization").asLong()).isEqualTo(2);

        assertThat(repo.associatorNames(INTEROP, sv.path(), "CIM_ElementConformsToProfile", null, null, null))
                .containsExactly(hostPath());
        assertThat(repo.associatorNames(INTEROP, vsp.path(), "CIM_ElementConformsToProfile", null, null, null))
                .containsExactly(vs);
        // from the implementation namespace back to the interop namespace
        assertThat(repo.associatorNames(VIRT, hostPath(), "CIM_ElementConformsToProfile", null, null, null))
                .containsExactly(sv.path());
        assertThat(repo.associatorNames(VIRT, vs, "CIM_ElementConformsToProfile", null, null, null))
                .containsExactly(vsp.path());
        List<CimInstance> refs = repo.references(INTEROP, vsp.path(), "CIM_ReferencedProfile", "Antecedent");
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).value("Dependent").asPath()).isEqualTo(sv.path());
    }
}
