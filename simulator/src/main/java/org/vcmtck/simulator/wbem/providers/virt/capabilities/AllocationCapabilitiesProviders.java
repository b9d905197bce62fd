package org.vcmtck.simulator.wbem.providers.virt.capabilities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.ResourceType;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.wbem.cim.CimInstance;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimProperty;
import org.vcmtck.simulator.wbem.cim.CimType;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.ComputedInstances;
import org.vcmtck.simulator.wbem.providers.ProfileRegistration;
import org.vcmtck.simulator.wbem.providers.ProfileRegistry;
import org.vcmtck.simulator.wbem.providers.virt.AssociationContributions;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;
import org.vcmtck.simulator.wbem.repository.CimRepository;

/**
 * DSP1043 Allocation Capabilities, computed from the model's pools on every request: per pool one
 * CIM_AllocationCapabilities (via CIM_ElementCapabilities, ManagedElement = pool) and its four capability
 * CIM_ResourceAllocationSettingData — Default, Minimum, Maximum, Increment — via CIM_SettingsDefineCapabilities.
 * The capability settings join the output of the RASD class's existing provider ({@link #withSettings}) and the
 * pool → capabilities pairs are contributed to the CIM_ElementCapabilities provider, since the repository takes
 * one provider per class.
 */
public final class AllocationCapabilitiesProviders {
    public static final String PROFILE_ID = "DMTF:DSP1043-AllocationCapabilities-1.0.0";
    static final String ALLOCATION_CAPABILITIES = "CIM_AllocationCapabilities";
    static final String SETTINGS_DEFINE_CAPABILITIES = "CIM_SettingsDefineCapabilities";
    private static final String ORG = "VCMTCK:";
    private static final int OTHER_RESOURCE_TYPE = 1;
    /** RequestTypesSupported 4 Both: a request may name its pool (PoolID) or leave it to the host's primordial one. */
    private static final int REQUEST_TYPES_BOTH = 4;
    private static final int SHARING_DEDICATED = 2;
    private static final int SHARING_SHARED = 3;
    private static final int POLICY_INDEPENDENT = 0;

    private final CimRepository repository;
    private final String ns;
    private final Datacenter dc;
    private final VirtualizationPaths paths;
    private final AssociationContributions contributions;

    public AllocationCapabilitiesProviders(CimRepository repository, VirtualizationPaths paths, Datacenter dc,
                                           AssociationContributions contributions) {
        this.repository = repository;
        this.ns = paths.namespace();
        this.dc = dc;
        this.paths = paths;
        this.contributions = contributions;
    }

    /** One capability setting: its name in InstanceIDs and its (ValueRole, ValueRange) on the association. */
    enum Role {
        DEFAULT(0, 0), MINIMUM(3, 1), MAXIMUM(3, 2), INCREMENT(3, 3);

        final int valueRole;
        final int valueRange;

        Role(int valueRole, int valueRange) {
            this.valueRole = valueRole;
            this.valueRange = valueRange;
        }

        long quantity(AllocationLimits limits) {
            return switch (this) {
                case DEFAULT -> limits.defaultQuantity();
                case MINIMUM -> limits.minimum();
                case MAXIMUM -> limits.maximum();
                case INCREMENT -> limits.increment();
            };
        }

        String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The model lets resources be added and removed in every state in which no job runs on the system; the
     * transitional states are exactly those with a running job.
     */
    static List<Integer> changeableStates() {
        return Arrays.stream(SystemState.values()).filter(s -> !s.transitional())
                .map(SystemState::cimEnabledState).sorted().toList();
    }

    /** Registers the providers of the DSP1043 classes and the profile; returns the profile's InstanceID. */
    public String install(ProfileRegistry registry) {
        repository.registerInstanceProvider(ns, ALLOCATION_CAPABILITIES, new ComputedInstances(ctx ->
                allocationCapabilities()));
        repository.registerInstanceProvider(ns, SETTINGS_DEFINE_CAPABILITIES, new ComputedInstances(ctx ->
                settingsDefineCapabilities()));
        contributions.contribute(VirtualizationPaths.ELEMENT_CAPABILITIES, () -> dc.pools().stream()
                .map(p -> new AssociationContributions.Ends(paths.pool(p.id()), capabilitiesPath(p))).toList());
        registry.register(new ProfileRegistration(PROFILE_ID, ProfileRegistration.ORG_DMTF, null,
                "Allocation Capabilities", "1.0.0", this::capabilityPaths, List.of()));
        return PROFILE_ID;
    }

    /** {@code allocationSettings} followed by the capability settings of every pool. */
    public Supplier<List<CimInstance>> withSettings(Supplier<List<CimInstance>> allocationSettings) {
        return () -> concat(allocationSettings.get(), capabilitySettings());
    }

