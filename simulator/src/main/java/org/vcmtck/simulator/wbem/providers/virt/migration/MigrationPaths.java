package org.vcmtck.simulator.wbem.providers.virt.migration;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;

/** Names and paths of the DSP1081 instances: one migration service and one capabilities instance per host. */
final class MigrationPaths {
    static final String SERVICE = "CIM_VirtualSystemMigrationService";
    static final String CAPABILITIES = "CIM_VirtualSystemMigrationCapabilities";
    static final String SETTING_DATA = "CIM_VirtualSystemMigrationSettingData";
    static final String SERVICE_NAME = "VirtualSystemMigrationService";
    private static final String CAPABILITIES_PREFIX = "VCMTCK:VSMigC/";

    private final String ns;

    MigrationPaths(String namespace) {
        this.ns = namespace;
    }

    CimObjectPath service(String hostId) {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        keys.put("SystemCreationClassName", CimValue.of(VirtualizationPaths.COMPUTER_SYSTEM));
        keys.put("SystemName", CimValue.of(hostId));
        keys.put("CreationClassName", CimValue.of(SERVICE));
        keys.put("Name", CimValue.of(SERVICE_NAME));
        return CimObjectPath.of(ns, SERVICE, keys);
    }

    CimObjectPath capabilities(String hostId) {
        return CimObjectPath.of(ns, CAPABILITIES, Map.of("InstanceID", CimValue.of(capabilitiesId(hostId))));
    }

    static String capabilitiesId(String hostId) {
        return CAPABILITIES_PREFIX + hostId;
    }
}
