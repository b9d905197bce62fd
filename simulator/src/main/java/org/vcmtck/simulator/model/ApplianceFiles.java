package org.vcmtck.simulator.model;

import java.util.List;
import java.util.Map;

/**
 * The files and disks of a deployed package, kept so that an export writes them again. {@code files}: the
 * References Files whose bytes were kept; {@code diskSections}: the package's DiskSection and SharedDiskSection
 * as XML fragments (in the appliance's OVF namespace); {@code disks}: which Disk (or SharedDisk) each disk
 * allocation came from, keyed {@code systemId/allocationId}, plus {@code systemId/shared/n} for the n-th
 * SharedDisk reference a system had but did not get (the model attaches a disk to one system only).
 * Appliances recorded before files were kept have none of these ({@link #none()}).
 */
public record ApplianceFiles(List<ApplianceFile> files, List<String> diskSections, Map<String, String> disks) {
    public ApplianceFiles {
        files = files == null ? List.of() : List.copyOf(files);
        diskSections = diskSections == null ? List.of() : List.copyOf(diskSections);
        disks = disks == null ? Map.of() : Map.copyOf(disks);
    }

    public static ApplianceFiles none() {
        return new ApplianceFiles(List.of(), List.of(), Map.of());
    }

    /** The kept file with this References id, or null. */
    public ApplianceFile file(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** The disk id an allocation of a system came from, or null. */
    public String diskOf(String systemId, String allocationId) {
        return disks.get(systemId + "/" + allocationId);
    }

    /** The SharedDisk ids a system referenced but was not given, in Item order. */
    public List<String> sharedUsesOf(String systemId) {
        return disks.entrySet().stream().filter(e -> e.getKey().startsWith(systemId + "/shared/"))
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(index(a), index(b))))
                .map(Map.Entry::getValue).toList();
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    }
}
