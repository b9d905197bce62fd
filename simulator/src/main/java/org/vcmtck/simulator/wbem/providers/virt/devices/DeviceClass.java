package org.vcmtck.simulator.wbem.providers.virt.devices;

import org.vcmtck.simulator.model.DeviceKind;

/**
 * The CIM_LogicalDevice subclass that shows an allocation of each kind, and for controllers the
 * CIM_Controller.ProtocolSupported code of the bus they drive.
 */
enum DeviceClass {
    PROCESSOR("CIM_Processor", 0),
    MEMORY("CIM_Memory", 0),
    LOGICAL_DISK("CIM_LogicalDisk", 0),
    ETHERNET_PORT("CIM_EthernetPort", 0),
    DVD_DRIVE("CIM_DVDDrive", 0),
    /** ProtocolSupported 37 IDE. */
    IDE_CONTROLLER("CIM_IDEController", 37),
    /** ProtocolSupported 9 SCSI Parallel Interface. */
    SCSI_CONTROLLER("CIM_SCSIController", 9),
    /** CIM has no SATA controller class; an AHCI controller is a PCI function, so PCIController with 48 Serial ATA. */
    SATA_CONTROLLER("CIM_PCIController", 48),
    /** ProtocolSupported 5 PCI. */
    PCI_CONTROLLER("CIM_PCIController", 5);

    private final String cimClass;
    private final int protocolSupported;

    DeviceClass(String cimClass, int protocolSupported) {
        this.cimClass = cimClass;
        this.protocolSupported = protocolSupported;
    }

    String cimClass() {
        return cimClass;
    }

    /** CIM_Controller.ProtocolSupported; 0 for devices that are not controllers. */
    int protocolSupported() {
        return protocolSupported;
    }

    static DeviceClass of(DeviceKind kind) {
        return switch (kind) {
            case PROCESSOR -> PROCESSOR;
            case MEMORY -> MEMORY;
            case DISK -> LOGICAL_DISK;
            case NIC -> ETHERNET_PORT;
            // the model's CD_DVD allocations are published with RASD ResourceType 16 (DVD drive)
            case CD_DVD -> DVD_DRIVE;
            case IDE_CONTROLLER -> IDE_CONTROLLER;
            case SCSI_CONTROLLER -> SCSI_CONTROLLER;
            case SATA_CONTROLLER -> SATA_CONTROLLER;
            case PCI_CONTROLLER -> PCI_CONTROLLER;
        };
    }

    /** Every CIM class some kind of allocation is shown as (each needs an instance provider). */
    static java.util.Set<String> cimClasses() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (DeviceClass c : values()) {
            out.add(c.cimClass);
        }
        return out;
    }
}
