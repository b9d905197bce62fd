package org.vcmtck.simulator.wbem.providers.virt.devices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.providers.ComputedInstances;
import org.vcmtck.simulator.wbem.providers.ProfileRegistration;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.providers.virt.AssociationContributions;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * The virtual devices of DSP1044, DSP1045, DSP1047, DSP1050 and DSP1059, computed from the model on every request:
 * one instance provider per device class ({@link DeviceInstances}), CIM_SystemDevice (virtual system → device),
 * CIM_ElementAllocatedFromPool (the pool RASD.PoolID names → device, RA-007) and, contributed to the
 * virtualization package's CIM_SettingsDefineState provider, device → the RASD of its allocation. The five
 * resource virtualization profiles are registered with the pools of their resource type as central instances.
 */
public final class DeviceProviders {
    static final String SYSTEM_DEVICE = "CIM_SystemDevice";
    static final String ALLOCATED_FROM_POOL = "CIM_ElementAllocatedFromPool";
    static final String PROCESSOR_PROFILE = "Processor Device Resource Virtualization";
    static final String MEMORY_PROFILE = "Memory Resource Virtualization";
    static final String STORAGE_PROFILE = "Storage Resource Virtualization";
    static final String ETHERNET_PROFILE = "Ethernet Port Resource Virtualization";
    static final String GENERIC_PROFILE = "Generic Device Resource Virtualization";
    private static final String RASD = "CIM_ResourceAllocationSettingData";
    private static final String SETTINGS_DEFINE_STATE = "CIM_SettingsDefineState";

    private final CimRepository repository;
    private final VirtualizationPaths paths;
    private final String ns;
    private final Datacenter dc;
    private final AssociationContributions contributions;
    private final DeviceInstances devices;

    public DeviceProviders(CimRepository repository, VirtualizationPaths paths, Datacenter dc,
                           AssociationContributions contributions) {
        this.repository = repository;
        this.paths = paths;
        this.ns = paths.namespace();
        this.dc = dc;
        this.contributions = contributions;
        this.devices = new DeviceInstances(repository, ns, dc);
    }

    /** Registers the providers and the five profiles; returns the profiles' InstanceIDs (for DSP1042 to reference). */
    public List<String> install(ProfileRegistry registry) {
        for (String cimClass : DeviceClass.cimClasses()) {
            provide(cimClass, () -> contributions.withInstances(cimClass, devices.ofClass(cimClass)));
        }
        provide(SYSTEM_DEVICE, this::systemDevices);
        provide(ALLOCATED_FROM_POOL, this::allocatedFromPool);
        contributions.contribute(SETTINGS_DEFINE_STATE, this::settingsDefineState);
        return List.of(
                register(registry, "DSP1044-ProcessorDeviceResourceVirtualization-1.0.0", PROCESSOR_PROFILE, "1.0.0",
                        ResourceType.PROCESSOR),
                register(registry, "DSP1045-MemoryResourceVirtualization-1.0.0", MEMORY_PROFILE, "1.0.0",
                        ResourceType.MEMORY),
                register(registry, "DSP1047-StorageResourceVirtualization-1.1.0", STORAGE_PROFILE, "1.1.0",
                        ResourceType.STORAGE),
                register(registry, "DSP1050-EthernetPortResourceVirtualization-1.0.0", ETHERNET_PROFILE, "1.0.0",
                        ResourceType.ETHERNET),
                register(registry, "DSP1059-GenericDeviceResourceVirtualization-1.0.0", GENERIC_PROFILE, "1.0.0",
                        ResourceType.GENERIC_DEVICE));
    }

    private String register(ProfileRegistry registry, String localId, String name, String version,
                            ResourceType type) {
        ProfileRegistration profile = ProfileRegistration.dmtf(localId, name, version, () -> poolsOf(type),
                List.of());
        registry.register(profile);
        return profile.instanceId();
    }

    /** The central instances of a resource virtualization profile: the pools of its resource type. */
    private List<CimObjectPath> poolsOf(ResourceType type) {
        return dc.pools().stream().filter(p -> p.type() == type).map(p -> paths.pool(p.id())).toList();
    }

    private List<CimInstance> systemDevices() {
        List<CimInstance> out = new ArrayList<>(devices.all().stream().map(d -> association(SYSTEM_DEVICE,
                "GroupComponent", paths.system(d.system().uuid()), "PartComponent", d.path())).toList());
        contributions.of(SYSTEM_DEVICE).forEach(e -> out.add(association(SYSTEM_DEVICE, "GroupComponent",
                e.first(), "PartComponent", e.second())));
        return out;
    }

    private List<CimInstance> allocatedFromPool() {
        return devices.all().stream().map(d -> association(ALLOCATED_FROM_POOL, "Antecedent",
                paths.pool(d.allocation().poolId()), "Dependent", d.path())).toList();
    }

    private List<AssociationContributions.Ends> settingsDefineState() {
        Map<String, CimObjectPath> rasdById = rasdPathsById();
        List<AssociationContributions.Ends> out = new ArrayList<>();
        for (VirtualDevice d : devices.all()) {
            CimObjectPath named = paths.allocation(d.system().id(), d.allocation().id());
            CimObjectPath rasd = rasdById.getOrDefault(named.key("InstanceID").asString(), named);
            out.add(new AssociationContributions.Ends(d.path(), rasd));
        }
        return out;
    }

    /** RASD paths as the RASD providers publish them (a RASD may be shown as a subclass), by InstanceID. */
    private Map<String, CimObjectPath> rasdPathsById() {
        Map<String, CimObjectPath> out = new HashMap<>();
        for (CimInstance rasd : repository.enumerateInstances(ns, RASD)) {
            rasd.property("InstanceID").ifPresent(p -> out.put(p.value().asString(), rasd.path()));
        }
        return out;
    }

    private void provide(String className, Supplier<List<CimInstance>> compute) {
        repository.registerInstanceProvider(ns, className, new ComputedInstances(ctx -> compute.get()));
    }

    private CimInstance association(String className, String role1, CimObjectPath end1, String role2,
                                    CimObjectPath end2) {
        return repository.complete(ns, new CimInstance(className, List.of(
                CimProperty.reference(role1, end1.className(), end1),
                CimProperty.reference(role2, end2.className(), end2))));
    }
}
