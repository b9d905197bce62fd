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
import org.vcmtck.simulator.wbem.providers.virt.capabilities.AllocationCapabilitiesProviders;
import org.vcmtck.simulator.wbem.providers.virt.devices.DeviceProviders;
import org.vcmtck.simulator.wbem.providers.virt.migration.MigrationProviders;
import org.vcmtck.simulator.wbem.providers.virt.allocation.ResourceAllocationProviders;
import org.vcmtck.simulator.wbem.providers.virt.switches.SwitchProviders;
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
    private final AssociationContributions contributions = new AssociationContributions();

    public VirtualizationProviders(CimRepository repository, String virtualizationNamespace, Datacenter dc) {
        this.repository = repository;
        this.ns = repository.canonicalNamespace(virtualizationNamespace);
        this.dc = dc;
        this.paths = new VirtualizationPaths(ns);
        this.instances = new ModelInstances(repository, paths, dc, requested);
    }

    /** Registers the providers and both profiles in {@code registry}. */
    public void install(ProfileRegistry registry) {
        var allocationCapabilities = new AllocationCapabilitiesProviders(repository, paths, dc, contributions);
        provide(VirtualizationPaths.COMPUTER_SYSTEM, () -> contributions.withInstances(
                VirtualizationPaths.COMPUTER_SYSTEM, instances.computerSystems()));
        provide(VirtualizationPaths.VSMS, instances::managementServices);
        provide(VirtualizationPaths.VSMC, instances::managementCapabilities);
        provide(VirtualizationPaths.ELEC, instances::stateCapabilities);
        provide(VirtualizationPaths.VSSD, instances::systemSettings);
        provide(VirtualizationPaths.RASD, allocationCapabilities.withSettings(instances::allocationSettings));
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
        // DSP1042 is the autonomous profile; every component profile registered below is referenced from it
        List<String> components = new ArrayList<>();
        components.add(register(registry, new ProfileRegistration(VIRTUAL_SYSTEM_ID, ProfileRegistration.ORG_DMTF,
                null, "Virtual System", "1.0.0", this::virtualSystemPaths, List.of())));
        // component profiles of other providers: one line each, `components.add(<installer>.install(registry));`
        components.add(new MigrationProviders(repository, paths, dc, contributions).install(registry));
        components.add(allocationCapabilities.install(registry));
        components.addAll(new DeviceProviders(repository, paths, dc, contributions).install(registry));
        components.add(new ResourceAllocationProviders(repository, paths, dc, contributions).install(registry));
        components.add(new SwitchProviders(repository, paths, dc, contributions).install(registry));
        registry.register(new ProfileRegistration(SYSTEM_VIRTUALIZATION_ID, ProfileRegistration.ORG_DMTF, null,
                "System Virtualization", "1.0.0", this::hostPaths, List.copyOf(components)));
    }

    private static String register(ProfileRegistry registry, ProfileRegistration profile) {
        registry.register(profile);
        return profile.instanceId();
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
        contributions.of(VirtualizationPaths.HOSTED_SERVICE).forEach(e -> out.add(association(
                VirtualizationPaths.HOSTED_SERVICE, "Antecedent", e.first(), "Dependent", e.second())));
        return out;
    }

    private List<CimInstance> hostedDependencies() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            out.add(association(VirtualizationPaths.HOSTED_DEPENDENCY, "Antecedent", paths.system(vs.hostId()),
                    "Dependent", instances.systemPath(vs)));
        }
        contributions.of(VirtualizationPaths.HOSTED_DEPENDENCY).forEach(e -> out.add(association(
                VirtualizationPaths.HOSTED_DEPENDENCY, "Antecedent", e.first(), "Dependent", e.second())));
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
        contributions.of(VirtualizationPaths.ELEMENT_CAPABILITIES).forEach(e -> out.add(association(
                VirtualizationPaths.ELEMENT_CAPABILITIES, "ManagedElement", e.first(), "Capabilities", e.second())));
        return out;
    }

    private List<CimInstance> settingsDefineState() {
        List<CimInstance> out = new ArrayList<>(dc.systems().stream().map(vs -> association(
                VirtualizationPaths.SETTINGS_DEFINE_STATE, "ManagedElement", instances.systemPath(vs), "SettingData",
                paths.settings(vs.id()))).toList());
        contributions.of(VirtualizationPaths.SETTINGS_DEFINE_STATE).forEach(e -> out.add(association(
                VirtualizationPaths.SETTINGS_DEFINE_STATE, "ManagedElement", e.first(), "SettingData", e.second())));
        return out;
    }

    private List<CimInstance> elementSettingData() {
        List<CimInstance> out = new ArrayList<>(dc.systems().stream().map(vs -> association(
                VirtualizationPaths.ELEMENT_SETTING_DATA, "ManagedElement", instances.systemPath(vs), "SettingData",
                paths.settings(vs.id()), CimProperty.of("IsDefault", CimValue.uint16(IS_DEFAULT)),
                CimProperty.of("IsCurrent", CimValue.uint16(IS_CURRENT)),
                CimProperty.of("IsNext", CimValue.uint16(IS_NEXT)))).toList());
        // contributed settings are single configurations too: default, current and next at once
        contributions.of(VirtualizationPaths.ELEMENT_SETTING_DATA).forEach(e -> out.add(association(
                VirtualizationPaths.ELEMENT_SETTING_DATA, "ManagedElement", e.first(), "SettingData", e.second(),
                CimProperty.of("IsDefault", CimValue.uint16(IS_DEFAULT)),
                CimProperty.of("IsCurrent", CimValue.uint16(IS_CURRENT)),
                CimProperty.of("IsNext", CimValue.uint16(IS_NEXT)))));
        return out;
    }

    private List<CimInstance> settingsComponents() {
        List<CimInstance> out = new ArrayList<>();
        for (VirtualSystem vs : dc.systems()) {
            vs.allocations().forEach(a -> out.add(association(VirtualizationPaths.VSSD_COMPONENT, "GroupComponent",
                    paths.settings(vs.id()), "PartComponent", paths.allocation(vs.id(), a))));
        }
        contributions.of(VirtualizationPaths.VSSD_COMPONENT).forEach(e -> out.add(association(
                VirtualizationPaths.VSSD_COMPONENT, "GroupComponent", e.first(), "PartComponent", e.second())));
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
