package org.vcmtck.simulator.wbem.providers.virt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ErrorKind;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.SystemCreation;
import org.vcmtck.simulator.model.SystemLifecycle;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimException;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimMethod;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimStatus;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.capabilities.AllocationBounds;
import org.vcmtck.simulator.wbem.providers.virt.allocation.RasdBounds;
import org.vcmtck.simulator.wbem.providers.virt.switches.SwitchDefinitions;
import org.vcmtck.simulator.wbem.repository.MethodProvider;
import org.vcmtck.simulator.wbem.repository.ProviderContext;

/**
 * The extrinsic methods of CIM_VirtualSystemManagementService (DSP1042 §8) over the model. Every refusal is a
 * return code and changes nothing; CIM errors are left to the server's own checks (unknown method, wrong types).
 * Return codes (SV-013): 0 done, 1 Not Supported, 2 Failed (no capacity), 4 Invalid Parameter (unusable embedded
 * instance, unknown reference, unsupported type), 5 Invalid State, 4096 + Job when the model's job runs on
 * (DefineSystem and DestroySystem run as model jobs when the datacenter's jobs take ticks),
 * 6 Incompatible Parameters (ModifyResourceSettings asking to change a resource's type).
 */
final class ManagementServiceMethods implements MethodProvider {
    static final int COMPLETED = 0;
    static final int NOT_SUPPORTED = 1;
    static final int FAILED = 2;
    static final int INVALID_PARAMETER = 4;
    static final int INVALID_STATE = 5;
    static final int INCOMPATIBLE_PARAMETERS = 6;

    private final Datacenter dc;
    private final VirtualizationPaths paths;
    private final EmbeddedSettings embedded;
    private final ModelInstances instances;
    private final RequestedStates requested;
    private final SwitchDefinitions switches;

    ManagementServiceMethods(Datacenter dc, VirtualizationPaths paths, EmbeddedSettings embedded,
                             ModelInstances instances, RequestedStates requested) {
        this.dc = dc;
        this.paths = paths;
        this.embedded = embedded;
        this.instances = instances;
        this.requested = requested;
        this.switches = new SwitchDefinitions(dc, paths);
    }

    @Override
    public MethodResult invoke(ProviderContext ctx, CimObjectPath target, CimMethod method, Map<String, CimValue> in) {
        if (target.isClassPath()) {
            throw new CimException(CimStatus.CIM_ERR_INVALID_PARAMETER, method.name()
                    + " is not static: invoke it on a CIM_VirtualSystemManagementService instance");
        }
        String hostId = target.key("SystemName").asString();
        try {
            return switch (method.name().toLowerCase(Locale.ROOT)) {
                case "definesystem" -> defineSystem(hostId, in);
                case "destroysystem" -> destroySystem(hostId, in);
                case "addresourcesettings" -> addResourceSettings(hostId, in);
                case "removeresourcesettings" -> removeResourceSettings(hostId, in);
                case "modifysystemsettings" -> modifySystemSettings(hostId, in);
                case "modifyresourcesettings" -> modifyResourceSettings(hostId, in);
                case "requeststatechange", "stopservice" -> rc(NOT_SUPPORTED);
                case "startservice" -> rc(COMPLETED);
                default -> throw new CimException(CimStatus.CIM_ERR_METHOD_NOT_AVAILABLE, "no provider for "
                        + method.name() + " on " + target.className());
            };
        } catch (InvalidSettingsException e) {
            return rc(INVALID_PARAMETER);
        } catch (EmbeddedSettings.IncompatibleSettingsException e) {
            return rc(INCOMPATIBLE_PARAMETERS);
        }
    }

