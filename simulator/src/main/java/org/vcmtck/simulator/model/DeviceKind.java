package org.vcmtck.simulator.model;

/**
 * What a single resource allocation of a virtual system is. Several kinds share one pool type
 * (a CD drive and a SCSI controller both take a generic-device slot), so the protocol views need the kind
 * to publish the precise CIM ResourceType of the allocation itself.
 */
public enum DeviceKind {
    PROCESSOR(ResourceType.PROCESSOR, 3, false),
    MEMORY(ResourceType.MEMORY, 4, false),
    DISK(ResourceType.STORAGE, 17, false),
    NIC(ResourceType.ETHERNET, 10, false),
    CD_DVD(ResourceType.GENERIC_DEVICE, 16, false),
    IDE_CONTROLLER(ResourceType.GENERIC_DEVICE, 5, true),
    SCSI_CONTROLLER(ResourceType.GENERIC_DEVICE, 6, true),
    /** CIM has no SATA code of its own; "Other storage device" is the closest. */
    SATA_CONTROLLER(ResourceType.GENERIC_DEVICE, 20, true),
    /** Published as Other (1) with OtherResourceType "PCI controller". */
    PCI_CONTROLLER(ResourceType.GENERIC_DEVICE, 1, true);

    private final ResourceType poolType;
    private final int cimResourceType;
    private final boolean controller;

    DeviceKind(ResourceType poolType, int cimResourceType, boolean controller) {
        this.poolType = poolType;
        this.cimResourceType = cimResourceType;
        this.controller = controller;
    }

    /** The type of pool this kind of allocation draws from. */
    public ResourceType poolType() {
        return poolType;
    }

    /** CIM_ResourceAllocationSettingData.ResourceType of an allocation of this kind. */
    public int cimResourceType() {
        return cimResourceType;
    }

    /** Controllers may be the parent of other allocations (disks, CD/DVD drives). */
    public boolean controller() {
        return controller;
    }

    /** Whether the quantity is a free amount (processors, bytes) rather than always exactly one device. */
    public boolean sized() {
        return this == PROCESSOR || this == MEMORY || this == DISK;
    }
}