    List<CimInstance> allocationCapabilities() {
        List<Integer> states = changeableStates();
        return dc.pools().stream().map(p -> {
            List<CimProperty> props = new ArrayList<>(List.of(
                    str("InstanceID", capabilitiesId(p)),
                    str("ElementName", "Allocation capabilities of pool " + p.name()),
                    CimProperty.of("ResourceType", CimValue.uint16(p.type().cimCode())),
                    CimProperty.of("RequestTypesSupported", CimValue.uint16(REQUEST_TYPES_BOTH)),
                    // over-commit lets allocations share the pool's capacity; without it each unit is one's own
                    CimProperty.of("SharingMode", CimValue.uint16(p.overcommit() > 1.0 ? SHARING_SHARED
                            : SHARING_DEDICATED)),
                    CimProperty.of("SupportedAddStates", uint16s(states)),
                    CimProperty.of("SupportedRemoveStates", uint16s(states))));
            otherResourceType(p, props);
            return complete(new CimInstance(ALLOCATION_CAPABILITIES, props));
        }).toList();
    }

    List<CimInstance> capabilitySettings() {
        List<CimInstance> out = new ArrayList<>();
        for (ResourcePool p : dc.pools()) {
            AllocationLimits limits = AllocationLimits.of(p);
            for (Role role : Role.values()) {
                List<CimProperty> props = new ArrayList<>(List.of(
                        str("InstanceID", settingId(p, role)),
                        str("ElementName", role.label() + " allocation from pool " + p.name()),
                        CimProperty.of("ResourceType", CimValue.uint16(p.type().cimCode())),
                        str("PoolID", p.id()),
                        str("AllocationUnits", p.unit()),
                        str("VirtualQuantityUnits", p.unit()),
                        CimProperty.of("VirtualQuantity", CimValue.uint64(role.quantity(limits)))));
                otherResourceType(p, props);
                out.add(complete(new CimInstance(VirtualizationPaths.RASD, props)));
            }
        }
        return out;
    }

    List<CimInstance> settingsDefineCapabilities() {
        List<CimInstance> out = new ArrayList<>();
        for (ResourcePool p : dc.pools()) {
            for (Role role : Role.values()) {
                out.add(complete(new CimInstance(SETTINGS_DEFINE_CAPABILITIES, List.of(
                        CimProperty.reference("GroupComponent", ALLOCATION_CAPABILITIES, capabilitiesPath(p)),
                        CimProperty.reference("PartComponent", VirtualizationPaths.RASD, settingPath(p, role)),
                        CimProperty.of("PropertyPolicy", CimValue.uint16(POLICY_INDEPENDENT)),
                        CimProperty.of("ValueRole", CimValue.uint16(role.valueRole)),
                        CimProperty.of("ValueRange", CimValue.uint16(role.valueRange))))));
            }
        }
        // AC-008: the management service's capabilities offer the primordial pools' Default settings as the
        // defaults of a new virtual system's resources
        for (ResourcePool p : dc.pools()) {
            if (p.primordial()) {
                out.add(complete(new CimInstance(SETTINGS_DEFINE_CAPABILITIES, List.of(
                        CimProperty.reference("GroupComponent", VirtualizationPaths.VSMC,
                                paths.managementCapabilities(p.hostId())),
                        CimProperty.reference("PartComponent", VirtualizationPaths.RASD, settingPath(p, Role.DEFAULT)),
                        CimProperty.of("PropertyPolicy", CimValue.uint16(POLICY_INDEPENDENT)),
                        CimProperty.of("ValueRole", CimValue.uint16(Role.DEFAULT.valueRole)),
                        CimProperty.of("ValueRange", CimValue.uint16(Role.DEFAULT.valueRange))))));
            }
        }
        return out;
    }

    private List<CimObjectPath> capabilityPaths() {
        return dc.pools().stream().map(this::capabilitiesPath).toList();
    }

    CimObjectPath capabilitiesPath(ResourcePool p) {
        return CimObjectPath.of(ns, ALLOCATION_CAPABILITIES, Map.of("InstanceID", CimValue.of(capabilitiesId(p))));
    }

    CimObjectPath settingPath(ResourcePool p, Role role) {
        return CimObjectPath.of(ns, VirtualizationPaths.RASD, Map.of("InstanceID", CimValue.of(settingId(p, role))));
    }

    // Under the pools' own "Pool/" prefix, so no capability id can be taken for an allocation's RASD id
    private static String capabilitiesId(ResourcePool p) {
        return ORG + "Pool/" + p.id() + "/AllocationCapabilities";
    }

    private static String settingId(ResourcePool p, Role role) {
        return ORG + "Pool/" + p.id() + "/" + role.label();
    }

    private static void otherResourceType(ResourcePool p, List<CimProperty> props) {
        if (p.type().cimCode() == OTHER_RESOURCE_TYPE) {
            props.add(str("OtherResourceType", p.type() == ResourceType.GENERIC_DEVICE ? "Device slot"
                    : p.type().name()));
        }
    }

    private CimInstance complete(CimInstance given) {
        return repository.complete(ns, given);
    }

    private static List<CimInstance> concat(List<CimInstance> first, List<CimInstance> second) {
        List<CimInstance> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static CimProperty str(String name, String value) {
        return CimProperty.of(name, CimValue.of(value));
    }

    private static CimValue uint16s(List<Integer> values) {
        return CimValue.of(CimType.arrayOf(CimType.Base.UINT16), new ArrayList<Object>(values));
    }
}
