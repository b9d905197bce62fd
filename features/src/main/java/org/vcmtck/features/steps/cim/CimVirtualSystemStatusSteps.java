package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.testng.SkipException;

/** DSP1057: renaming through ModifySystemSettings within the capabilities' limits, health, extra identifiers. */
public class CimVirtualSystemStatusSteps {

    private static final int MODIFY_SYSTEM_SETTINGS = 6;
    /** A MaxElementNameLen above this is not probed with a longer name (a bound on the request's size). */
    private static final int LONGEST_PROBE = 4096;
    /** OperationalStatus ValueMap 0..19 plus the vendor range; HealthState's defined values plus the vendor range. */
    private static final Set<Integer> HEALTH_STATES = Set.of(0, 5, 10, 15, 20, 25, 30);
    /** OperationalStatus values that say something is wrong: Degraded, Predictive Failure, Error, Non-Recoverable
     * Error, Lost Communication, Aborted. */
    private static final Set<Integer> TROUBLE = Set.of(3, 5, 6, 7, 13, 14);
    private static final int HEALTH_OK = 5;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

    private final CimVirtualHost host;
    private final CimProfileContext cim;

    public CimVirtualSystemStatusSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    @Then("when its capabilities allow editing ElementName, ModifySystemSettings renames the virtual system within MaxElementNameLen")
    public void elementNameEdit() {
        List<CIMInstance> capabilities = cim.associators(host.system(), "CIM_ElementCapabilities",
                "CIM_EnabledLogicalElementCapabilities", "ManagedElement", "Capabilities");
        CIMInstance caps = capabilities.stream().findFirst().orElseThrow(() -> new SkipException(
                "the virtual system has no CIM_EnabledLogicalElementCapabilities"));
        if (!Boolean.TRUE.equals(caps.getPropertyValue("ElementNameEditSupported"))) {
            throw new SkipException("the capabilities do not state ElementNameEditSupported=true");
        }
        if (!host.supportedMethods().contains(MODIFY_SYSTEM_SETTINGS)) {
            throw new SkipException("the management capabilities do not list ModifySystemSettings");
        }
        int max = CimVirtualHost.intValue(caps, "MaxElementNameLen");
        String name = host.systemName() + "-edited";
        if (max > 0 && name.length() > max) {
            name = name.substring(0, max);
        }
        MethodResult renamed = rename(name);
        if (!renamed.answered() || (renamed.returnValue() != 0 && renamed.returnValue() != 4096)) {
            throw cim.failure("ElementNameEditSupported is true, but ModifySystemSettings renaming the system to "
                    + name + " failed: " + renamed);
        }
        Object shown = host.systemInstance().getPropertyValue("ElementName");
        if (!name.equals(shown)) {
            throw cim.failure("after ModifySystemSettings with ElementName " + name + " the system shows " + shown);
        }
        if (max > 0 && max < LONGEST_PROBE) {
            String tooLong = "n".repeat(max + 1);
            rename(tooLong);
            Object after = host.systemInstance().getPropertyValue("ElementName");
            if (after instanceof String s && s.length() > max) {
                throw cim.failure("MaxElementNameLen is " + max + ", but the system now shows an ElementName of "
                        + s.length() + " characters");
            }
        }
    }

    @Then("the virtual system's OperationalStatus and HealthState are valid and agree with each other")
    public void health() {
        CIMInstance system = host.systemInstance();
        Object status = system.getPropertyValue("OperationalStatus");
        Object health = system.getPropertyValue("HealthState");
        if (status == null && health == null) {
            throw cim.failure("the virtual system shows neither OperationalStatus nor HealthState");
        }
        boolean trouble = false;
        if (status instanceof Object[] values) {
            if (values.length == 0) {
                throw cim.failure("the virtual system's OperationalStatus is empty");
            }
            for (Object value : values) {
                int code = ((Number) value).intValue();
                if (code > 19 && code < 32768) {
                    throw cim.failure("OperationalStatus " + code + " is outside its ValueMap (0–19, 32768–65535)");
                }
                trouble |= TROUBLE.contains(code);
            }
        }
        if (health != null) {
            int code = ((Number) health).intValue();
            if (!HEALTH_STATES.contains(code) && code < 32768) {
                throw cim.failure("HealthState " + code + " is outside its ValueMap " + HEALTH_STATES);
            }
            if (code == HEALTH_OK && trouble) {
                throw cim.failure("HealthState is 5 (OK) while OperationalStatus reports a fault: "
                        + List.of((Object[]) status));
            }
        }
    }

    @Then("the virtual system's OtherIdentifyingInfo pairs each identifier with a description, a UUID in UUID form")
    public void otherIdentifyingInfo() {
        CIMInstance system = host.systemInstance();
        if (!(system.getPropertyValue("OtherIdentifyingInfo") instanceof String[] info) || info.length == 0) {
            throw new SkipException("the virtual system gives no OtherIdentifyingInfo");
        }
        if (!(system.getPropertyValue("IdentifyingDescriptions") instanceof String[] descriptions)
                || descriptions.length != info.length) {
            throw cim.failure("OtherIdentifyingInfo has " + info.length + " entries but IdentifyingDescriptions "
                    + "does not describe each of them");
        }
        for (int i = 0; i < info.length; i++) {
            if (descriptions[i] != null && descriptions[i].toUpperCase(Locale.ROOT).contains("UUID")) {
                if (info[i] == null || !UUID.matcher(info[i].trim()).matches()) {
                    throw cim.failure("the identifier described as " + descriptions[i] + " is " + info[i]
                            + ", not a UUID");
                }
            }
        }
    }

    private MethodResult rename(String name) {
        List<CIMObjectPath> vssds = cim.associatorNames(host.system(), "CIM_SettingsDefineState",
                CimVirtualHost.VSSD, "ManagedElement", "SettingData");
        if (vssds.isEmpty()) {
            throw cim.failure("the virtual system has no VSSD through CIM_SettingsDefineState");
        }
        Object id = cim.instance(vssds.get(0)).getPropertyValue("InstanceID");
        CIMInstance settings = new CIMInstance(new CIMObjectPath(null, null, null, host.service().getNamespace(),
                CimVirtualHost.VSSD, null), new CIMProperty<?>[]{
                new CIMProperty<>("InstanceID", CIMDataType.STRING_T, String.valueOf(id)),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, name)});
        return host.invokeOnService("ModifySystemSettings",
                new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, settings));
    }
}
