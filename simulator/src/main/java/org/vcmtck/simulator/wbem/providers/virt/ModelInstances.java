package org.vcmtck.simulator.wbem.providers.virt;

import java.util.ArrayList;
import java.util.List;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobOperation;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.allocation.AllocationSettingsView;
import org.vcmtck.simulator.wbem.providers.virt.allocation.PoolView;
import org.vcmtck.simulator.wbem.providers.virt.switches.SwitchPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.providers.virt.migration.OperatingStatus;

/**
 * The DSP1042 / DSP1057 instances of a datacenter, computed from the model on every call: nothing here is kept
 * between requests except the finer CIM RequestedState codes ({@link RequestedStates}).
 */
final class ModelInstances {
    /** The CIM prefix of the model's system types ({@code <org>:<type>}, VS-013). */
    static final String TYPE_PREFIX = "VCMTCK:";
    /** RequestStateChange values the reference accepts (VS-007): 7 Test and 8 Defer are not among them. */
    static final List<Integer> REQUESTED_STATES_SUPPORTED = List.of(2, 3, 4, 6, 9, 10, 11);
    /** The longest ElementName of a virtual system (VS-008): the model refuses names over 255 characters. */
    static final int MAX_ELEMENT_NAME_LEN = 255;
    private static final int DEDICATED_NOT_DEDICATED = 0;

    private final CimRepository repository;
    private final VirtualizationPaths paths;
    private final Datacenter dc;
    private final RequestedStates requested;
    private final AllocationSettingsView allocationView;
    private final PoolView poolView;

    ModelInstances(CimRepository repository, VirtualizationPaths paths, Datacenter dc, RequestedStates requested) {
        this.repository = repository;
        this.paths = paths;
        this.dc = dc;
        this.requested = requested;
        this.allocationView = new AllocationSettingsView(repository, paths, dc);
        this.poolView = new PoolView(repository, paths, dc);
    }

    static String cimSystemType(String modelType) {
        return TYPE_PREFIX + modelType;
    }

    // ------------------------------------------------------------------ systems

    List<CimInstance> computerSystems() {
        List<CimInstance> out = new ArrayList<>();
        dc.hosts().forEach(h -> out.add(host(h)));
        dc.systems().forEach(vs -> out.add(virtualSystem(vs)));
        return out;
    }

    CimInstance host(Host h) {
        return complete(new CimInstance(VirtualizationPaths.COMPUTER_SYSTEM, List.of(
                str("CreationClassName", VirtualizationPaths.COMPUTER_SYSTEM),
                str("Name", h.id()),
                str("ElementName", h.name()),
                str("NameFormat", "Other"),
                CimProperty.of("EnabledState", CimValue.uint16(2)),
                CimProperty.of("RequestedState", CimValue.uint16(RequestedStates.NOT_APPLICABLE)),
                CimProperty.of("OperationalStatus", uint16s(List.of(2))),
                CimProperty.of("HealthState", CimValue.uint16(5)),
                CimProperty.of("Dedicated", uint16s(List.of(DEDICATED_NOT_DEDICATED))))));
    }

    CimInstance virtualSystem(VirtualSystem vs) {
        return complete(new CimInstance(VirtualizationPaths.COMPUTER_SYSTEM, List.of(
                str("CreationClassName", VirtualizationPaths.COMPUTER_SYSTEM),
                str("Name", vs.uuid()),
                str("ElementName", vs.name()),
                str("NameFormat", "UUID"),
                str("Description", vs.settings().description()),
                CimProperty.of("EnabledState", CimValue.uint16(vs.state().cimEnabledState())),
                CimProperty.of("RequestedState", CimValue.uint16(requested.of(vs))),
                CimProperty.of("EnabledDefault", CimValue.uint16(2)),
                CimProperty.of("OperationalStatus", uint16s(List.of(2))),
                CimProperty.of("OperatingStatus", CimValue.uint16(OperatingStatus.of(vs, dc.runningJobOf(vs.id())))),
                CimProperty.of("HealthState", CimValue.uint16(5)),
                CimProperty.of("OtherIdentifyingInfo", strings(List.of(vs.uuid(), vs.id()))),
                CimProperty.of("IdentifyingDescriptions", strings(List.of("UUID", "VCM-TCK model id"))))));
    }

    // ------------------------------------------------------------------ service and capabilities

    List<CimInstance> managementServices() {
        return dc.hosts().stream().map(h -> complete(new CimInstance(VirtualizationPaths.VSMS, List.of(
                str("SystemCreationClassName", VirtualizationPaths.COMPUTER_SYSTEM),
                str("SystemName", h.id()),
                str("CreationClassName", VirtualizationPaths.VSMS),
                str("Name", VirtualizationPaths.VSMS_NAME),
                str("ElementName", "Virtual system management service of " + h.name()),
                CimProperty.of("Started", CimValue.of(true)),
                CimProperty.of("EnabledState", CimValue.uint16(2)))))).toList();
    }

