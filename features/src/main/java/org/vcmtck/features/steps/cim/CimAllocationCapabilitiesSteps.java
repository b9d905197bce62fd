package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.testng.SkipException;

/**
 * DSP1043 Allocation Capabilities: from each pool the host hosts to its CIM_AllocationCapabilities, and from
 * there through CIM_SettingsDefineCapabilities to the capability settings (Default, Minimum, Maximum, Increment)
 * that bound what a client may request. A target that does not register the profile leaves these not tested.
 */
public class CimAllocationCapabilitiesSteps {

    static final String ALLOCATION_CAPABILITIES = "Allocation Capabilities";
    private static final String AC_CLASS = "CIM_AllocationCapabilities";
    private static final String SDC = "CIM_SettingsDefineCapabilities";
    private static final int VENDOR_VALUES = 0x8000;
    private static final Set<Integer> REQUEST_TYPES = Set.of(0, 2, 3, 4);
    private static final Set<Integer> SHARING_MODES = Set.of(0, 1, 2, 3);
    /** The EnabledState-like ValueMap of SupportedAddStates / SupportedRemoveStates: 0..12. */
    private static final int LAST_STATE = 12;
    private static final int INVALID_PARAMETER = 4;
    /** DefineSystem answers that mean the system was (or is being) defined. */
    private static final Set<Long> DEFINED = Set.of(0L, 4096L);

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private final Map<CIMInstance, List<CIMInstance>> capabilitiesByPool = new LinkedHashMap<>();
    private Bounds chosen;
    private MethodResult refused;
    private int systemsBefore;

    /** One capability setting as a client reads it: the association's roles and the setting itself. */
    private record Capability(int propertyPolicy, int valueRole, int valueRange, CIMInstance setting) {
        BigInteger quantity() {
            Object value = setting.getPropertyValue("VirtualQuantity");
            return value instanceof Number n ? new BigInteger(n.toString()) : null;
        }
    }

    /** A pool's four canonical settings. */
    private record Bounds(CIMInstance pool, CIMInstance defaults, BigInteger minimum, BigInteger maximum,
                          BigInteger increment) {
    }

    public CimAllocationCapabilitiesSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    @Given("the pools of the virtualization host, on a target that registers the Allocation Capabilities profile")
    public void pools() {
        cim.centralInstances(ALLOCATION_CAPABILITIES);
        List<CIMInstance> pools = cim.associatorNamesIfKnown(host.host(), "CIM_HostedResourcePool",
                "CIM_ResourcePool", "GroupComponent", "PartComponent").stream().map(cim::instance).toList();
        if (pools.isEmpty()) {
            throw new SkipException("the host hosts no CIM_ResourcePool through CIM_HostedResourcePool");
        }
        for (CIMInstance pool : pools) {
            capabilitiesByPool.put(pool, cim.associatorNamesIfKnown(pool.getObjectPath(), "CIM_ElementCapabilities",
                    AC_CLASS, "ManagedElement", "Capabilities").stream().map(cim::instance).toList());
        }
    }

    @Then("every pool has a CIM_AllocationCapabilities through CIM_ElementCapabilities")
    public void everyPoolHasCapabilities() {
        capabilitiesByPool.forEach((pool, caps) -> {
            if (caps.isEmpty()) {
                throw cim.failure("the pool " + pool.getObjectPath() + " has no " + AC_CLASS
                        + " through CIM_ElementCapabilities");
            }
        });
    }

