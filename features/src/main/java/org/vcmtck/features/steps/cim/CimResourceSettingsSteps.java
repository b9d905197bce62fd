package org.vcmtck.features.steps.cim;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.CIMProperty;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;
import org.metricshub.wbem.javax.cim.UnsignedInteger64;
import org.testng.SkipException;

/**
 * DSP1042 §8 configuration methods on the virtual system the scenario defined: AddResourceSettings,
 * ModifyResourceSettings, ModifySystemSettings and RemoveResourceSettings, each with embedded instances (or
 * references) naming the settings by InstanceID, and their refusal of settings that name nothing.
 */
public class CimResourceSettingsSteps {

    /** VSMC method codes (SynchronousMethodsSupported / AsynchronousMethodsSupported ValueMap). */
    private static final int MODIFY_RESOURCE_SETTINGS = 5;
    private static final int MODIFY_SYSTEM_SETTINGS = 6;
    private static final int REMOVE_RESOURCES = 7;
    private static final int ADD_RESOURCES = 10;
    private static final int ETHERNET_ADAPTER = 10;
    private static final String NO_SUCH_SETTING = "vcmtck:no-such-setting";

    private final CimVirtualHost host;
    private final CimProfileContext cim;
    private MethodResult result;
    private Set<String> rasdsBefore;
    private List<CIMObjectPath> added = List.of();
    private CIMObjectPath modified;
    private long wantedQuantity;
    private String wantedName;
    private String nameBefore;

    public CimResourceSettingsSteps(CimVirtualHost host) {
        this.host = host;
        this.cim = host.cim();
    }