    List<CimInstance> managementCapabilities() {
        boolean jobsFinishAtOnce = dc.options().jobTicks() == 0;
        // 5 ModifyResourceSettings, 6 ModifySystemSettings, 7 RemoveResources, 10 AddResources change the model at once
        List<Integer> sync = new ArrayList<>(List.of(5, 6, 7, 10));
        List<Integer> async = new ArrayList<>();
        // 2 DefineSystem and 3 DestroySystem run as model jobs: synchronous only when jobs finish inside the call
        (jobsFinishAtOnce ? sync : async).addAll(List.of(2, 3));
        return dc.hosts().stream().map(h -> complete(new CimInstance(VirtualizationPaths.VSMC, List.of(
                str("InstanceID", VirtualizationPaths.vsmcId(h.id())),
                str("ElementName", "Virtual system management capabilities of " + h.name()),
                CimProperty.of("VirtualSystemTypesSupported", strings(List.of(
                        cimSystemType(SystemSpec.DEFAULT_SYSTEM_TYPE), SwitchPaths.SWITCH_TYPE))),
                CimProperty.of("SynchronousMethodsSupported", uint16s(sync)),
                CimProperty.of("AsynchronousMethodsSupported", uint16s(async)),
                CimProperty.of("IndicationsSupported", uint16s(List.of())))))).toList();
    }

    List<CimInstance> stateCapabilities() {
        return dc.systems().stream().map(vs -> complete(new CimInstance(VirtualizationPaths.ELEC, List.of(
                str("InstanceID", VirtualizationPaths.elecId(vs.id())),
                str("ElementName", "State capabilities of " + vs.name()),
                CimProperty.of("ElementNameEditSupported", CimValue.of(true)),
                CimProperty.of("MaxElementNameLen", CimValue.uint16(MAX_ELEMENT_NAME_LEN)),
                CimProperty.of("RequestedStatesSupported", uint16s(REQUESTED_STATES_SUPPORTED)))))).toList();
    }

    // ------------------------------------------------------------------ settings

    List<CimInstance> systemSettings() {
        return dc.systems().stream().map(this::systemSettings).toList();
    }

    CimInstance systemSettings(VirtualSystem vs) {
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", VirtualizationPaths.vssdId(vs.id())),
                str("ElementName", vs.name()),
                str("VirtualSystemIdentifier", vs.id()),
                str("VirtualSystemType", cimSystemType(vs.systemType())),
                // the model has no start-up, shut-down or recovery policy: None / Turn Off / None
                CimProperty.of("AutomaticStartupAction", CimValue.uint16(2)),
                CimProperty.of("AutomaticShutdownAction", CimValue.uint16(2)),
                CimProperty.of("AutomaticRecoveryAction", CimValue.uint16(2))));
        if (!vs.settings().description().isEmpty()) {
            props.add(CimProperty.of("Notes", strings(List.of(vs.settings().description()))));
        }
        return complete(new CimInstance(VirtualizationPaths.VSSD, props));
    }

    /** The allocations published as plain RASDs; the RASD subclasses are served by the DSP1041 providers. */
    List<CimInstance> allocationSettings() {
        return allocationView.ofClass(VirtualizationPaths.RASD);
    }

    CimInstance allocationSettings(VirtualSystem vs, Allocation a) {
        return allocationView.render(vs, a);
    }

    // ------------------------------------------------------------------ pools

    /** Every model pool (the primordial one per host and resource type, and any child pools carved from it). */
    List<CimInstance> pools() {
        return poolView.all();
    }

    CimInstance pool(ResourcePool p) {
        return poolView.render(p);
    }

    // ------------------------------------------------------------------ jobs

    List<CimInstance> jobs() {
        return dc.jobs().stream().map(this::job).toList();
    }

    CimInstance job(Job j) {
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", VirtualizationPaths.jobId(j.id())),
                str("Name", j.operation().name()),
                str("ElementName", j.operation().name() + " " + j.systemId()),
                CimProperty.of("JobState", CimValue.uint16(cimJobState(j))),
                CimProperty.of("PercentComplete", CimValue.uint16(j.percentComplete())),
                CimProperty.of("DeleteOnCompletion", CimValue.of(false))));
        if (j.error() != null) {
            props.add(str("ErrorDescription", j.error()));
        }
        return complete(new CimInstance(VirtualizationPaths.CONCRETE_JOB, props));
    }

    /** CIM_ConcreteJob.JobState: 2 New, 4 Running, 7 Completed, 9 Killed, 10 Exception. */
    static int cimJobState(Job j) {
        return switch (j.state()) {
            case NEW -> 2;
            case RUNNING -> 4;
            case COMPLETED -> 7;
            case KILLED -> 9;
            case FAILED -> 10;
        };
    }

    /** AffectedJobElement.ElementEffects: 5 Create for a creation, 2 Exclusive Use (the system is busy) else. */
    static int elementEffect(Job j) {
        return j.operation() == JobOperation.CREATE ? 5 : 2;
    }

    CimObjectPath systemPath(VirtualSystem vs) {
        return paths.system(vs.uuid());
    }

    private CimInstance complete(CimInstance given) {
        return repository.complete(paths.namespace(), given);
    }

    static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }

    static CimValue uint16s(List<Integer> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.UINT16), new ArrayList<Object>(values));
    }

    static CimValue strings(List<String> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.STRING), new ArrayList<Object>(values));
    }
}