    @Then("each pool's allocation capabilities show the pool's ResourceType, request types and sharing mode of their "
            + "ValueMaps, and add and remove states of the EnabledState ValueMap")
    public void capabilityProperties() {
        eachCapabilities((pool, ac) -> {
            int poolType = CimVirtualHost.intValue(pool, "ResourceType");
            if (CimVirtualHost.intValue(ac, "ResourceType") != poolType) {
                throw cim.failure(ac.getObjectPath() + " has ResourceType " + ac.getPropertyValue("ResourceType")
                        + " but describes the pool " + pool.getObjectPath() + " of ResourceType " + poolType);
            }
            requireOf(ac, "RequestTypesSupported", REQUEST_TYPES);
            requireOf(ac, "SharingMode", SHARING_MODES);
            for (String states : List.of("SupportedAddStates", "SupportedRemoveStates")) {
                Object value = ac.getPropertyValue(states);
                if (value != null && !(value instanceof Object[])) {
                    throw cim.failure(ac.getObjectPath() + "." + states + " is not an array: " + value);
                }
                for (Object state : value == null ? new Object[0] : (Object[]) value) {
                    int code = state instanceof Number n ? n.intValue() : -1;
                    if ((code < 0 || code > LAST_STATE) && code < VENDOR_VALUES) {
                        throw cim.failure(ac.getObjectPath() + "." + states + " holds " + state
                                + ", not a value of its ValueMap");
                    }
                }
            }
        });
    }

    @Then("each pool's allocation capabilities lead through CIM_SettingsDefineCapabilities to "
            + "CIM_ResourceAllocationSettingData of the pool's ResourceType")
    public void settingsOfThePoolsType() {
        eachCapabilities((pool, ac) -> {
            List<Capability> settings = capabilities(ac);
            if (settings.isEmpty()) {
                throw cim.failure(ac.getObjectPath() + " defines no settings through " + SDC);
            }
            int poolType = CimVirtualHost.intValue(pool, "ResourceType");
            for (Capability c : settings) {
                if (CimVirtualHost.intValue(c.setting(), "ResourceType") != poolType) {
                    throw cim.failure("the setting " + c.setting().getObjectPath() + " of " + ac.getObjectPath()
                            + " has ResourceType " + c.setting().getPropertyValue("ResourceType") + ", not the pool's "
                            + poolType);
                }
            }
        });
    }

    @Then("every CIM_SettingsDefineCapabilities of the pools' capabilities has a PropertyPolicy, ValueRole and "
            + "ValueRange of their ValueMaps")
    public void associationValues() {
        eachCapabilities((pool, ac) -> {
            for (Capability c : capabilities(ac)) {
                if (c.propertyPolicy() < 0 || c.propertyPolicy() > 1 || c.valueRole() < 0 || c.valueRole() > 3
                        || c.valueRange() < 0 || c.valueRange() > 3) {
                    throw cim.failure(SDC + " from " + ac.getObjectPath() + " to " + c.setting().getObjectPath()
                            + " has PropertyPolicy " + c.propertyPolicy() + ", ValueRole " + c.valueRole()
                            + ", ValueRange " + c.valueRange() + ": outside their ValueMaps");
                }
            }
        });
    }

    @Then("each pool's allocation capabilities define one independent Default, Minimum, Maximum and Increment "
            + "setting, with Minimum <= Default <= Maximum and a positive Increment")
    public void fourCanonicalSettings() {
        eachCapabilities((pool, ac) -> bounds(pool, ac));
    }

    @Given("the Default, Minimum, Maximum and Increment settings of the host's memory or processor pool")
    public void chooseBoundedPool() {
        for (int type : List.of(CimVirtualHost.MEMORY, CimVirtualHost.PROCESSOR)) {
            for (Map.Entry<CIMInstance, List<CIMInstance>> e : capabilitiesByPool.entrySet()) {
                boolean primordial = Boolean.TRUE.equals(e.getKey().getPropertyValue("Primordial"));
                if (chosen == null && primordial && CimVirtualHost.intValue(e.getKey(), "ResourceType") == type
                        && !e.getValue().isEmpty()) {
                    chosen = bounds(e.getKey(), e.getValue().get(0));
                }
            }
        }
        if (chosen == null) {
            throw new SkipException("the host has no primordial memory or processor pool with allocation "
                    + "capabilities");
        }
    }

