package org.vcmtck.simulator.wbem.providers.virt.allocation;

import java.util.List;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.wbem.providers.ComputedInstances;
import org.vcmtck.simulator.wbem.providers.ProfileRegistration;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.providers.virt.AssociationContributions;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * DSP1041 Resource Allocation: the RASD subclasses of processors, storage drives and Ethernet ports (the plain
 * RASDs and the pools stay served through the DSP1042 providers, rendered by {@link AllocationSettingsView} and
 * {@link PoolView}), one CIM_ResourcePoolConfigurationService per host hosted through CIM_HostedService, and the
 * profile registration (central instances: every CIM_ResourcePool).
 */
public final class ResourceAllocationProviders {
    public static final String PROFILE_ID = "DMTF:DSP1041-ResourceAllocation-1.0.0";
    static final String REGISTERED_NAME = "Resource Allocation";
    static final String VERSION = "1.0.0";

    private final CimRepository repository;
    private final VirtualizationPaths paths;
    private final Datacenter dc;
    private final AssociationContributions contributions;

    public ResourceAllocationProviders(CimRepository repository, VirtualizationPaths paths, Datacenter dc,
                                       AssociationContributions contributions) {
        this.repository = repository;
        this.paths = paths;
        this.dc = dc;
        this.contributions = contributions;
    }

    /** Registers the providers and the profile; returns the profile's InstanceID. */
    public String install(ProfileRegistry registry) {
        String ns = paths.namespace();
        AllocationSettingsView settings = new AllocationSettingsView(repository, paths, dc);
        for (String subclass : List.of(AllocationClasses.PROCESSOR, AllocationClasses.STORAGE,
                AllocationClasses.ETHERNET_PORT)) {
            repository.registerInstanceProvider(ns, subclass, new ComputedInstances(ctx ->
                    contributions.withInstances(subclass, settings.ofClass(subclass))));
        }
        PoolConfigurationService service = new PoolConfigurationService(repository, paths, dc);
        repository.registerInstanceProvider(ns, PoolConfigurationService.CLASS,
                new ComputedInstances(ctx -> service.instances()));
        repository.registerMethodProvider(ns, PoolConfigurationService.CLASS, service);
        contributions.contribute(VirtualizationPaths.HOSTED_SERVICE, () -> dc.hosts().stream().map(h ->
                new AssociationContributions.Ends(paths.system(h.id()), service.path(h.id()))).toList());
        ProfileRegistration profile = new ProfileRegistration(PROFILE_ID, ProfileRegistration.ORG_DMTF, null,
                REGISTERED_NAME, VERSION, () -> dc.pools().stream().map(p -> paths.pool(p.id())).toList(), List.of());
        registry.register(profile);
        return profile.instanceId();
    }
}
