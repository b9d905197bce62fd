package org.vcmtck.simulator.model;

/** A physical storage volume of a host. */
public record StorageVolume(String name, long capacityBytes) {
    public StorageVolume {
        Checks.nonBlank("name", name);
        Checks.positive("capacityBytes", capacityBytes);
    }
}
