package org.vcmtck.simulator.model;

import java.util.List;

/** A physical host (immutable view). Its primordial pools are found with {@code Datacenter.primordialPool}. */
public record Host(String id, String name, int logicalProcessors, long memoryBytes, List<StorageVolume> storageVolumes,
                   List<PhysicalNic> nics) {
    public Host {
        storageVolumes = List.copyOf(storageVolumes);
        nics = List.copyOf(nics);
    }

    public long storageBytes() {
        return storageVolumes.stream().mapToLong(StorageVolume::capacityBytes).sum();
    }
}
