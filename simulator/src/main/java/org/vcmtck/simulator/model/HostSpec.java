package org.vcmtck.simulator.model;

import java.util.List;

/**
 * What a new host offers. The over-commit ratios apply to the host's primordial processor and memory pools;
 * storage, Ethernet and device pools are never over-committed.
 */
public record HostSpec(String name, int logicalProcessors, long memoryBytes, List<StorageVolume> storageVolumes,
                       List<PhysicalNic> nics, double processorOvercommit, double memoryOvercommit) {

    /** Virtual Ethernet ports each physical NIC can back: the capacity of the Ethernet pool per NIC. */
    public static final int VIRTUAL_PORTS_PER_NIC = 1024;
    /** Generic device slots (controllers, CD/DVD drives) a host offers. */
    public static final int DEVICE_SLOTS = 65_536;

    public HostSpec {
        Checks.nonBlank("name", name);
        Checks.positive("logicalProcessors", logicalProcessors);
        Checks.positive("memoryBytes", memoryBytes);
        storageVolumes = Checks.list("storageVolumes", storageVolumes);
        nics = Checks.list("nics", nics);
        Checks.overcommit("processorOvercommit", processorOvercommit);
        Checks.overcommit("memoryOvercommit", memoryOvercommit);
    }

    /** A host without over-commit. */
    public HostSpec(String name, int logicalProcessors, long memoryBytes, List<StorageVolume> storageVolumes,
                    List<PhysicalNic> nics) {
        this(name, logicalProcessors, memoryBytes, storageVolumes, nics, 1.0, 1.0);
    }

    long storageBytes() {
        long total = 0;
        for (StorageVolume v : storageVolumes) {
            total = Math.addExact(total, v.capacityBytes());
        }
        return total;
    }
}