    @When("the suite defines a virtual system from that pool's Default setting")
    public void defineFromDefault() {
        MethodResult result = host.define(ns -> new CIMInstance[]{request(chosen.defaults(), null)});
        if (!result.answered() || !DEFINED.contains(result.returnValue())) {
            throw cim.failure("DefineSystem refused a virtual system built from the Default setting "
                    + chosen.defaults().getObjectPath() + ": " + result);
        }
    }

    @When("the suite defines a virtual system asking that pool for one Increment more than its Maximum")
    public void defineAboveMaximum() {
        BigInteger above = chosen.maximum().add(chosen.increment());
        if (above.bitLength() > 64) {
            throw new SkipException("the Maximum " + chosen.maximum() + " leaves no uint64 quantity above it");
        }
        systemsBefore = host.hostedSystems().size();
        refused = host.define(ns -> new CIMInstance[]{request(chosen.defaults(), above)});
    }

    @Then("DefineSystem refuses it with return code 4 and the host hosts no new virtual system")
    public void refusedAsInvalid() {
        if (!refused.answered() || refused.returnValue() != INVALID_PARAMETER) {
            throw cim.failure("a request for " + chosen.maximum().add(chosen.increment()) + " from the pool "
                    + chosen.pool().getObjectPath() + " (Maximum " + chosen.maximum() + ") was not refused with 4 "
                    + "Invalid Parameter: " + refused);
        }
        int after = host.hostedSystems().size();
        if (after != systemsBefore) {
            throw cim.failure("the refused DefineSystem changed the host's virtual systems from " + systemsBefore
                    + " to " + after);
        }
    }

    @Then("the settings the service's management capabilities define through CIM_SettingsDefineCapabilities are "
            + "readable and include a Default")
    public void serviceLevelDefaults() {
        List<CIMInstance> capabilities = host.serviceCapabilities();
        List<Capability> settings = new ArrayList<>();
        for (CIMInstance vsmc : capabilities) {
            if (!cim.associatorNamesIfKnown(vsmc.getObjectPath(), SDC, null, "GroupComponent", "PartComponent")
                    .isEmpty()) {
                settings.addAll(capabilities(vsmc));
            }
        }
        if (settings.isEmpty()) {
            throw new SkipException("the service's management capabilities define no settings through " + SDC);
        }
        for (Capability c : settings) {
            if (c.propertyPolicy() < 0 || c.propertyPolicy() > 1 || c.valueRole() < 0 || c.valueRole() > 3
                    || c.valueRange() < 0 || c.valueRange() > 3) {
                throw cim.failure(SDC + " to " + c.setting().getObjectPath() + " has PropertyPolicy "
                        + c.propertyPolicy() + ", ValueRole " + c.valueRole() + ", ValueRange " + c.valueRange()
                        + ": outside their ValueMaps");
            }
        }
        if (settings.stream().noneMatch(c -> c.valueRole() == 0)) {
            throw cim.failure("the service's management capabilities define settings through " + SDC
                    + " but none with ValueRole 0 (Default)");
        }
    }

    private interface PoolCheck {
        void check(CIMInstance pool, CIMInstance capabilities);
    }

    /** Runs {@code check} on every pool's capabilities; pools without any fail AC-001, not this check. */
    private void eachCapabilities(PoolCheck check) {
        capabilitiesByPool.forEach((pool, caps) -> caps.forEach(ac -> check.check(pool, ac)));
    }

    private void requireOf(CIMInstance ac, String property, Set<Integer> valueMap) {
        Object value = ac.getPropertyValue(property);
        int code = value instanceof Number n ? n.intValue() : -1;
        if (!valueMap.contains(code) && code < VENDOR_VALUES) {
            throw cim.failure(ac.getObjectPath() + "." + property + " is " + value + ", not a value of its ValueMap "
                    + valueMap);
        }
    }

