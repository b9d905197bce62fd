package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMClass;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.CIMQualifier;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.testng.SkipException;

/**
 * DSP1097 Virtual Ethernet Switch: the switches the "Virtual Ethernet Switch" registration names, their
 * CIM_VirtualEthernetSwitchSettingData, a switch the suite defines and destroys through the host's management
 * service, and a virtual system whose NIC the suite connects to a switch.
 * <p>
 * A target offers switch definition when its management capabilities list DefineSystem (2) and, among
 * VirtualSystemTypesSupported, the VirtualSystemType of a switch: the type its existing switch settings carry, or
 * else a type naming an Ethernet switch (containing "EthernetSwitch"). Without that, scenarios that need a switch
 * the target does not have are not tested. Everything the suite defines is destroyed after the scenario (the
 * virtual system before the switch it is connected to).
 */
public class CimVirtualEthernetSwitchSteps {

    static final String REGISTRATION = "Virtual Ethernet Switch";
    static final String SWITCH_SETTINGS = "CIM_VirtualEthernetSwitchSettingData";
    static final String VSSD_COMPONENT = "CIM_VirtualSystemSettingDataComponent";
    /** RASD.ResourceType: 10 Ethernet Adapter, 30 Ethernet Switch Port. */
    private static final int ETHERNET_ADAPTER = 10;
    private static final int SWITCH_PORT = 30;
    private static final int DEFINE_SYSTEM = 2;
    /** EVBMode ValueMap: 0..5 defined, 0x8000.. vendor reserved ("DMTF Reserved" in between). */
    private static final int EVB_DEFINED_MAX = 5;
    private static final int EVB_VENDOR_MIN = 0x8000;
    private static final List<String> EVB_VALUE_MAP = List.of("0", "1", "2", "3", "4", "5");
    /** The property declarations VES-001 names: name → {CIM type, is array}. */
    private static final Map<String, Object[]> SWITCH_PROPERTIES = new LinkedHashMap<>();
    private static final Map<String, String> TYPE_NAMES = Map.of("VLANConnection", "string[]",
            "AssociatedResourcePool", "string[]", "MaxNumMACAddress", "uint32", "EVBMode", "uint16");
    private static final AtomicInteger NAMES = new AtomicInteger();

    static {
        SWITCH_PROPERTIES.put("VLANConnection", new Object[]{CIMDataType.STRING, true});
        SWITCH_PROPERTIES.put("AssociatedResourcePool", new Object[]{CIMDataType.STRING, true});
        SWITCH_PROPERTIES.put("MaxNumMACAddress", new Object[]{CIMDataType.UINT32, false});
        SWITCH_PROPERTIES.put("EVBMode", new Object[]{CIMDataType.UINT16, false});
    }

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private CIMObjectPath theSwitch;
    private CIMObjectPath definedSwitch;
    private MethodResult answer;

    public CimVirtualEthernetSwitchSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    // ------------------------------------------------------------------ finding or defining a switch

    @Given("a virtual Ethernet switch of the Virtual Ethernet Switch registration")
    public void anySwitch() {
        List<CIMObjectPath> central = cim.centralInstances(REGISTRATION);
        theSwitch = central.isEmpty() ? defineForScenario() : central.get(0);
    }

    @Given("a virtual Ethernet switch the virtualization host hosts")
    public void hostedSwitch() {
        Set<String> hosted = identities(host.hostedSystems());
        theSwitch = cim.centralInstances(REGISTRATION).stream()
                .filter(p -> hosted.contains(CimProfileContext.identity(p))).findFirst()
                .orElseGet(this::defineForScenario);
    }

    @Given("the host's management service offers switch definition")
    public void offersSwitchDefinition() {
        switchType();
    }

    /** A switch the suite defines because the target has none to use; a target that cannot → not tested. */
    private CIMObjectPath defineForScenario() {
        MethodResult result = defineSwitch(switchType());
        return created(result).orElseThrow(() -> cim.failure("the target has no switch to use, and DefineSystem "
                + "with switch settings did not define one: " + result));
    }

