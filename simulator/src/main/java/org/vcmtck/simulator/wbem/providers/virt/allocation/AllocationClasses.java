package org.vcmtck.simulator.wbem.providers.virt.allocation;

import org.vcmtck.simulator.model.DeviceKind;

/**
 * The CIM class an allocation's settings are published as: the RASD subclass of its profile where CIM has one
 * (processors, storage drives, Ethernet ports), the plain RASD otherwise. Paths and providers must agree on it,
 * since a path names the instance's own class.
 */
public final class AllocationClasses {
    public static final String RASD = "CIM_ResourceAllocationSettingData";
    public static final String PROCESSOR = "CIM_ProcessorAllocationSettingData";
    public static final String STORAGE = "CIM_StorageAllocationSettingData";
    public static final String ETHERNET_PORT = "CIM_EthernetPortAllocationSettingData";

    private AllocationClasses() {
    }

    public static String of(DeviceKind kind) {
        return switch (kind) {
            case PROCESSOR -> PROCESSOR;
            case DISK, CD_DVD -> STORAGE;
            case NIC -> ETHERNET_PORT;
            default -> RASD;
        };
    }
}
