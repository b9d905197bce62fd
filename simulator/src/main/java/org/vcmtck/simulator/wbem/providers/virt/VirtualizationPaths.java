package org.vcmtck.simulator.wbem.providers.virt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.allocation.AllocationClasses;

/**
 * Names and object paths of the virtualization instances, all derived from model ids so a path can be turned
 * back into the model object it shows. InstanceIDs follow the {@code <OrgID>:<LocalID>} pattern (VS-014).
 */
public final class VirtualizationPaths {
    public static final String COMPUTER_SYSTEM = "CIM_ComputerSystem";
    public static final String VSMS = "CIM_VirtualSystemManagementService";
    public static final String VSMC = "CIM_VirtualSystemManagementCapabilities";
    public static final String ELEC = "CIM_EnabledLogicalElementCapabilities";
    public static final String VSSD = "CIM_VirtualSystemSettingData";
    public static final String RASD = "CIM_ResourceAllocationSettingData";
    public static final String CONCRETE_JOB = "CIM_ConcreteJob";
    public static final String HOSTED_SERVICE = "CIM_HostedService";
    public static final String HOSTED_DEPENDENCY = "CIM_HostedDependency";
    public static final String ELEMENT_CAPABILITIES = "CIM_ElementCapabilities";
    public static final String SETTINGS_DEFINE_STATE = "CIM_SettingsDefineState";
    public static final String ELEMENT_SETTING_DATA = "CIM_ElementSettingData";
    public static final String VSSD_COMPONENT = "CIM_VirtualSystemSettingDataComponent";
    public static final String AFFECTED_JOB_ELEMENT = "CIM_AffectedJobElement";
    public static final String RESOURCE_POOL = "CIM_ResourcePool";
    public static final String HOSTED_RESOURCE_POOL = "CIM_HostedResourcePool";

    static final String ORG = "VCMTCK:";
    static final String VSMS_NAME = "VirtualSystemManagementService";
    private static final String VSMC_PREFIX = ORG + "VSMC/";
    private static final String ELEC_PREFIX = ORG + "ELEC/";
    private static final String JOB_PREFIX = ORG + "Job/";
    private static final String POOL_PREFIX = ORG + "Pool/";

    private final String ns;

    public VirtualizationPaths(String namespace) {
        this.ns = namespace;
    }

    public String namespace() {
        return ns;
    }

    public CimObjectPath system(String name) {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        keys.put("CreationClassName", CimValue.of(COMPUTER_SYSTEM));
        keys.put("Name", CimValue.of(name));
        return CimObjectPath.of(ns, COMPUTER_SYSTEM, keys);
    }

    public CimObjectPath managementService(String hostId) {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        keys.put("SystemCreationClassName", CimValue.of(COMPUTER_SYSTEM));
        keys.put("SystemName", CimValue.of(hostId));
        keys.put("CreationClassName", CimValue.of(VSMS));
        keys.put("Name", CimValue.of(VSMS_NAME));
        return CimObjectPath.of(ns, VSMS, keys);
    }

    public CimObjectPath managementCapabilities(String hostId) {
        return byInstanceId(VSMC, vsmcId(hostId));
    }

    public CimObjectPath stateCapabilities(String systemId) {
        return byInstanceId(ELEC, elecId(systemId));
    }

    public CimObjectPath settings(String systemId) {
        return byInstanceId(VSSD, vssdId(systemId));
    }

    public CimObjectPath allocation(String systemId, String allocationId) {
        return byInstanceId(RASD, rasdId(systemId, allocationId));
    }

    /** The RASD of an allocation, named by the class its kind is published as (a RASD subclass for some kinds). */
    public CimObjectPath allocation(String systemId, Allocation allocation) {
        return byInstanceId(AllocationClasses.of(allocation.kind()), rasdId(systemId, allocation.id()));
    }

    public CimObjectPath job(String jobId) {
        return byInstanceId(CONCRETE_JOB, JOB_PREFIX + jobId);
    }

    public CimObjectPath pool(String poolId) {
        return byInstanceId(RESOURCE_POOL, poolId(poolId));
    }

    public static String poolId(String modelPoolId) {
        return POOL_PREFIX + modelPoolId;
    }

    static String vsmcId(String hostId) {
        return VSMC_PREFIX + hostId;
    }

    static String elecId(String systemId) {
        return ELEC_PREFIX + systemId;
    }

    static String vssdId(String systemId) {
        return ORG + systemId;
    }

    public static String rasdId(String systemId, String allocationId) {
        return ORG + systemId + "/" + allocationId;
    }

    static String jobId(String jobId) {
        return JOB_PREFIX + jobId;
    }

    /** The system id of a VSSD InstanceID, if it has the form this reference gives. */
    static Optional<String> systemOfSettings(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(ORG) || instanceId.indexOf('/') >= 0) {
            return Optional.empty();
        }
        String id = instanceId.substring(ORG.length());
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    /** {system id, allocation id} of a RASD InstanceID, if it has the form this reference gives. */
    static Optional<String[]> allocationOf(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(ORG)) {
            return Optional.empty();
        }
        String rest = instanceId.substring(ORG.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || rest.startsWith("Job/") || rest.startsWith("VSMC/")
                || rest.startsWith("ELEC/") || rest.startsWith("Pool/")) {
            return Optional.empty();
        }
        return Optional.of(new String[]{rest.substring(0, slash), rest.substring(slash + 1)});
    }

    private CimObjectPath byInstanceId(String className, String instanceId) {
        return CimObjectPath.of(ns, className, Map.of("InstanceID", CimValue.of(instanceId)));
    }
}
