package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;

/** DSP1057 Virtual System: the virtual system the suite defines, its state model, settings and devices. */
public class CimVirtualSystemSteps {

    private static final int ENABLED = 2;
    private static final int DISABLED = 3;
    private static final int QUIESCE = 9;
    /** RequestedState values a virtual system may support (DSP1057 state model). */
    private static final Set<Integer> REQUESTABLE = Set.of(2, 3, 4, 6, 7, 8, 9, 10, 11);
    /** RequestStateChange return codes of the schema's ValueMap (plus the vendor range). */
    private static final Set<Long> STATE_CHANGE_CODES = Set.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 4096L, 4097L, 4098L,
            4099L);
    /** Requests a defined (inactive) system must refuse: suspend, pause, reboot, reset. */
    private static final int[] ILLEGAL_FROM_DEFINED = {6, 9, 10, 11};
    private static final Pattern SYSTEM_TYPE = Pattern.compile("[^\\s:]+(:[^\\s:]+)+");
    private static final Pattern ORG_LOCAL_ID = Pattern.compile("[^:\\s]+:.+");
    private static final int CIM_ERR_NOT_FOUND = 6;

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private final List<MethodResult> refusals = new ArrayList<>();

    public CimVirtualSystemSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    @Given("a virtual system the suite defined on the virtualization host")
    public void aDefinedSystem() {
        cim.centralInstances("Virtual System");
        host.system();
    }

    @Then("the virtual system is a CIM_ComputerSystem named by CreationClassName and Name, showing the ElementName it was given")
    public void identity() {
        CIMObjectPath system = host.system();
        Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CIMProperty<?> key : system.getKeys()) {
            keys.add(key.getName());
        }
        if (!keys.contains("CreationClassName") || !keys.contains("Name") || keys.size() != 2) {
            throw cim.failure("the virtual system " + system + " is named by " + keys
                    + "; expected CreationClassName and Name");
        }
        Set<String> systems = new HashSet<>();
        cim.instanceNames(system.getNamespace(), "CIM_ComputerSystem").forEach(p ->
                systems.add(CimProfileContext.identity(p)));
        if (!systems.contains(CimProfileContext.identity(system))) {
            throw cim.failure("the virtual system " + system + " is not an instance of CIM_ComputerSystem");
        }
        CIMInstance instance = host.systemInstance();
        Object name = instance.getPropertyValue("Name");
        if (!(name instanceof String s) || s.isBlank()) {
            throw cim.failure("the virtual system has no Name");
        }
        if (!host.systemName().equals(instance.getPropertyValue("ElementName"))) {
            throw cim.failure("the virtual system shows ElementName " + instance.getPropertyValue("ElementName")
                    + "; it was defined as " + host.systemName());
        }
    }

    @When("the suite activates the virtual system")
    public void activate() {
        requireSupported(ENABLED);
        MethodResult result = host.requestState(ENABLED);
        if (!result.answered() || (result.returnValue() != 0 && result.returnValue() != 4096)) {
            throw cim.failure("RequestStateChange(2 Enabled) of the defined system failed: " + result);
        }
    }

    @When("the suite pauses the virtual system")
    public void pause() {
        requireSupported(QUIESCE);
        MethodResult result = host.requestState(QUIESCE);
        if (!result.answered() || (result.returnValue() != 0 && result.returnValue() != 4096)) {
            throw cim.failure("RequestStateChange(9 Quiesce) of the active system failed: " + result);
        }
    }

    @Then("the virtual system's EnabledState is {int}")
    public void enabledStateIs(int expected) {
        int state = host.enabledState();
        if (state != expected) {
            throw cim.failure("the virtual system has EnabledState " + state + "; expected " + expected);
        }
    }

    @Then("the virtual system's RequestedState is {int}")
    public void requestedStateIs(int expected) {
        int state = CimVirtualHost.intValue(host.systemInstance(), "RequestedState");
        if (state != expected) {
            throw cim.failure("the virtual system has RequestedState " + state + "; the last request was "
                    + expected);
        }
    }

    @When("the suite asks the defined virtual system to suspend, pause, reboot and reset")
    public void illegalFromDefined() {
        for (int requested : ILLEGAL_FROM_DEFINED) {
            refusals.add(host.requestState(requested));
        }
    }

    @When("the suite asks the paused virtual system to pause again")
    public void pauseAgain() {
        refusals.add(host.requestState(QUIESCE));
    }

    @Then("each request is refused and the virtual system's EnabledState stays {int}")
    public void refusedAndUnchanged(int expected) {
        for (MethodResult result : refusals) {
            if (result.answered() && (result.returnValue() == 0 || result.returnValue() == 4096)) {
                throw cim.failure("RequestStateChange accepted an illegal transition from EnabledState " + expected
                        + ": " + result);
            }
        }
        enabledStateIs(expected);
    }

    @Then("every RequestStateChange answer is a return code of the ValueMap")
    public void stateChangeCodes() {
        for (MethodResult result : host.results()) {
            if (!result.method().equals("RequestStateChange")) {
                continue;
            }
            if (!result.answered()) {
                throw cim.failure("RequestStateChange answered with an error instead of a return code: " + result);
            }
            long rc = result.returnValue();
            if (!STATE_CHANGE_CODES.contains(rc) && !(rc >= 32768 && rc <= 65535)) {
                throw cim.failure("RequestStateChange returned " + rc + ", which its ValueMap does not define");
            }
        }
    }

    @Then("the virtual system's capabilities list only requestable states, and a state they do not list is refused")
    public void requestedStatesSupported() {
        Set<Integer> supported = supportedStates();
        for (int state : supported) {
            if (!REQUESTABLE.contains(state)) {
                throw cim.failure("RequestedStatesSupported lists " + state + ", not a state of the virtual system "
                        + "state model (2,3,4,6,7,8,9,10,11)");
            }
        }
        int unlisted = REQUESTABLE.stream().filter(s -> !supported.contains(s)).sorted().findFirst()
                .orElseThrow(() -> new SkipException("the capabilities list every requestable state"));
        int before = host.enabledState();
        MethodResult result = host.requestState(unlisted);
        boolean refused = result.answered() ? result.returnValue() == 1 || result.returnValue() == 4097
                : true;
        if (!refused) {
            throw cim.failure("RequestStateChange(" + unlisted + "), a state the capabilities do not list, answered "
                    + result + "; expected 1 (Not Supported) or 4097 (Invalid State Transition)");
        }
        if (host.enabledState() != before) {
            throw cim.failure("the refused RequestStateChange(" + unlisted + ") changed EnabledState");
        }
    }

    @Then("exactly one VSSD is linked to the virtual system by CIM_SettingsDefineState")
    public void stateSettings() {
        List<CIMObjectPath> vssds = stateVssds();
        if (vssds.size() != 1) {
            throw cim.failure("the virtual system has " + vssds.size() + " " + CimVirtualHost.VSSD
                    + " through CIM_SettingsDefineState: " + vssds);
        }
    }

    @Then("a VSSD is linked to the virtual system by CIM_ElementSettingData with IsDefault 1")
    public void defaultSettings() {
        List<CIMInstance> links = cim.references(host.system(), "CIM_ElementSettingData", "ManagedElement");
        boolean isDefault = false;
        for (CIMInstance link : links) {
            if (!(link.getPropertyValue("SettingData") instanceof CIMObjectPath setting)
                    || !setting.getObjectName().toLowerCase().contains("virtualsystemsettingdata")
                    && !isVssd(setting)) {
                continue;
            }
            isDefault |= CimVirtualHost.intValue(link, "IsDefault") == 1;
            int current = CimVirtualHost.intValue(link, "IsCurrent");
            if (link.getPropertyValue("IsCurrent") != null && (current < 0 || current > 2)) {
                throw cim.failure("CIM_ElementSettingData " + link.getObjectPath() + " has IsCurrent " + current
                        + ", outside its ValueMap (0, 1, 2)");
            }
        }
        if (!isDefault) {
            throw cim.failure("no CIM_ElementSettingData links the virtual system to a VSSD with IsDefault 1 "
                    + "(Is Default): " + links.size() + " link(s)");
        }
    }

    @Then("the VSSD aggregates a RASD for the processor and one for the memory")
    public void components() {
        CIMObjectPath vssd = onlyVssd();
        List<CIMInstance> rasds = cim.associators(vssd, "CIM_VirtualSystemSettingDataComponent", null,
                "GroupComponent", "PartComponent");
        Set<Integer> types = new HashSet<>();
        rasds.forEach(r -> types.add(CimVirtualHost.intValue(r, "ResourceType")));
        if (!types.contains(CimVirtualHost.PROCESSOR) || !types.contains(CimVirtualHost.MEMORY)) {
            throw cim.failure("the VSSD " + vssd + " aggregates RASDs of ResourceTypes " + types
                    + " through CIM_VirtualSystemSettingDataComponent; it was defined with 3 and 4");
        }
    }

    @Then("the VSSD shows InstanceID, ElementName, VirtualSystemIdentifier and VirtualSystemType, and valid automatic actions")
    public void vssdProperties() {
        CIMInstance vssd = cim.instance(onlyVssd());
        for (String property : List.of("InstanceID", "ElementName", "VirtualSystemIdentifier", "VirtualSystemType")) {
            if (!(vssd.getPropertyValue(property) instanceof String s) || s.isBlank()) {
                throw cim.failure("the VSSD " + vssd.getObjectPath() + " has no " + property);
            }
        }
        checkValueMap(vssd, "AutomaticStartupAction", Set.of(2, 3, 4));
        checkValueMap(vssd, "AutomaticShutdownAction", Set.of(2, 3, 4));
        checkValueMap(vssd, "AutomaticRecoveryAction", Set.of(2, 3, 4));
    }

    @Then("the VSSD's VirtualSystemType has the form organization:type and is one the host supports")
    public void systemType() {
        CIMInstance vssd = cim.instance(onlyVssd());
        Object type = vssd.getPropertyValue("VirtualSystemType");
        if (!(type instanceof String text) || !SYSTEM_TYPE.matcher(text).matches()) {
            throw cim.failure("VirtualSystemType " + type + " is not of the form <org>:<type> without spaces");
        }
        if (!host.supportedTypes().contains(text)) {
            throw cim.failure("VirtualSystemType " + text + " is not among the host's VirtualSystemTypesSupported "
                    + host.supportedTypes());
        }
    }

    @Then("the InstanceIDs of the VSSD and its RASDs have the form organization:local and are distinct")
    public void instanceIds() {
        CIMObjectPath vssd = onlyVssd();
        List<CIMObjectPath> settings = new ArrayList<>(List.of(vssd));
        settings.addAll(cim.associatorNames(vssd, "CIM_VirtualSystemSettingDataComponent", null, "GroupComponent",
                "PartComponent"));
        Set<String> seen = new HashSet<>();
        for (CIMObjectPath setting : settings) {
            Object id = setting.getKeyValue("InstanceID");
            if (!(id instanceof String text) || !ORG_LOCAL_ID.matcher(text).matches()) {
                throw cim.failure("InstanceID " + id + " of " + setting + " is not <OrgID>:<LocalID>");
            }
            if (!seen.add(text)) {
                throw cim.failure("InstanceID " + text + " names two settings");
            }
        }
    }

    @Then("every device of the virtual system is linked to a RASD by CIM_SettingsDefineState")
    public void devices() {
        List<CIMObjectPath> devices = cim.associatorNamesIfKnown(host.system(), "CIM_SystemDevice", "CIM_LogicalDevice",
                "GroupComponent", "PartComponent");
        if (devices.isEmpty()) {
            throw new SkipException("the virtual system shows no CIM_LogicalDevice through CIM_SystemDevice");
        }
        for (CIMObjectPath device : devices) {
            if (cim.associatorNames(device, "CIM_SettingsDefineState", CimVirtualHost.RASD, "ManagedElement",
                    "SettingData").isEmpty()) {
                throw cim.failure("the device " + device + " is linked to no RASD by CIM_SettingsDefineState");
            }
        }
    }

    @Then("GetInstance of a virtual system that does not exist answers CIM_ERR_NOT_FOUND")
    public void notFound() {
        CIMObjectPath system = host.system();
        Object creationClass = system.getKeyValue("CreationClassName");
        CIMObjectPath missing = new CIMObjectPath(system.getScheme(), system.getHost(), system.getPort(),
                system.getNamespace(), system.getObjectName(), new CIMProperty<?>[]{
                        new CIMProperty<>("CreationClassName", CIMDataType.STRING_T, String.valueOf(creationClass),
                                true, false, null),
                        new CIMProperty<>("Name", CIMDataType.STRING_T, "vcmtck-no-such-system", true, false,
                                null)});
        int status = cim.tryInstance(missing).statusCode();
        if (status != CIM_ERR_NOT_FOUND) {
            throw cim.failure("GetInstance of " + missing + " answered status " + status
                    + "; expected CIM_ERR_NOT_FOUND (6)");
        }
    }

    private Set<Integer> supportedStates() {
        List<CIMInstance> capabilities = cim.associators(host.system(), "CIM_ElementCapabilities",
                "CIM_EnabledLogicalElementCapabilities", "ManagedElement", "Capabilities");
        if (capabilities.isEmpty()) {
            throw cim.failure("the virtual system has no CIM_EnabledLogicalElementCapabilities through "
                    + "CIM_ElementCapabilities");
        }
        Set<Integer> supported = new TreeSet<>();
        for (CIMInstance caps : capabilities) {
            if (caps.getPropertyValue("RequestedStatesSupported") instanceof Object[] values) {
                for (Object value : values) {
                    supported.add(((Number) value).intValue());
                }
            }
        }
        return supported;
    }

    /** A transition the system does not advertise leaves the scenario not tested (the model allows omitting it). */
    private void requireSupported(int state) {
        List<CIMInstance> capabilities = cim.associators(host.system(), "CIM_ElementCapabilities",
                "CIM_EnabledLogicalElementCapabilities", "ManagedElement", "Capabilities");
        if (!capabilities.isEmpty() && !supportedStates().contains(state)) {
            throw new SkipException("the virtual system does not list RequestedState " + state + " as supported");
        }
    }

    private List<CIMObjectPath> stateVssds() {
        return cim.associatorNames(host.system(), "CIM_SettingsDefineState", CimVirtualHost.VSSD, "ManagedElement",
                "SettingData");
    }

    private CIMObjectPath onlyVssd() {
        List<CIMObjectPath> vssds = stateVssds();
        if (vssds.isEmpty()) {
            throw cim.failure("the virtual system has no VSSD through CIM_SettingsDefineState");
        }
        return vssds.get(0);
    }

    private boolean isVssd(CIMObjectPath setting) {
        String identity = CimProfileContext.identity(setting);
        return cim.associatorNames(host.system(), "CIM_ElementSettingData", CimVirtualHost.VSSD, "ManagedElement",
                "SettingData").stream().map(CimProfileContext::identity).anyMatch(identity::equals);
    }

    private void checkValueMap(CIMInstance instance, String property, Set<Integer> allowed) {
        Object value = instance.getPropertyValue(property);
        if (value == null) {
            return;
        }
        int number = ((Number) value).intValue();
        if (!allowed.contains(number) && number < 32768) {
            throw cim.failure(property + " of " + instance.getObjectPath() + " is " + number
                    + ", outside its ValueMap " + allowed);
        }
    }
}