    /** The VirtualSystemType to define a switch with; no switch definition offered → not tested. */
    private String switchType() {
        if (!host.supportedMethods().contains(DEFINE_SYSTEM)) {
            throw new SkipException("the management capabilities do not list DefineSystem");
        }
        List<String> supported = host.supportedTypes();
        Set<String> switchTypes = new HashSet<>();
        List<CIMObjectPath> central = centralOrNone();
        for (CIMObjectPath sw : central) {
            settingsOf(sw).map(s -> s.getPropertyValue("VirtualSystemType")).filter(String.class::isInstance)
                    .ifPresent(t -> switchTypes.add((String) t));
        }
        return supported.stream().filter(switchTypes::contains).findFirst()
                .or(() -> supported.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains("ethernetswitch"))
                        .findFirst())
                .orElseThrow(() -> new SkipException("VirtualSystemTypesSupported " + supported
                        + " offers no virtual Ethernet switch type"));
    }

    private List<CIMObjectPath> centralOrNone() {
        try {
            return cim.centralInstances(REGISTRATION);
        } catch (SkipException notRegistered) {
            return List.of();
        }
    }

    private MethodResult defineSwitch(String type) {
        String ns = host.service().getNamespace();
        String name = "vcmtck-switch-" + ProcessHandle.current().pid() + "-" + NAMES.incrementAndGet();
        CIMInstance settings = new CIMInstance(new CIMObjectPath(null, null, null, ns, SWITCH_SETTINGS, null),
                new CIMProperty<?>[]{new CIMProperty<>("ElementName", CIMDataType.STRING_T, name),
                    new CIMProperty<>("VirtualSystemType", CIMDataType.STRING_T, type)});
        CIMInstance[] ports = {portSettings(ns), portSettings(ns)};
        Set<String> before = identities(host.hostedSystems());
        answer = host.invokeOnService("DefineSystem",
                new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, settings),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, ports));
        Optional<CIMObjectPath> made = answer.reference("ResultingSystem").map(p -> cim.located(p, ns));
        if (made.isEmpty() && answer.answered()) {
            made = host.hostedSystems().stream().filter(p -> !before.contains(CimProfileContext.identity(p)))
                    .findFirst();
        }
        made.ifPresent(path -> {
            definedSwitch = path;
            cim.afterScenario(() -> {
                if (cim.tryInstance(path).succeeded()) {
                    host.destroy(path);
                }
            });
        });
        return answer;
    }

    private Optional<CIMObjectPath> created(MethodResult result) {
        if (!result.answered() || (result.returnValue() != MethodResult.COMPLETED
                && result.returnValue() != MethodResult.JOB_STARTED)) {
            return Optional.empty();
        }
        return Optional.ofNullable(definedSwitch);
    }

    private static CIMInstance portSettings(String ns) {
        return new CIMInstance(new CIMObjectPath(null, null, null, ns, CimVirtualHost.RASD, null),
                new CIMProperty<?>[]{new CIMProperty<>("ResourceType", CIMDataType.UINT16_T,
                        new UnsignedInteger16(SWITCH_PORT)),
                    new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64("1"))});
    }

    // ------------------------------------------------------------------ VES-001 switch settings

    @Then("the switch is configured by a CIM_VirtualEthernetSwitchSettingData whose class declares VLANConnection, AssociatedResourcePool, MaxNumMACAddress and EVBMode")
    public void switchSettingsClass() {
        CIMInstance settings = settingsOf(theSwitch).orElseThrow(() -> cim.failure("the switch " + theSwitch
                + " has no " + SWITCH_SETTINGS + " through CIM_SettingsDefineState or CIM_ElementSettingData"));
        CIMClass cls = switchClass(settings.getObjectPath().getNamespace());
        List<String> problems = new ArrayList<>();
        if (!"CIM_VirtualSystemSettingData".equalsIgnoreCase(cls.getSuperClassName())) {
            problems.add("its superclass is " + cls.getSuperClassName() + ", not CIM_VirtualSystemSettingData");
        }
        SWITCH_PROPERTIES.forEach((name, declared) -> {
            CIMProperty<?> p = cls.getProperty(name);
            if (p == null) {
                problems.add(name + " is not declared");
            } else if (p.getDataType().getType() != (int) declared[0]
                    || p.getDataType().isArray() != (boolean) declared[1]) {
                problems.add(name + " is declared as " + p.getDataType() + ", expected "
                        + TYPE_NAMES.get(name));
            }
        });
        if (!problems.isEmpty()) {
            throw cim.failure(SWITCH_SETTINGS + " of the target: " + String.join("; ", problems));
        }
    }

    @Then("the switch's EVBMode is a value of the EVBMode ValueMap, which lists 0 to 5")
    public void evbMode() {
        CIMInstance settings = settingsOf(theSwitch).orElseThrow(() -> cim.failure("the switch " + theSwitch
                + " has no " + SWITCH_SETTINGS));
        CIMClass cls = switchClass(settings.getObjectPath().getNamespace());
        CIMProperty<?> declared = cls.getProperty("EVBMode");
        if (declared instanceof org.metricshub.wbem.javax.cim.CIMClassProperty<?> classProperty) {
            CIMQualifier<?> valueMap = classProperty.getQualifier("ValueMap");
            if (valueMap != null && valueMap.getValue() instanceof String[] values
                    && !List.of(values).containsAll(EVB_VALUE_MAP)) {
                throw cim.failure("the ValueMap of EVBMode " + List.of(values) + " does not list " + EVB_VALUE_MAP);
            }
        }
        Object mode = settings.getPropertyValue("EVBMode");
        if (mode == null) {
            return;
        }
        long value = ((Number) mode).longValue();
        if (value > EVB_DEFINED_MAX && value < EVB_VENDOR_MIN) {
            throw cim.failure("EVBMode of " + settings.getObjectPath() + " is " + value + ", a DMTF reserved value "
                    + "(the ValueMap defines 0 to 5 and vendor values from 0x8000)");
        }
    }

    private CIMClass switchClass(String namespace) {
        CIMObjectPath classPath = cim.session().path(namespace, SWITCH_SETTINGS);
        return cim.call("GetClass of " + SWITCH_SETTINGS, c -> c.getClass(classPath, false, true, false, null));
    }

    /** The switch's settings: through CIM_SettingsDefineState, else CIM_ElementSettingData. */
    private Optional<CIMInstance> settingsOf(CIMObjectPath sw) {
        List<CIMInstance> found = cim.associators(sw, "CIM_SettingsDefineState", SWITCH_SETTINGS, "ManagedElement",
                "SettingData");
        if (found.isEmpty()) {
            found = cim.associators(sw, "CIM_ElementSettingData", SWITCH_SETTINGS, "ManagedElement", "SettingData");
        }
        return found.stream().findFirst();
    }

    // ------------------------------------------------------------------ VES-002 define and destroy

    @When("the suite defines a switch with two ports through DefineSystem with switch settings")
    public void defineASwitch() {
        defineSwitch(switchType());
    }

    @Then("DefineSystem answered 0 or a completed job and named the new switch")
    public void defineAnswered() {
        if (created(answer).isEmpty()) {
            throw cim.failure("DefineSystem with a " + SWITCH_SETTINGS + " defined no switch: " + answer);
        }
    }

    @Then("the new switch is a central instance of the Virtual Ethernet Switch registration or hosted by the host")
    public void newSwitchFound() {
        String id = CimProfileContext.identity(definedSwitch);
        if (!identities(centralOrNone()).contains(id) && !identities(host.hostedSystems()).contains(id)) {
            throw cim.failure("the switch " + definedSwitch + " DefineSystem named is neither a central instance of"
                    + " the \"" + REGISTRATION + "\" registration nor hosted by the host");
        }
        if (settingsOf(definedSwitch).isEmpty()) {
            throw cim.failure("the new switch " + definedSwitch + " has no " + SWITCH_SETTINGS);
        }
    }

    @Then("the new switch's port settings are RASDs of ResourceType 30")
    public void portsOfType30() {
        List<CIMInstance> portSettings = new ArrayList<>();
        settingsOf(definedSwitch).ifPresent(s -> portSettings.addAll(cim.associators(s.getObjectPath(),
                VSSD_COMPONENT, CimVirtualHost.RASD, "GroupComponent", "PartComponent")));
        for (CIMObjectPath port : cim.associatorNames(definedSwitch, "CIM_SystemDevice", "CIM_LogicalDevice",
                "GroupComponent", "PartComponent")) {
            portSettings.addAll(cim.associators(port, "CIM_SettingsDefineState", CimVirtualHost.RASD,
                    "ManagedElement", "SettingData"));
        }
        if (portSettings.isEmpty()) {
            throw cim.failure("the new switch " + definedSwitch + " shows no port settings (neither through "
                    + VSSD_COMPONENT + " from its settings nor CIM_SettingsDefineState from its devices)");
        }
        List<String> wrong = portSettings.stream().filter(r -> CimVirtualHost.intValue(r, "ResourceType")
                != SWITCH_PORT).map(r -> r.getObjectPath() + " ResourceType " + r.getPropertyValue("ResourceType"))
                .toList();
        if (!wrong.isEmpty()) {
            throw cim.failure("port settings of the switch are not of ResourceType 30: " + wrong);
        }
    }

    @When("the suite destroys the switch through DestroySystem")
    public void destroyTheSwitch() {
        answer = host.destroy(definedSwitch);
    }

    @Then("DestroySystem answered 0 or a completed job and the switch is gone")
    public void switchGone() {
        if (!answer.answered() || (answer.returnValue() != MethodResult.COMPLETED
                && answer.returnValue() != MethodResult.JOB_STARTED)) {
            throw cim.failure("DestroySystem of the switch " + definedSwitch + " answered " + answer);
        }
        String id = CimProfileContext.identity(definedSwitch);
        if (identities(centralOrNone()).contains(id) || identities(host.hostedSystems()).contains(id)
                || cim.tryInstance(definedSwitch).succeeded()) {
            throw cim.failure("the switch " + definedSwitch + " still exists after DestroySystem");
        }
    }

    // ------------------------------------------------------------------ VES-003 NIC connection

    @When("the suite defines a virtual system with a NIC whose Connection names the switch")
    public void defineConnectedSystem() {
        CIMInstance sw = cim.instance(theSwitch);
        Object name = sw.getPropertyValue("ElementName");
        String connection = name instanceof String s ? s : String.valueOf(sw.getPropertyValue("Name"));
        MethodResult result = host.define(ns -> new CIMInstance[]{
            rasd(ns, CimVirtualHost.PROCESSOR, 1, "count", null),
            rasd(ns, CimVirtualHost.MEMORY, 256, "byte*2^20", null),
            rasd(ns, ETHERNET_ADAPTER, 1, "count", connection)});
        if (!result.answered() || (result.returnValue() != MethodResult.COMPLETED
                && result.returnValue() != MethodResult.JOB_STARTED)) {
            throw cim.failure("DefineSystem of a virtual system with a NIC connected to " + connection
                    + " answered " + result);
        }
    }

    @Then("the virtual system's Ethernet adapter settings name the switch or one of its ports in Connection or HostResource")
    public void connectionVisible() {
        CIMInstance sw = cim.instance(theSwitch);
        List<String> names = new ArrayList<>();
        for (Object o : new Object[]{sw.getPropertyValue("ElementName"), sw.getPropertyValue("Name")}) {
            if (o instanceof String s && !s.isEmpty()) {
                names.add(s.toLowerCase(Locale.ROOT));
            }
        }
        List<CIMInstance> vssds = cim.associators(host.system(), "CIM_SettingsDefineState", CimVirtualHost.VSSD,
                "ManagedElement", "SettingData");
        List<String> seen = new ArrayList<>();
        for (CIMInstance vssd : vssds) {
            for (CIMInstance rasd : cim.associators(vssd.getObjectPath(), VSSD_COMPONENT, CimVirtualHost.RASD,
                    "GroupComponent", "PartComponent")) {
                if (CimVirtualHost.intValue(rasd, "ResourceType") != ETHERNET_ADAPTER) {
                    continue;
                }
                for (String property : List.of("Connection", "HostResource")) {
                    if (rasd.getPropertyValue(property) instanceof String[] values) {
                        for (String v : values) {
                            seen.add(property + "=" + v);
                            // the switch by name, or a port path / id that carries the switch's name
                            if (v != null && names.stream().anyMatch(n -> v.toLowerCase(Locale.ROOT).equals(n)
                                    || v.toLowerCase(Locale.ROOT).contains("\"" + n + "\""))) {
                                return;
                            }
                        }
                    }
                }
            }
        }
        throw cim.failure("no Ethernet adapter RASD of the virtual system names the switch " + names
                + " in Connection or HostResource; seen " + seen);
    }

    private static CIMInstance rasd(String ns, int type, long quantity, String units, String connection) {
        List<CIMProperty<?>> props = new ArrayList<>(List.of(
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(type)),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T,
                        new UnsignedInteger64(Long.toString(quantity))),
                new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, units)));
        if (connection != null) {
            props.add(new CIMProperty<>("Connection", CIMDataType.STRING_ARRAY_T, new String[]{connection}));
        }
        return new CIMInstance(new CIMObjectPath(null, null, null, ns, CimVirtualHost.RASD, null),
                props.toArray(CIMProperty<?>[]::new));
    }

    private static Set<String> identities(List<CIMObjectPath> paths) {
        Set<String> out = new HashSet<>();
        paths.forEach(p -> out.add(CimProfileContext.identity(p)));
        return out;
    }
}
