package org.vcmtck.simulator.wbem.providers.virt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.providers.virt.TestHosts;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.repository.MethodProvider.MethodResult;

/** DSP1081 migration service, capabilities and methods through the repository, on a two-host datacenter. */
public class MigrationProvidersTest {
    private static final String INTEROP = "root/interop";
    private static final String VIRT = "root/virtualization";
    private static final long GIB = TestHosts.GIB;

    private Datacenter dc;
    private Host source;
    private Host destination;
    private CimRepository repo;

    private void start(int jobTicks, long destinationMemory) {
        dc = new Datacenter(11, new DatacenterOptions(jobTicks));
        source = dc.addHost(host("src", 32 * GIB));
        destination = dc.addHost(host("dst", destinationMemory));
        repo = TestHosts.repository(dc);
    }

    private static HostSpec host(String name, long memory) {
        return new HostSpec(name, 8, memory, List.of(new StorageVolume("vol", 500 * GIB)),
                List.of(new PhysicalNic("eth0", "02:00:00:00:00:0" + name.length(), 1_000_000_000L)));
    }

    // ------------------------------------------------------------------ helpers

    private CimObjectPath hostPath(Host h) {
        return new VirtualizationPaths(VIRT).system(h.id());
    }

    private CimObjectPath service(Host h) {
        List<CimObjectPath> services = repo.associatorNames(VIRT, hostPath(h), "CIM_HostedService",
                MigrationPaths.SERVICE, null, null);
        assertThat(services).hasSize(1);
        return services.get(0);
    }

    private CimInstance capabilities(Host h) {
        List<CimInstance> caps = repo.associators(VIRT, service(h), "CIM_ElementCapabilities",
                MigrationPaths.CAPABILITIES, null, null);
        assertThat(caps).hasSize(1);
        return caps.get(0);
    }

    private static String property(String name, String type, String value) {
        return "<PROPERTY NAME=\"" + name + "\" TYPE=\"" + type + "\"><VALUE>" + value + "</VALUE></PROPERTY>";
    }

    private static String instance(String className, String... properties) {
        return "<INSTANCE CLASSNAME=\"" + className + "\">" + String.join("", properties) + "</INSTANCE>";
    }

