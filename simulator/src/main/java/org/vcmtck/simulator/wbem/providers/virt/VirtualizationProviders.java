package org.vcmtck.simulator.wbem.providers.virt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.ComputedInstances;
import org.vcmtck.simulator.wbem.providers.ProfileRegistration;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * DSP1042 System Virtualization and DSP1057 Virtual System in the virtualization namespace, computed from a
 * datacenter on every request through the repository's provider SPI:
 * <ul>
 * <li>per host: CIM_ComputerSystem (DSP1042 central instance), CIM_VirtualSystemManagementService via
 * CIM_HostedService, CIM_VirtualSystemManagementCapabilities via CIM_ElementCapabilities;</li>
 * <li>per virtual system: CIM_ComputerSystem (DSP1057 central instance) via CIM_HostedDependency from its host,
 * CIM_EnabledLogicalElementCapabilities via CIM_ElementCapabilities, one CIM_VirtualSystemSettingData linked by
 * both CIM_SettingsDefineState and CIM_ElementSettingData (the model keeps a single configuration, so it is
 * default, current and next at once), one CIM_ResourceAllocationSettingData per allocation via
 * CIM_VirtualSystemSettingDataComponent;</li>
 * <li>per model pool: CIM_ResourcePool (the primordial pool of each host and resource type, Primordial=true, and
 * child pools) via CIM_HostedResourcePool from its host;</li>
 * <li>per model job: CIM_ConcreteJob and CIM_AffectedJobElement to its (still existing) system.</li>
 * </ul>
 * Methods: RequestStateChange on CIM_ComputerSystem ({@link StateChangeMethod}) and the management service's
 * methods ({@link ManagementServiceMethods}). Both profiles are registered (1.0.0) with DSP1042 referencing DSP1057.
 */
public final class VirtualizationProviders {
    public static final String SYSTEM_VIRTUALIZATION_ID = "DMTF:DSP1042-SystemVirtualization-1.0.0";
    public static final String VIRTUAL_SYSTEM_ID = "DMTF:DSP1057-VirtualSystem-1.0.0";
    private static final int IS_DEFAULT = 1;
    private static final int IS_CURRENT = 1;
    private static final int IS_NEXT = 1;

    private final CimRepository repository;
    private final String ns;
    private final Datacenter dc;
    private final VirtualizationPaths paths;
    private final RequestedStates requested = new RequestedStates();
    private final ModelInstances instances;

    public VirtualizationProviders(CimRepository repository, String virtualizationNamespace, Datacenter dc) {
        this.repository = repository;
        this.ns = repository.canonicalNamespace(virtualizationNamespace);
        this.dc = dc;
        this.paths = new VirtualizationPaths(ns);
        this.instances = new ModelInstances(repository, paths, dc, requested);
    }

    /** Registers the providers and both profiles in {@code registry}. */
    public void install(ProfileRegistry registry) {
        provide(VirtualizationPaths.COMPUTER_SYSTEM, instances::computerSystems);
        provide(VirtualizationPaths.VSMS, instances::managementServices);
        provide(VirtualizationPaths.VSMC, instances::managementCapabilities);
        provide(VirtualizationPaths.ELEC, instances::stateCapabilities);
        provide(VirtualizationPaths.VSSD, instances::systemSettings);
        provide(VirtualizationPaths.RASD, instances::allocationSettings);
        provide(VirtualizationPaths.CONCRETE_JOB, instances::jobs);
        provide(VirtualizationPaths.RESOURCE_POOL, instances::pools);
        provide(VirtualizationPaths.HOSTED_SERVICE, this::hostedServices);
        provide(VirtualizationPaths.HOSTED_DEPENDENCY, this::hostedDependencies);
        provide(VirtualizationPaths.ELEMENT_CAPABILITIES, this::elementCapabilities);
        provide(VirtualizationPaths.SETTINGS_DEFINE_STATE, this::settingsDefineState);
        provide(VirtualizationPaths.ELEMENT_SETTING_DATA, this::elementSettingData);
        provide(VirtualizationPaths.VSSD_COMPONENT, this::settingsComponents);
        provide(VirtualizationPaths.AFFECTED_JOB_ELEMENT, this::affectedJobElements);
        provide(VirtualizationPaths.HOSTED_RESOURCE_POOL, this::hostedResourcePools);
        repository.registerMethodProvider(ns, VirtualizationPaths.COMPUTER_SYSTEM,
                new StateChangeMethod(dc, paths, requested));
        repository.registerMethodProvider(ns, VirtualizationPaths.VSMS, new ManagementServiceMethods(dc, paths,
                new EmbeddedSettings(repository, ns), instances, requested));
        registry.register(new ProfileRegistration(VIRTUAL_SYSTEM_ID, ProfileRegistration.ORG_DMTF, null,
                "Virtual System", "1.0.0", this::virtualSystemPaths, List.of()));
        registry.register(new ProfileRegistration(SYSTEM_VIRTUALIZATION_ID, ProfileRegistration.ORG_DMTF, null,
                "System Virtualization", "1.0.0", this::hostPaths, List.of(VIRTUAL_SYSTEM_ID)));
    }