    @When("the suite adds an Ethernet adapter RASD to the virtual system's VSSD")
    public void addEthernetAdapter() {
        requireMethod(ADD_RESOURCES, "AddResourceSettings");
        requirePoolOf(ETHERNET_ADAPTER);
        CIMObjectPath vssd = vssd();
        rasdsBefore = rasdIds(vssd);
        CIMInstance nic = embedded(CimVirtualHost.RASD, new CIMProperty<>("ResourceType", CIMDataType.UINT16_T,
                        new UnsignedInteger16(ETHERNET_ADAPTER)),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, "vcmtck-nic"),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64("1")),
                new CIMProperty<>("AllocationUnits", CIMDataType.STRING_T, "count"));
        result = host.invokeOnService("AddResourceSettings",
                new CIMArgument<>("AffectedConfiguration", new CIMDataType(CimVirtualHost.VSSD), vssd),
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[]{nic}));
        requireSuccess("AddResourceSettings of an Ethernet adapter RASD");
        added = outputReferences("ResultingResourceSettings");
        if (added.isEmpty()) {
            // a job-started answer may leave the resulting settings to be found: the new RASDs of the VSSD
            added = rasdPaths(vssd).stream().filter(p -> !rasdsBefore.contains(CimProfileContext.identity(p)))
                    .toList();
        }
    }

    @Then("AddResourceSettings succeeded and the VSSD aggregates the new Ethernet adapter RASD")
    public void addedRasd() {
        if (added.size() != 1) {
            throw cim.failure("AddResourceSettings of one RASD resulted in " + added.size() + " settings: " + added);
        }
        CIMObjectPath rasd = added.get(0);
        var read = cim.tryInstance(rasd);
        if (!read.succeeded()) {
            throw cim.failure("the resulting RASD " + rasd + " cannot be read: " + read.message());
        }
        if (CimVirtualHost.intValue(read.value(), "ResourceType") != ETHERNET_ADAPTER) {
            throw cim.failure("the resulting RASD " + rasd + " has ResourceType "
                    + read.value().getPropertyValue("ResourceType") + "; the suite added 10 (Ethernet Adapter)");
        }
        Set<String> after = rasdIds(vssd());
        if (!after.contains(CimProfileContext.identity(rasd)) || !after.containsAll(rasdsBefore)
                || after.size() != rasdsBefore.size() + 1) {
            throw cim.failure("after AddResourceSettings the VSSD aggregates " + after.size() + " RASDs (before: "
                    + rasdsBefore.size() + "), expected the earlier ones and " + rasd);
        }
    }

    @When("the suite removes the added RASD through RemoveResourceSettings")
    public void removeAdded() {
        requireMethod(REMOVE_RESOURCES, "RemoveResourceSettings");
        if (added.size() != 1) {
            throw cim.failure("AddResourceSettings named no resulting RASD to remove");
        }
        result = host.invokeOnService("RemoveResourceSettings", new CIMArgument<>("ResourceSettings",
                new CIMDataType(CimVirtualHost.RASD, 0), added.toArray(CIMObjectPath[]::new)));
    }

    @Then("RemoveResourceSettings succeeded, the RASD is gone and the VSSD aggregates what it did before")
    public void removed() {
        requireSuccess("RemoveResourceSettings of " + added.get(0));
        int status = cim.tryInstance(added.get(0)).statusCode();
        if (status == 0) {
            throw cim.failure("after RemoveResourceSettings the RASD " + added.get(0) + " can still be read");
        }
        Set<String> after = rasdIds(vssd());
        if (!after.equals(rasdsBefore)) {
            throw cim.failure("after RemoveResourceSettings the VSSD aggregates " + after + "; before the addition "
                    + "it aggregated " + rasdsBefore);
        }
    }

    @When("the suite changes the memory RASD's VirtualQuantity through ModifyResourceSettings")
    public void modifyMemory() {
        requireMethod(MODIFY_RESOURCE_SETTINGS, "ModifyResourceSettings");
        CIMInstance memory = rasds(vssd()).stream()
                .filter(r -> CimVirtualHost.intValue(r, "ResourceType") == CimVirtualHost.MEMORY).findFirst()
                .orElseThrow(() -> cim.failure("the VSSD aggregates no memory RASD (ResourceType 4)"));
        modified = memory.getObjectPath();
        long before = quantity(memory);
        wantedQuantity = before > 0 ? before * 2 : 512;
        List<CIMProperty<?>> properties = new ArrayList<>();
        for (CIMProperty<?> property : memory.getProperties()) {
            if (!property.getName().equalsIgnoreCase("VirtualQuantity")) {
                properties.add(property);
            }
        }
        properties.add(new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T,
                new UnsignedInteger64(Long.toString(wantedQuantity))));
        CIMInstance change = embedded(CimVirtualHost.RASD, properties.toArray(CIMProperty<?>[]::new));
        result = host.invokeOnService("ModifyResourceSettings",
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[]{change}));
    }

    @Then("ModifyResourceSettings succeeded and the memory RASD shows the new quantity")
    public void memoryModified() {
        requireSuccess("ModifyResourceSettings of " + modified);
        long shown = quantity(cim.instance(modified));
        if (shown != wantedQuantity) {
            throw cim.failure("after ModifyResourceSettings the memory RASD " + modified + " shows VirtualQuantity "
                    + shown + "; the suite asked for " + wantedQuantity);
        }
    }

    @When("the suite asks ModifyResourceSettings to change a RASD whose InstanceID names no setting")
    public void modifyUnknown() {
        requireMethod(MODIFY_RESOURCE_SETTINGS, "ModifyResourceSettings");
        rasdsBefore = rasdIds(vssd());
        CIMInstance change = embedded(CimVirtualHost.RASD,
                new CIMProperty<>("InstanceID", CIMDataType.STRING_T, NO_SUCH_SETTING),
                new CIMProperty<>("ResourceType", CIMDataType.UINT16_T, new UnsignedInteger16(CimVirtualHost.MEMORY)),
                new CIMProperty<>("VirtualQuantity", CIMDataType.UINT64_T, new UnsignedInteger64("512")));
        result = host.invokeOnService("ModifyResourceSettings",
                new CIMArgument<>("ResourceSettings", CIMDataType.OBJECT_ARRAY_T, new CIMInstance[]{change}));
    }

    @When("the suite renames the virtual system through ModifySystemSettings")
    public void rename() {
        requireMethod(MODIFY_SYSTEM_SETTINGS, "ModifySystemSettings");
        CIMInstance vssd = cim.instance(vssd());
        nameBefore = String.valueOf(host.systemInstance().getPropertyValue("ElementName"));
        wantedName = host.systemName() + "-renamed";
        result = renameThrough(vssd.getPropertyValue("InstanceID"), wantedName);
    }

    @Then("ModifySystemSettings succeeded and the VSSD and the virtual system show the new ElementName")
    public void renamed() {
        requireSuccess("ModifySystemSettings renaming the system");
        Object settingsName = cim.instance(vssd()).getPropertyValue("ElementName");
        Object systemName = host.systemInstance().getPropertyValue("ElementName");
        if (!wantedName.equals(settingsName) || !wantedName.equals(systemName)) {
            throw cim.failure("after ModifySystemSettings with ElementName " + wantedName + " the VSSD shows "
                    + settingsName + " and the virtual system " + systemName);
        }
    }

    @When("the suite asks ModifySystemSettings to change a VSSD whose InstanceID names no setting")
    public void renameUnknown() {
        requireMethod(MODIFY_SYSTEM_SETTINGS, "ModifySystemSettings");
        nameBefore = String.valueOf(host.systemInstance().getPropertyValue("ElementName"));
        rasdsBefore = rasdIds(vssd());
        result = renameThrough(NO_SUCH_SETTING, host.systemName() + "-never");
    }

    @Then("the request is refused and the virtual system's settings are unchanged")
    public void refusedUnchanged() {
        boolean refused = result.answered() ? result.returnValue() != 0 && result.returnValue() != 4096
                : result.statusCode() != 0;
        if (!refused) {
            throw cim.failure(result.method() + " naming the setting " + NO_SUCH_SETTING + " was accepted: " + result);
        }
        Object name = host.systemInstance().getPropertyValue("ElementName");
        if (nameBefore != null && !nameBefore.equals(name)) {
            throw cim.failure("the refused " + result.method() + " renamed the system from " + nameBefore + " to "
                    + name);
        }
        Set<String> after = rasdIds(vssd());
        if (!after.equals(rasdsBefore)) {
            throw cim.failure("the refused " + result.method() + " changed the VSSD's RASDs from " + rasdsBefore
                    + " to " + after);
        }
    }

    /** The VSSD of the scenario's system (the state configuration, CIM_SettingsDefineState). */
    private CIMObjectPath vssd() {
        List<CIMObjectPath> vssds = cim.associatorNames(host.system(), "CIM_SettingsDefineState", CimVirtualHost.VSSD,
                "ManagedElement", "SettingData");
        if (vssds.isEmpty()) {
            throw cim.failure("the virtual system " + host.system() + " has no VSSD through CIM_SettingsDefineState");
        }
        return vssds.get(0);
    }

    private List<CIMObjectPath> rasdPaths(CIMObjectPath vssd) {
        return cim.associatorNames(vssd, "CIM_VirtualSystemSettingDataComponent", null, "GroupComponent",
                "PartComponent");
    }

    private List<CIMInstance> rasds(CIMObjectPath vssd) {
        return rasdPaths(vssd).stream().map(cim::instance).toList();
    }

    private Set<String> rasdIds(CIMObjectPath vssd) {
        return rasdPaths(vssd).stream().map(CimProfileContext::identity).collect(Collectors.toCollection(
                java.util.TreeSet::new));
    }

    private MethodResult renameThrough(Object instanceId, String name) {
        CIMInstance settings = embedded(CimVirtualHost.VSSD,
                new CIMProperty<>("InstanceID", CIMDataType.STRING_T, String.valueOf(instanceId)),
                new CIMProperty<>("ElementName", CIMDataType.STRING_T, name));
        return host.invokeOnService("ModifySystemSettings",
                new CIMArgument<>("SystemSettings", CIMDataType.OBJECT_T, settings));
    }

    private CIMInstance embedded(String className, CIMProperty<?>... properties) {
        return new CIMInstance(new CIMObjectPath(null, null, null, host.service().getNamespace(), className, null),
                properties);
    }

    private List<CIMObjectPath> outputReferences(String name) {
        Object value = result.outputs().get(name);
        List<CIMObjectPath> out = new ArrayList<>();
        if (value instanceof Object[] values) {
            for (Object v : values) {
                if (v instanceof CIMObjectPath path) {
                    out.add(cim.located(path, host.service().getNamespace()));
                }
            }
        }
        return out;
    }

    private void requireSuccess(String what) {
        if (!result.answered() || (result.returnValue() != 0 && result.returnValue() != 4096)) {
            throw cim.failure(what + " failed: " + result);
        }
    }

    /** A method the capabilities do not list leaves the scenario not tested (DSP1042 makes them optional). */
    private void requireMethod(int code, String method) {
        if (!host.supportedMethods().contains(code)) {
            throw new SkipException("the management capabilities list " + method + " (" + code
                    + ") neither as synchronous nor as asynchronous");
        }
    }

    private void requirePoolOf(int resourceType) {
        boolean pooled = cim.associatorNamesIfKnown(host.host(), "CIM_HostedResourcePool", "CIM_ResourcePool",
                "GroupComponent", "PartComponent").stream().map(cim::instance)
                .anyMatch(pool -> CimVirtualHost.intValue(pool, "ResourceType") == resourceType);
        if (!pooled) {
            throw new SkipException("the host has no resource pool of ResourceType " + resourceType);
        }
    }

    private static long quantity(CIMInstance rasd) {
        Object value = rasd.getPropertyValue("VirtualQuantity");
        if (value instanceof UnsignedInteger64 u) {
            return u.bigIntegerValue().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
        }
        return value instanceof Number n ? n.longValue() : -1;
    }
}
