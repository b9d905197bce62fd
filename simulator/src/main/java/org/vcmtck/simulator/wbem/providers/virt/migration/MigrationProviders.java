package org.vcmtck.simulator.wbem.providers.virt.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.ComputedInstances;
import org.vcmtck.simulator.wbem.providers.ProfileRegistration;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.providers.virt.AssociationContributions;
import org.vcmtck.simulator.wbem.providers.virt.EmbeddedSettings;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * DSP1081 Virtual System Migration, computed from the datacenter on every request: per host a
 * CIM_VirtualSystemMigrationService (the profile's central instance, hosted through CIM_HostedService, MIG-001)
 * and its CIM_VirtualSystemMigrationCapabilities (through CIM_ElementCapabilities, MIG-005); the methods are
 * {@link MigrationServiceMethods}. Jobs and the moved system's CIM_HostedDependency are the DSP1042 providers'
 * own, which follow the model. Registered as "Virtual System Migration" 1.0.0.
 */
public final class MigrationProviders {
    public static final String PROFILE_ID = "DMTF:DSP1081-VirtualSystemMigration-1.0.0";
    /** DestinationHost formats the service resolves: host names only (a host's CIM_ComputerSystem.Name). */
    static final Set<DestinationHostFormat> HOST_FORMATS = Set.of(DestinationHostFormat.DNS_NAME);

    private final CimRepository repository;
    private final VirtualizationPaths virtualization;
    private final Datacenter dc;
    private final AssociationContributions contributions;
    private final MigrationPaths paths;
    private final String ns;

    public MigrationProviders(CimRepository repository, VirtualizationPaths virtualization, Datacenter dc,
                              AssociationContributions contributions) {
        this.repository = repository;
        this.virtualization = virtualization;
        this.dc = dc;
        this.contributions = contributions;
        this.ns = virtualization.namespace();
        this.paths = new MigrationPaths(ns);
    }

    /** Registers the providers, the methods and the profile; answers the profile's InstanceID. */
    public String install(ProfileRegistry registry) {
        repository.registerInstanceProvider(ns, MigrationPaths.SERVICE, new ComputedInstances(ctx -> services()));
        repository.registerInstanceProvider(ns, MigrationPaths.CAPABILITIES,
                new ComputedInstances(ctx -> capabilities()));
        contributions.contribute(VirtualizationPaths.HOSTED_SERVICE, () -> dc.hosts().stream().map(h ->
                new AssociationContributions.Ends(virtualization.system(h.id()), paths.service(h.id()))).toList());
        contributions.contribute(VirtualizationPaths.ELEMENT_CAPABILITIES, () -> dc.hosts().stream().map(h ->
                new AssociationContributions.Ends(paths.service(h.id()), paths.capabilities(h.id()))).toList());
        repository.registerMethodProvider(ns, MigrationPaths.SERVICE, new MigrationServiceMethods(dc,
                virtualization, new EmbeddedSettings(repository, ns)));
        ProfileRegistration profile = new ProfileRegistration(PROFILE_ID, ProfileRegistration.ORG_DMTF, null,
                "Virtual System Migration", "1.0.0", this::servicePaths, List.of());
        registry.register(profile);
        return profile.instanceId();
    }

    private List<CimObjectPath> servicePaths() {
        return dc.hosts().stream().map(h -> paths.service(h.id())).toList();
    }

    private List<CimInstance> services() {
        return dc.hosts().stream().map(this::service).toList();
    }

    private CimInstance service(Host h) {
        return repository.complete(ns, new CimInstance(MigrationPaths.SERVICE, List.of(
                str("SystemCreationClassName", VirtualizationPaths.COMPUTER_SYSTEM),
                str("SystemName", h.id()),
                str("CreationClassName", MigrationPaths.SERVICE),
                str("Name", MigrationPaths.SERVICE_NAME),
                str("ElementName", "Virtual system migration service of " + h.name()),
                CimProperty.of("Started", CimValue.of(true)),
                CimProperty.of("EnabledState", CimValue.uint16(2)))));
    }

    private List<CimInstance> capabilities() {
        // the Migrate* methods run as model jobs: synchronous only when jobs finish inside the call
        List<Integer> migrate = List.of(MigrationMethod.MIGRATE_TO_HOST.capabilityCode(),
                MigrationMethod.MIGRATE_TO_SYSTEM.capabilityCode());
        boolean jobsFinishAtOnce = dc.options().jobTicks() == 0;
        List<Integer> sync = new ArrayList<>(List.of(MigrationMethod.CHECK_TO_HOST.capabilityCode(),
                MigrationMethod.CHECK_TO_SYSTEM.capabilityCode()));
        List<Integer> async = new ArrayList<>();
        (jobsFinishAtOnce ? sync : async).addAll(migrate);
        List<Integer> formats = HOST_FORMATS.stream().map(DestinationHostFormat::code).sorted().toList();
        return dc.hosts().stream().map(h -> repository.complete(ns, new CimInstance(MigrationPaths.CAPABILITIES,
                List.of(str("InstanceID", MigrationPaths.capabilitiesId(h.id())),
                        str("ElementName", "Virtual system migration capabilities of " + h.name()),
                        CimProperty.of("SynchronousMethodsSupported", uint16s(sync)),
                        CimProperty.of("AsynchronousMethodsSupported", uint16s(async)),
                        CimProperty.of("DestinationHostFormatsSupported", uint16s(formats)))))).toList();
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }

    private static CimValue uint16s(List<Integer> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.UINT16), new ArrayList<Object>(values));
    }
}
