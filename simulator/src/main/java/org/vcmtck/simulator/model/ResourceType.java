package org.vcmtck.simulator.model;

/**
 * The kinds of resource a host offers through pools. Each carries the CIM ResourceType code its pools
 * are published with (CIM_ResourcePool.ResourceType) and the unit its quantities are counted in.
 */
public enum ResourceType {
    /** Logical processors, counted one by one. */
    PROCESSOR(3, "count"),
    /** Memory in bytes. */
    MEMORY(4, "byte"),
    /** Disk storage in bytes; published as Disk Drive (17) rather than Logical Disk (31). */
    STORAGE(17, "byte"),
    /** Virtual Ethernet ports, one per virtual NIC. */
    ETHERNET(10, "count"),
    /** Devices without a dedicated profile (controllers, CD/DVD drives): one slot each. */
    GENERIC_DEVICE(1, "count");

    private final int cimCode;
    private final String unit;

    ResourceType(int cimCode, String unit) {
        this.cimCode = cimCode;
        this.unit = unit;
    }

    public int cimCode() {
        return cimCode;
    }

    public String unit() {
        return unit;
    }
}