    /** Embedded VSSD + RASD[] (or the ReferenceConfiguration's resources) → model defineSystem; 0 + ResultingSystem. */
    private MethodResult defineSystem(String hostId, Map<String, CimValue> in) {
        CimInstance vssd = embedded.decode("SystemSettings", Lookups.arg(in, "SystemSettings") == null ? null
                : Lookups.arg(in, "SystemSettings").asString(), VirtualizationPaths.VSSD);
        List<CimInstance> rasds = decodeAll("ResourceSettings", Lookups.arg(in, "ResourceSettings"));
        if (SwitchDefinitions.isSwitch(vssd)) {
            return switches.define(hostId, vssd, rasds);
        }
        List<SwitchDefinitions.ConnectionRequest> connections = switches.connectionsRequested(hostId, rasds);
        List<AllocationSpec> allocations = embedded.allocations("ResourceSettings", rasds);
        AllocationBounds.check(dc, hostId, "ResourceSettings", allocations);
        CimValue reference = Lookups.arg(in, "ReferenceConfiguration");
        if (reference != null && !reference.isNull()) {
            VirtualSystem template = systemOfSettings(reference.asPath())
                    .orElseThrow(() -> new InvalidSettingsException("ReferenceConfiguration", "no such VSSD"));
            if (allocations.isEmpty()) {
                allocations = copyOf(template);
            }
        }
        SystemSpec spec = embedded.systemSpec(vssd, allocations, List.of(ModelInstances.cimSystemType(
                SystemSpec.DEFAULT_SYSTEM_TYPE)));
        int ticks = dc.options().jobTicks();
        VirtualSystem created;
        Job creation = null;
        try {
            // the model connects NICs of idle systems only, so a definition that asks for connections finishes
            // inside the call (0), which the DSP1042 return codes allow for a method that may also run as a job
            if (ticks == 0 || !connections.isEmpty()) {
                created = dc.defineSystem(hostId, spec);
            } else {
                // jobs take time in this datacenter: the definition is a CREATE job the client follows (SV-014)
                creation = dc.createSystem(hostId, spec, SystemCreation.succeeding(SystemState.DEFINED, ticks));
                created = dc.system(creation.systemId());
            }
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.INSUFFICIENT_CAPACITY ? FAILED : INVALID_PARAMETER);
        }
        switches.connect(created, connections);
        CimValue resulting = CimValue.of(instances.systemPath(created));
        if (creation == null || creation.state().finished()) {
            return new MethodResult(CimValue.uint32(COMPLETED), Map.of("ResultingSystem", resulting));
        }
        return new MethodResult(CimValue.uint32(StateChangeMethod.JOB_STARTED), Map.of("ResultingSystem", resulting,
                "Job", CimValue.of(paths.job(creation.id()))));
    }

    /**
     * Model destroySystem: 0, or 4096 + Job. A running system is stopped first (SV-008) when the model's jobs
     * finish inside the call; otherwise, and for a paused, suspended or busy system, 5 Invalid State.
     */
    private MethodResult destroySystem(String hostId, Map<String, CimValue> in) {
        Optional<MethodResult> switchDestroyed = switches.destroy(hostId, Lookups.arg(in, "AffectedSystem"));
        if (switchDestroyed.isPresent()) {
            return switchDestroyed.get();
        }
        VirtualSystem vs = systemOnHost(hostId, Lookups.arg(in, "AffectedSystem"), "AffectedSystem");
        if (dc.runningJobOf(vs.id()) != null) {
            return rc(INVALID_STATE);
        }
        if (vs.state() == SystemState.RUNNING && dc.options().jobTicks() == 0) {
            try {
                dc.requestStateChange(vs.id(), StateChange.STOP);
            } catch (ModelException e) {
                return rc(INVALID_STATE);
            }
            vs = dc.system(vs.id());
        }
        if (!SystemLifecycle.destroyable(vs.state())) {
            return rc(INVALID_STATE);
        }
        Job job;
        try {
            job = dc.destroySystem(vs.id());
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.NOT_FOUND ? INVALID_PARAMETER : INVALID_STATE);
        }
        requested.forget(vs.id());
        return StateChangeMethod.jobOutcome(job, paths);
    }

    /** Adds every RASD to the referenced VSSD's system, or none: 0 + ResultingResourceSettings[]. */
    private MethodResult addResourceSettings(String hostId, Map<String, CimValue> in) {
        CimValue configuration = Lookups.arg(in, "AffectedConfiguration");
        if (configuration == null || configuration.isNull()) {
            return rc(INVALID_PARAMETER);
        }
        VirtualSystem vs = systemOfSettings(configuration.asPath()).filter(s -> s.hostId().equals(hostId))
                .orElseThrow(() -> new InvalidSettingsException("AffectedConfiguration", "no such VSSD on this host"));
        List<CimInstance> rasds = decodeAll("ResourceSettings", Lookups.arg(in, "ResourceSettings"));
        if (rasds.isEmpty()) {
            return rc(INVALID_PARAMETER);
        }
        List<AllocationSpec> specs = new ArrayList<>();
        for (int i = 0; i < rasds.size(); i++) {
            String where = "ResourceSettings[" + i + "]";
            specs.add(embedded.allocation(where, rasds.get(i), parentOf(vs, where, rasds.get(i))));
            AllocationBounds.check(dc, hostId, where, specs.get(i), null);
        }
        List<Allocation> added = new ArrayList<>();
        try {
            for (AllocationSpec spec : specs) {
                added.add(dc.addAllocation(vs.id(), spec));
            }
        } catch (ModelException e) {
            // all or nothing: take back what this call already added, newest first
            for (int i = added.size() - 1; i >= 0; i--) {
                dc.removeAllocation(vs.id(), added.get(i).id());
            }
            return rc(e.kind() == ErrorKind.INSUFFICIENT_CAPACITY ? FAILED
                    : e.kind() == ErrorKind.IN_USE ? INVALID_STATE : INVALID_PARAMETER);
        }
        List<Object> resulting = new ArrayList<>();
        added.forEach(a -> resulting.add(paths.allocation(vs.id(), a)));
        return new MethodResult(CimValue.uint32(COMPLETED), Map.of("ResultingResourceSettings",
                CimValue.of(CimType.arrayOf(CimType.Base.REFERENCE), resulting)));
    }

    /**
     * Changes the allocations the RASDs name by InstanceID (all or none): 0 + ResultingResourceSettings[];
     * 4 for a RASD without a known InstanceID, 6 for a change of ResourceType, 5 when the model refuses it.
     */
    private MethodResult modifyResourceSettings(String hostId, Map<String, CimValue> in) {
        List<CimInstance> rasds = decodeAll("ResourceSettings", Lookups.arg(in, "ResourceSettings"));
        if (rasds.isEmpty()) {
            return rc(INVALID_PARAMETER);
        }
        record Change(VirtualSystem system, Allocation current, AllocationSpec spec) {
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < rasds.size(); i++) {
            String where = "ResourceSettings[" + i + "]";
            String id = EmbeddedSettings.text(rasds.get(i), "InstanceID");
            String[] sysAndAlloc = VirtualizationPaths.allocationOf(id).orElseThrow(() ->
                    new InvalidSettingsException(where + ".InstanceID", "no resource setting '" + id + "'"));
            VirtualSystem vs = Lookups.systemById(dc, sysAndAlloc[0]).filter(s -> s.hostId().equals(hostId))
                    .orElseThrow(() -> new InvalidSettingsException(where + ".InstanceID", "no system for " + id));
            Allocation current = vs.allocation(sysAndAlloc[1]);
            if (current == null) {
                throw new InvalidSettingsException(where + ".InstanceID", "no resource setting '" + id + "'");
            }
            changes.add(new Change(vs, current, embedded.modification(where, rasds.get(i), current,
                    parentOf(vs, where, rasds.get(i)))));
            AllocationBounds.check(dc, hostId, where, changes.get(i).spec(), current.poolId());
        }
        List<Change> done = new ArrayList<>();
        try {
            for (Change c : changes) {
                dc.modifyAllocation(c.system().id(), c.current().id(), c.spec());
                done.add(c);
            }
        } catch (ModelException e) {
            // all or nothing: put back what this call already changed, newest first
            for (int i = done.size() - 1; i >= 0; i--) {
                Allocation a = done.get(i).current();
                dc.modifyAllocation(done.get(i).system().id(), a.id(), new AllocationSpec(a.kind(), a.quantity(),
                        a.poolId(), a.parentId(), a.addressOnParent(), a.format(), a.backing(), a.mac()));
            }
            return rc(e.kind() == ErrorKind.INSUFFICIENT_CAPACITY ? FAILED
                    : e.kind() == ErrorKind.IN_USE ? INVALID_STATE : INVALID_PARAMETER);
        }
        List<Object> resulting = new ArrayList<>();
        changes.forEach(c -> resulting.add(paths.allocation(c.system().id(), c.current())));
        return new MethodResult(CimValue.uint32(COMPLETED), Map.of("ResultingResourceSettings",
                CimValue.of(CimType.arrayOf(CimType.Base.REFERENCE), resulting)));
    }

    /** Removes the referenced RASDs' allocations (all must exist first): 0, 4 for an unknown one, 5 when refused. */
    private MethodResult removeResourceSettings(String hostId, Map<String, CimValue> in) {
        CimValue refs = Lookups.arg(in, "ResourceSettings");
        if (refs == null || refs.isNull() || refs.asList().isEmpty()) {
            return rc(INVALID_PARAMETER);
        }
        List<String[]> targets = new ArrayList<>();
        for (Object o : refs.asList()) {
            CimObjectPath p = o instanceof CimObjectPath path ? path : null;
            CimValue id = p == null ? null : p.key("InstanceID");
            String[] sysAndAlloc = id == null ? null : VirtualizationPaths.allocationOf(id.asString()).orElse(null);
            if (sysAndAlloc == null) {
                return rc(INVALID_PARAMETER);
            }
            Optional<VirtualSystem> vs = Lookups.systemById(dc, sysAndAlloc[0]);
            if (vs.isEmpty() || !vs.get().hostId().equals(hostId) || vs.get().allocation(sysAndAlloc[1]) == null) {
                return rc(INVALID_PARAMETER);
            }
            targets.add(sysAndAlloc);
        }
        for (String[] t : targets) {
            try {
                dc.removeAllocation(t[0], t[1]);
            } catch (ModelException e) {
                return rc(INVALID_STATE);
            }
        }
        return rc(COMPLETED);
    }

    /** ElementName renames the system, Notes become its description; other policies are fixed (None / Turn Off). */
    private MethodResult modifySystemSettings(String hostId, Map<String, CimValue> in) {
        CimValue text = Lookups.arg(in, "SystemSettings");
        CimInstance vssd = embedded.decode("SystemSettings", text == null ? null : text.asString(),
                VirtualizationPaths.VSSD);
        String id = EmbeddedSettings.text(vssd, "InstanceID");
        VirtualSystem vs = VirtualizationPaths.systemOfSettings(id).flatMap(s -> Lookups.systemById(dc, s))
                .filter(s -> s.hostId().equals(hostId))
                .orElseThrow(() -> new InvalidSettingsException("SystemSettings.InstanceID", "no such VSSD: " + id));
        for (String fixed : List.of("AutomaticStartupAction", "AutomaticShutdownAction", "AutomaticRecoveryAction")) {
            CimValue v = vssd.value(fixed);
            if (v != null && !v.isNull() && !"2".equals(v.asString())) {
                return rc(INVALID_PARAMETER);
            }
        }
        String name = EmbeddedSettings.text(vssd, "ElementName");
        if (name != null && (name.isBlank() || name.length() > ModelInstances.MAX_ELEMENT_NAME_LEN)) {
            return rc(INVALID_PARAMETER);
        }
        CimValue notes = vssd.value("Notes");
        try {
            if (name != null && !name.equals(vs.name())) {
                dc.renameSystem(vs.id(), name);
            }
            if (notes != null && !notes.isNull() && notes.type().array()) {
                SystemSettings s = vs.settings();
                dc.modifySettings(vs.id(), new SystemSettings(String.join("\n",
                        notes.texts().stream().filter(t -> t != null).toList()), s.osType(), s.bootOrder()));
            }
        } catch (ModelException e) {
            return rc(e.kind() == ErrorKind.IN_USE ? INVALID_STATE : INVALID_PARAMETER);
        }
        return rc(COMPLETED);
    }

    private List<CimInstance> decodeAll(String parameter, CimValue texts) {
        List<CimInstance> out = new ArrayList<>();
        if (texts == null || texts.isNull()) {
            return out;
        }
        List<String> list = texts.type().array() ? texts.texts() : List.of(texts.asString());
        for (int i = 0; i < list.size(); i++) {
            out.add(embedded.decode(parameter + "[" + i + "]", list.get(i), VirtualizationPaths.RASD));
            RasdBounds.check(parameter + "[" + i + "]", out.get(out.size() - 1));
        }
        return out;
    }

    private String parentOf(VirtualSystem vs, String where, CimInstance rasd) {
        String parent = EmbeddedSettings.text(rasd, "Parent");
        if (parent == null) {
            return null;
        }
        return VirtualizationPaths.allocationOf(parent).filter(p -> p[0].equals(vs.id())).map(p -> p[1])
                .orElseThrow(() -> new InvalidSettingsException(where + ".Parent", "'" + parent
                        + "' is not a resource setting of this system"));
    }

    private Optional<VirtualSystem> systemOfSettings(CimObjectPath vssdPath) {
        CimValue id = vssdPath.key("InstanceID");
        return id == null ? Optional.empty() : VirtualizationPaths.systemOfSettings(id.asString())
                .flatMap(s -> Lookups.systemById(dc, s));
    }

    private VirtualSystem systemOnHost(String hostId, CimValue ref, String parameter) {
        if (ref == null || ref.isNull()) {
            throw new InvalidSettingsException(parameter, "is required");
        }
        CimValue name = ref.asPath().key("Name");
        return (name == null ? Optional.<VirtualSystem>empty() : Lookups.systemByName(dc, name.asString()))
                .filter(vs -> vs.hostId().equals(hostId))
                .orElseThrow(() -> new InvalidSettingsException(parameter, "no virtual system " + ref.asPath()
                        + " on host " + hostId));
    }

    /** A template system's resources as allocation specs (controllers keep parenting, NICs get new MACs). */
    private static List<AllocationSpec> copyOf(VirtualSystem template) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<AllocationSpec> out = new ArrayList<>();
        for (Allocation a : template.allocations()) {
            String parent = a.parentId() == null || !index.containsKey(a.parentId()) ? null
                    : "#" + index.get(a.parentId());
            out.add(new AllocationSpec(a.kind(), a.quantity(), null, parent, parent == null ? null
                    : a.addressOnParent(), a.format(), a.backing(), null));
            index.put(a.id(), out.size() - 1);
        }
        return out;
    }

    private static MethodResult rc(int code) {
        return MethodResult.of(CimValue.uint32(code));
    }
}
