package org.vcmtck.simulator.wbem.providers.virt.switches;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.wbem.cim.CimObjectPath;
import org.vcmtck.simulator.wbem.cim.CimValue;
import org.vcmtck.simulator.wbem.providers.virt.VirtualizationPaths;

/**
 * Names and paths of a virtual switch's instances, derived from the model switch id: the switch is a
 * CIM_ComputerSystem named by that id, its ports are CIM_EthernetPort "port&lt;n&gt;" scoped by it. InstanceIDs
 * start with {@code VCMTCK:Switch/} and contain a slash, so the virtual-system lookups never mistake them for a
 * VSSD or RASD of a virtual system.
 */
public final class SwitchPaths {
    public static final String SWITCH_SETTINGS = "CIM_VirtualEthernetSwitchSettingData";
    public static final String ETHERNET_PORT = "CIM_EthernetPort";
    public static final String PORT_SETTINGS = "CIM_EthernetPortAllocationSettingData";
    /** The VirtualSystemType of switch settings, listed in VirtualSystemTypesSupported to offer switch creation. */
    public static final String SWITCH_TYPE = "DMTF:VirtualEthernetSwitch";
    private static final String ID_PREFIX = "VCMTCK:Switch/";
    private static final String PORT_PREFIX = "port";

    private final VirtualizationPaths paths;

    public SwitchPaths(VirtualizationPaths paths) {
        this.paths = paths;
    }

    public String namespace() {
        return paths.namespace();
    }

    public CimObjectPath system(String switchId) {
        return paths.system(switchId);
    }

    public CimObjectPath settings(String switchId) {
        return byInstanceId(SWITCH_SETTINGS, settingsId(switchId));
    }

    public CimObjectPath port(String switchId, int port) {
        Map<String, CimValue> keys = new LinkedHashMap<>();
        keys.put("SystemCreationClassName", CimValue.of(VirtualizationPaths.COMPUTER_SYSTEM));
        keys.put("SystemName", CimValue.of(switchId));
        keys.put("CreationClassName", CimValue.of(ETHERNET_PORT));
        keys.put("DeviceID", CimValue.of(portDeviceId(port)));
        return CimObjectPath.of(paths.namespace(), ETHERNET_PORT, keys);
    }

    public CimObjectPath portSettings(String switchId, int port) {
        return byInstanceId(PORT_SETTINGS, portSettingsId(switchId, port));
    }

    static String settingsId(String switchId) {
        return ID_PREFIX + switchId;
    }

    static String portSettingsId(String switchId, int port) {
        return ID_PREFIX + switchId + "/" + portDeviceId(port);
    }

    static String portDeviceId(int port) {
        return PORT_PREFIX + port;
    }

    /** The switch id of a switch-settings InstanceID, if it has the form this reference gives. */
    static Optional<String> switchOfSettings(String instanceId) {
        if (instanceId == null || !instanceId.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        String id = instanceId.substring(ID_PREFIX.length());
        return id.isEmpty() || id.indexOf('/') >= 0 ? Optional.empty() : Optional.of(id);
    }

    private CimObjectPath byInstanceId(String className, String instanceId) {
        return CimObjectPath.of(paths.namespace(), className, Map.of("InstanceID", CimValue.of(instanceId)));
    }
}