    private List<Capability> capabilities(CIMInstance ac) {
        List<Capability> out = new ArrayList<>();
        for (CIMInstance link : cim.references(ac.getObjectPath(), SDC, "GroupComponent")) {
            if (!(link.getPropertyValue("PartComponent") instanceof CIMObjectPath part)) {
                throw cim.failure(SDC + " " + link.getObjectPath() + " has no PartComponent reference");
            }
            CIMInstance setting = cim.instance(cim.located(part, ac.getObjectPath().getNamespace()));
            // the class declares defaults: an absent ValueRole means Supported (3), an absent ValueRange Point (0)
            out.add(new Capability(orDefault(link, "PropertyPolicy", -1), orDefault(link, "ValueRole", 3),
                    orDefault(link, "ValueRange", 0), setting));
        }
        return out;
    }

    private static int orDefault(CIMInstance instance, String property, int fallback) {
        Object value = instance.getPropertyValue(property);
        return value instanceof Number n ? n.intValue() : fallback;
    }

    private Bounds bounds(CIMInstance pool, CIMInstance ac) {
        Map<String, Capability> byRole = new LinkedHashMap<>();
        for (Capability c : capabilities(ac)) {
            String role = switch (c.valueRole() + "," + c.valueRange()) {
                case "0,0" -> "Default";
                case "3,1" -> "Minimum";
                case "3,2" -> "Maximum";
                case "3,3" -> "Increment";
                default -> null;
            };
            if (role == null) {
                continue;
            }
            if (c.propertyPolicy() != 0) {
                throw cim.failure("the " + role + " setting of " + ac.getObjectPath() + " has PropertyPolicy "
                        + c.propertyPolicy() + ", not 0 (Independent)");
            }
            if (byRole.put(role, c) != null) {
                throw cim.failure(ac.getObjectPath() + " defines more than one " + role + " setting");
            }
        }
        for (String role : List.of("Default", "Minimum", "Maximum", "Increment")) {
            if (!byRole.containsKey(role) || byRole.get(role).quantity() == null) {
                throw cim.failure(ac.getObjectPath() + " of the pool " + pool.getObjectPath() + " defines no " + role
                        + " setting with a VirtualQuantity (found " + byRole.keySet() + ")");
            }
        }
        Set<Object> units = new java.util.HashSet<>();
        byRole.values().forEach(c -> units.add(Objects.toString(c.setting().getPropertyValue("AllocationUnits"))));
        if (units.size() > 1) {
            throw cim.failure("the capability settings of " + ac.getObjectPath() + " use different AllocationUnits: "
                    + units);
        }
        BigInteger def = byRole.get("Default").quantity();
        BigInteger min = byRole.get("Minimum").quantity();
        BigInteger max = byRole.get("Maximum").quantity();
        BigInteger inc = byRole.get("Increment").quantity();
        if (min.compareTo(def) > 0 || def.compareTo(max) > 0 || inc.signum() <= 0) {
            throw cim.failure("the capability settings of " + ac.getObjectPath() + " are inconsistent: Minimum " + min
                    + ", Default " + def + ", Maximum " + max + ", Increment " + inc);
        }
        return new Bounds(pool, byRole.get("Default").setting(), min, max, inc);
    }

    /** A request built from the Default setting, as DSP1043 lets a client do; {@code quantity} replaces its amount. */
    private static CIMInstance request(CIMInstance defaults, BigInteger quantity) {
        List<CIMProperty<?>> props = new ArrayList<>();
        for (CIMProperty<?> p : defaults.getProperties()) {
            // a new setting has no identity of its own yet
            if (p.getValue() != null && !p.getName().equalsIgnoreCase("InstanceID")
                    && !p.getName().equalsIgnoreCase("VirtualQuantity")) {
                props.add(p);
            }
        }
        BigInteger amount = quantity != null ? quantity : new BigInteger(
                defaults.getPropertyValue("VirtualQuantity").toString());
        props.add(new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64(amount)));
        CIMObjectPath path = defaults.getObjectPath();
        return new CIMInstance(new CIMObjectPath(null, null, null, path.getNamespace(), path.getObjectName(), null),
                props.toArray(CIMProperty<?>[]::new));
    }
}