    /** A VM of {@code memoryMib} on the source host, defined through the management service. */
    private CimObjectPath defineVm(String name, long memoryMib) {
        List<CimObjectPath> vsms = repo.associatorNames(VIRT, hostPath(source), "CIM_HostedService",
                "CIM_VirtualSystemManagementService", null, null);
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("SystemSettings", CimValue.of(instance("CIM_VirtualSystemSettingData",
                property("ElementName", "string", name))));
        in.put("ResourceSettings", CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(List.of(
                instance("CIM_ResourceAllocationSettingData", property("ResourceType", "uint16", "3"),
                        property("VirtualQuantity", "uint64", "1"), property("AllocationUnits", "string", "count")),
                instance("CIM_ResourceAllocationSettingData", property("ResourceType", "uint16", "4"),
                        property("VirtualQuantity", "uint64", "" + memoryMib),
                        property("AllocationUnits", "string", "byte*2^20"))))));
        MethodResult r = repo.invokeMethod(VIRT, vsms.get(0), "DefineSystem", in);
        // with jobs that take time the definition is a creation job: let it finish
        assertThat(r.returnValue().asLong()).isIn(0L, 4096L);
        dc.advance(10);
        assertThat(dc.systems()).extracting(vs -> vs.state()).containsOnly(SystemState.DEFINED);
        return r.out().get("ResultingSystem").asPath();
    }

    private MethodResult toHost(String method, CimObjectPath vs, String destinationHost, String settings) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("ComputerSystem", CimValue.of(vs));
        in.put("DestinationHost", CimValue.of(destinationHost));
        if (settings != null) {
            in.put("MigrationSettingData", CimValue.of(settings));
        }
        return repo.invokeMethod(VIRT, service(source), method, in);
    }

    private MethodResult toSystem(String method, CimObjectPath vs, CimObjectPath destinationSystem) {
        Map<String, CimValue> in = new LinkedHashMap<>();
        in.put("ComputerSystem", CimValue.of(vs));
        in.put("DestinationSystem", CimValue.of(destinationSystem));
        return repo.invokeMethod(VIRT, service(source), method, in);
    }

    private static String migrationType(int type) {
        return instance(MigrationPaths.SETTING_DATA, property("MigrationType", "uint16", "" + type));
    }

    private List<CimObjectPath> hostedBy(Host h) {
        return repo.associatorNames(VIRT, hostPath(h), "CIM_HostedDependency", "CIM_ComputerSystem", null, null);
    }

    private String modelHostOfOnlySystem() {
        return dc.systems().get(0).hostId();
    }

    // ------------------------------------------------------------------ service, capabilities, profile

    @Test
    public void everyHostHostsAMigrationServiceWhoseCapabilitiesListTheMethodsAndHostNames() {
        start(0, 32 * GIB);
        for (Host h : dc.hosts()) {
            CimInstance caps = capabilities(h);
            assertThat(caps.value("SynchronousMethodsSupported").asList()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
            assertThat(caps.value("AsynchronousMethodsSupported").asList()).isEmpty();
            assertThat(caps.value("DestinationHostFormatsSupported").asList()).containsExactly(2L);
        }
    }

    @Test
    public void withJobsThatTakeTimeTheMigrateMethodsAreAsynchronous() {
        start(3, 32 * GIB);
        CimInstance caps = capabilities(source);
        assertThat(caps.value("AsynchronousMethodsSupported").asList()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(caps.value("SynchronousMethodsSupported").asList()).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    public void theProfileIsRegisteredWithTheServicesAsCentralInstances() {
        start(0, 32 * GIB);
        List<CimInstance> profiles = repo.enumerateInstances(INTEROP, "CIM_RegisteredProfile").stream()
                .filter(p -> "Virtual System Migration".equals(p.value("RegisteredName").asString())).toList();
        assertThat(profiles).hasSize(1);
        List<CimObjectPath> central = repo.associatorNames(INTEROP, profiles.get(0).path(),
                "CIM_ElementConformsToProfile", null, null, null);
        assertThat(central).extracting(CimObjectPath::className).containsOnly(MigrationPaths.SERVICE);
        assertThat(central).hasSize(2);
    }

    // ------------------------------------------------------------------ Migrate*

    @Test
    public void migratingToAHostByNameMovesTheHostingAtOnceWhenJobsTakeNoTime() {
        start(0, 32 * GIB);
        CimObjectPath vs = defineVm("vm1", 1024);
        MethodResult r = toHost("MigrateVirtualSystemToHost", vs, destination.id(), null);
        assertThat(r.returnValue().asLong()).isEqualTo(MigrationServiceMethods.COMPLETED);
        assertThat(modelHostOfOnlySystem()).isEqualTo(destination.id());
        assertThat(hostedBy(destination)).contains(vs);
        assertThat(hostedBy(source)).doesNotContain(vs);
    }

    @Test
    public void aMigrationThatTakesTimeAnswersAJobAndShowsTheSystemMigratingUntilItEnds() {
        start(3, 32 * GIB);
        CimObjectPath vs = defineVm("vm1", 1024);
        MethodResult r = toSystem("MigrateVirtualSystemToSystem", vs, hostPath(destination));
        assertThat(r.returnValue().asLong()).isEqualTo(MigrationServiceMethods.JOB_STARTED);
        CimObjectPath job = r.out().get("Job").asPath();
        assertThat(repo.getInstance(VIRT, job).value("JobState").asLong()).isEqualTo(4L);
        assertThat(repo.getInstance(VIRT, vs).value("OperatingStatus").asLong())
                .isEqualTo(OperatingStatus.MIGRATING);
        assertThat(hostedBy(source)).contains(vs);
        dc.advance(10);
        assertThat(repo.getInstance(VIRT, job).value("JobState").asLong()).isEqualTo(7L);
        assertThat(hostedBy(destination)).contains(vs);
        assertThat(repo.getInstance(VIRT, vs).value("OperatingStatus").asLong())
                .isNotEqualTo(OperatingStatus.MIGRATING);
    }

    @Test
    public void anActiveSystemIsMovedLiveAndKeepsRunningButARestartMigrationIsNotSupported() {
        start(0, 32 * GIB);
        CimObjectPath vs = defineVm("vm1", 1024);
        dc.requestStateChange(dc.systems().get(0).id(), org.vcmtck.simulator.model.StateChange.START);
        MethodResult restart = toHost("MigrateVirtualSystemToHost", vs, destination.id(), migrationType(4));
        assertThat(restart.returnValue().asLong()).isEqualTo(MigrationRefusal.NOT_SUPPORTED);
        assertThat(modelHostOfOnlySystem()).isEqualTo(source.id());
        MethodResult live = toHost("MigrateVirtualSystemToHost", vs, destination.id(), migrationType(2));
        assertThat(live.returnValue().asLong()).isEqualTo(MigrationServiceMethods.COMPLETED);
        assertThat(modelHostOfOnlySystem()).isEqualTo(destination.id());
        assertThat(dc.systems().get(0).state()).isEqualTo(SystemState.RUNNING);
    }

    @Test
    public void aDestinationInAnUnsupportedFormatOrNamingNoHostIsAnInvalidParameterAndMovesNothing() {
        start(0, 32 * GIB);
        CimObjectPath vs = defineVm("vm1", 1024);
        int jobs = dc.jobs().size();
        for (String bad : List.of("192.0.2.10", "2001:db8::1", "no-such-host", "not a name")) {
            assertThat(toHost("MigrateVirtualSystemToHost", vs, bad, null).returnValue().asLong()).as(bad)
                    .isEqualTo(MigrationRefusal.INVALID_PARAMETER);
        }
        assertThat(toSystem("MigrateVirtualSystemToSystem", vs, vs).returnValue().asLong())
                .isEqualTo(MigrationRefusal.INVALID_PARAMETER);
        assertThat(toHost("MigrateVirtualSystemToHost", vs, destination.id(), migrationType(7)).returnValue()
                .asLong()).isEqualTo(MigrationRefusal.INVALID_PARAMETER);
        assertThat(modelHostOfOnlySystem()).isEqualTo(source.id());
        assertThat(dc.jobs()).hasSize(jobs);
    }

    // ------------------------------------------------------------------ Check*

    @Test
    public void checkingAnswersIsMigratableAndChangesNothing() {
        start(0, 32 * GIB);
        CimObjectPath vs = defineVm("vm1", 1024);
        long events = dc.events().size();
        MethodResult byName = toHost("CheckVirtualSystemIsMigratableToHost", vs, destination.id(), null);
        MethodResult byRef = toSystem("CheckVirtualSystemIsMigratableToSystem", vs, hostPath(destination));
        assertThat(byName.returnValue().asLong()).isZero();
        assertThat(byName.out().get("IsMigratable").asBoolean()).isTrue();
        assertThat(byRef.out().get("IsMigratable").asBoolean()).isTrue();
        assertThat(modelHostOfOnlySystem()).isEqualTo(source.id());
        assertThat(dc.events()).hasSize((int) events);
        assertThat(dc.jobs()).isEmpty();
    }

    @Test
    public void aDestinationWithoutRoomIsNotMigratable() {
        start(0, GIB);
        CimObjectPath vs = defineVm("big", 4096);
        MethodResult r = toHost("CheckVirtualSystemIsMigratableToHost", vs, destination.id(), null);
        assertThat(r.returnValue().asLong()).isZero();
        assertThat(r.out().get("IsMigratable").asBoolean()).isFalse();
        assertThat(toHost("MigrateVirtualSystemToHost", vs, destination.id(), null).returnValue().asLong())
                .isEqualTo(MigrationServiceMethods.FAILED);
        assertThat(modelHostOfOnlySystem()).isEqualTo(source.id());
    }
}
