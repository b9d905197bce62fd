package org.vcmtck.simulator.ovf.descriptor;

/** Which element an Item of a VirtualHardwareSection was: the generic rasd Item or a 2.x specialised one. */
public enum ItemKind {
    ITEM,
    /** 2.x {@code EthernetPortItem} (epasd namespace). */
    ETHERNET_PORT_ITEM,
    /** 2.x {@code StorageItem} (sasd namespace). */
    STORAGE_ITEM
}