    public String namespace() {
        return ns;
    }

    private void provide(String className, Supplier<List<CimInstance>> compute) {
        repository.registerInstanceProvider(ns, className, new ComputedInstances(ctx -> compute.get()));
    }

    private List<CimObjectPath> hostPaths() {
        return dc.hosts().stream().map(h -> paths.system(h.id())).toList();
    }

    private List<CimObjectPath> virtualSystemPaths() {
        return dc.systems().stream().map(instances::systemPath).toList();
    }

    private List<CimInstance> hostedServices() {
        List<CimInstance> out = new ArrayList<>();
        for (Host h : dc.hosts()) {
            out.add(association(VirtualizationPaths.HOSTED_SERVICE, "Antecedent", paths.system(h.id()),
                    "Dependent", paths.managementService(h.id())));
        }
        return out;
    }

    private List<CimInstance> hostedDependencies() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            out.add(association(VirtualizationPaths.HOSTED_DEPENDENCY, "Antecedent", paths.system(vs.hostId()),
                    "Dependent", instances.systemPath(vs)));
        }
        return out;
    }

    private List<CimInstance> elementCapabilities() {
        List<CimInstance> out = new ArrayList<>();
        for (Host h : dc.hosts()) {
            out.add(association(VirtualizationPaths.ELEMENT_CAPABILITIES, "ManagedElement",
                    paths.managementService(h.id()), "Capabilities", paths.managementCapabilities(h.id())));
        }
        for (VirtualSystem vs : dc.systems()) {
            out.add(association(VirtualizationPaths.ELEMENT_CAPABILITIES, "ManagedElement",
                    instances.systemPath(vs), "Capabilities", paths.stateCapabilities(vs.id())));
        }
        return out;
    }

    private List<CimInstance> settingsDefineState() {
        return dc.systems().stream().map(vs -> association(VirtualizationPaths.SETTINGS_DEFINE_STATE,
                "ManagedElement", instances.systemPath(vs), "SettingData", paths.settings(vs.id()))).toList();
    }

    private List<CimInstance> elementSettingData() {
        return dc.systems().stream().map(vs -> association(VirtualizationPaths.ELEMENT_SETTING_DATA,
                "ManagedElement", instances.systemPath(vs), "SettingData", paths.settings(vs.id()),
                CimProperty.of("IsDefault", CimValue.uint16(IS_DEFAULT)),
                CimProperty.of("IsCurrent", CimValue.uint16(IS_CURRENT)),
                CimProperty.of("IsNext", CimValue.uint16(IS_NEXT)))).toList();
    }

    private List<CimInstance> settingsComponents() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            vs.allocations().forEach(a -> out.add(association(VirtualizationPaths.VSSD_COMPONENT, "GroupComponent",
                    paths.settings(vs.id()), "PartComponent", paths.allocation(vs.id(), a.id()))));
        }
        return out;
    }

    private List<CimInstance> hostedResourcePools() {
        return dc.pools().stream().map(p -> association(VirtualizationPaths.HOSTED_RESOURCE_POOL, "GroupComponent",
                paths.system(p.hostId()), "PartComponent", paths.pool(p.id()))).toList();
    }

    private List<CimInstance> affectedJobElements() {
        List<CimInstance> out = new ArrayList<>();
        Map<String, VirtualSystem> systems = new java.util.HashMap<>();
        dc.systems().forEach(vs -> systems.put(vs.id(), vs));
        for (Job j : dc.jobs()) {
            VirtualSystem vs = j.systemId() == null ? null : systems.get(j.systemId());
            if (vs != null) {
                out.add(association(VirtualizationPaths.AFFECTED_JOB_ELEMENT, "AffectedElement",
                        instances.systemPath(vs), "AffectingElement", paths.job(j.id()),
                        CimProperty.of("ElementEffects", ModelInstances.uint16s(List.of(
                                ModelInstances.elementEffect(j))))));
            }
        }
        return out;
    }

    /** A two-ended association with optional extra properties, completed as the class declares it. */
    private CimInstance association(String className, String role1, CimObjectPath end1, String role2,
                                    CimObjectPath end2, CimProperty... extra) {
        List<CimProperty> props = new ArrayList<>(List.of(
                CimProperty.reference(role1, end1.className(), end1),
                CimProperty.reference(role2, end2.className(), end2)));
        props.addAll(List.of(extra));
        return repository.complete(ns, new CimInstance(className, props));
    }
}
