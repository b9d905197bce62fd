package org.vcmtck.simulator.ovf.descriptor;

/** A {@code SharedDiskSection/SharedDisk}: the Disk attributes plus ovf:readOnly (default false). */
public record SharedDiskDefinition(DiskDefinition disk, boolean readOnly) {
}
