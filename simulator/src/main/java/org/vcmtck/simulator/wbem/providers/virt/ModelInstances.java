package org.vcmtck.simulator.wbem.providers.virt;

import java.util.ArrayList;
import java.util.List;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobOperation;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * The DSP1042 / DSP1057 instances of a datacenter, computed from the model on every call: nothing here is kept
 * between requests except the finer CIM RequestedState codes ({@link RequestedStates}).
 */
final class ModelInstances {
    /** The CIM prefix of the model's system types ({@code <org>:<type>}, VS-013). */
    static final String TYPE_PREFIX = "VCMTCK:";
    /** RequestStateChange values the reference accepts (VS-007): 7 Test and 8 Defer are not among them. */
    static final List<Integer> REQUESTED_STATES_SUPPORTED = List.of(2, 3, 4, 6, 9, 10, 11);
    private static final int DEDICATED_NOT_DEDICATED = 0;
    private static final int OTHER_RESOURCE_TYPE = 1;

    private final CimRepository repository;
    private final VirtualizationPaths paths;
    private final Datacenter dc;
    private final RequestedStates requested;

    ModelInstances(CimRepository repository, VirtualizationPaths paths, Datacenter dc, RequestedStates requested) {
        this.repository = repository;
        this.paths = paths;
        this.dc = dc;
        this.requested = requested;
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
        // 2 DefineSystem, 5 ModifyResourceSettings, 6 ModifySystemSettings, 7 RemoveResources, 10 AddResources
        // change the model at once
        List<Integer> sync = new ArrayList<>(List.of(2, 5, 6, 7, 10));
        List<Integer> async = new ArrayList<>();
        // DestroySystem runs as a model job: synchronous only when jobs finish inside the call
        (jobsFinishAtOnce ? sync : async).add(3);
        return dc.hosts().stream().map(h -> complete(new CimInstance(VirtualizationPaths.VSMC, List.of(
                str("InstanceID", VirtualizationPaths.vsmcId(h.id())),
                str("ElementName", "Virtual system management capabilities of " + h.name()),
                CimProperty.of("VirtualSystemTypesSupported", strings(List.of(
                        cimSystemType(SystemSpec.DEFAULT_SYSTEM_TYPE)))),
                CimProperty.of("SynchronousMethodsSupported", uint16s(sync)),
                CimProperty.of("AsynchronousMethodsSupported", uint16s(async)),
                CimProperty.of("IndicationsSupported", uint16s(List.of())))))).toList();
    }

    List<CimInstance> stateCapabilities() {
        return dc.systems().stream().map(vs -> complete(new CimInstance(VirtualizationPaths.ELEC, List.of(
                str("InstanceID", VirtualizationPaths.elecId(vs.id())),
                str("ElementName", "State capabilities of " + vs.name()),
                CimProperty.of("ElementNameEditSupported", CimValue.of(true)),
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

    List<CimInstance> allocationSettings() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            vs.allocations().forEach(a -> out.add(allocationSettings(vs, a)));
        }
        return out;
    }

    CimInstance allocationSettings(VirtualSystem vs, Allocation a) {
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", VirtualizationPaths.rasdId(vs.id(), a.id())),
                str("ElementName", a.kind().name().toLowerCase(java.util.Locale.ROOT)),
                CimProperty.of("ResourceType", CimValue.uint16(a.kind().cimResourceType())),
                str("PoolID", a.poolId()),
                str("AllocationUnits", a.type().unit()),
                str("VirtualQuantityUnits", a.type().unit()),
                CimProperty.of("VirtualQuantity", CimValue.uint64(a.quantity())),
                CimProperty.of("AutomaticAllocation", CimValue.of(true))));
        if (a.kind().cimResourceType() == OTHER_RESOURCE_TYPE) {
            props.add(str("OtherResourceType", a.kind() == DeviceKind.PCI_CONTROLLER ? "PCI controller"
                    : a.kind().name()));
        }
        if (a.parentId() != null) {
            props.add(str("Parent", VirtualizationPaths.rasdId(vs.id(), a.parentId())));
        }
        if (a.addressOnParent() != null) {
            props.add(str("AddressOnParent", a.addressOnParent()));
        }
        if (a.mac() != null) {
            props.add(str("Address", a.mac()));
        }
        if (a.backing() != null) {
            props.add(CimProperty.of("HostResource", strings(List.of(a.backing()))));
        }
        if (a.format() != null) {
            props.add(str("ResourceSubType", a.format()));
        }
        return complete(new CimInstance(VirtualizationPaths.RASD, props));
    }

    // ------------------------------------------------------------------ pools

    /** Every model pool (the primordial one per host and resource type, and any child pools carved from it). */
    List<CimInstance> pools() {
        return dc.pools().stream().map(this::pool).toList();
    }

    CimInstance pool(ResourcePool p) {
        List<CimProperty> props = new ArrayList<>(List.of(
                str("InstanceID", VirtualizationPaths.poolId(p.id())),
                str("ElementName", p.name()),
                // the same id RASD.PoolID carries, so a client can match allocations to their pool
                str("PoolID", p.id()),
                CimProperty.of("Primordial", CimValue.of(p.primordial())),
                CimProperty.of("ResourceType", CimValue.uint16(p.type().cimCode())),
                str("AllocationUnits", p.unit()),
                CimProperty.of("Capacity", CimValue.uint64(p.capacity())),
                CimProperty.of("Reserved", CimValue.uint64(p.reserved()))));
        if (p.type().cimCode() == OTHER_RESOURCE_TYPE) {
            props.add(str("OtherResourceType", p.type() == ResourceType.GENERIC_DEVICE ? "Device slot"
                    : p.type().name()));
        }
        return complete(new CimInstance(VirtualizationPaths.RESOURCE_POOL, props));
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
