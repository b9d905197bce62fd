package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.ApplianceFile;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.XmlFragments;
import org.vcmtck.simulator.ovf.xml.XmlElement;
import org.vcmtck.simulator.ovf.xml.XmlWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The disks and files of one export. A disk the model made (e.g. a machine created over CIMI) is a capacity-only
 * Disk; a disk deployed from a package is written as the package said it (ovf:format, ovf:populatedSize,
 * ovf:parentRef, its image file), with the model's capacity, its parents listed before it (OVF-DISK-008), and,
 * in OVF 2.x, a SharedDisk in the SharedDiskSection again. Files come in References order: external string
 * bundles first (OVF-PKG-010), then the disks' images, then the other files of the packages (ISOs, icons,
 * message files, environment files). File ids and disk ids stay the package's unless another package of the same
 * export took them, then they get a numeric suffix; {@link #fileIds(Appliance)} gives the renaming for the kept
 * sections that name files.
 */
final class PackageFilePlan {
    private static final int[] BYTE_EXPONENTS = {30, 20, 10};

    private final OvfVersion version;
    private final FileSink sink;
    private final List<DiskOut> disks = new ArrayList<>();
    private final Map<String, String> keptDiskIds = new HashMap<>();
    private final Set<String> usedDiskIds = new HashSet<>();
    private final Set<String> usedFileIds = new HashSet<>();
    private final Map<String, Map<String, String>> fileIdsByAppliance = new HashMap<>();
    private final List<FileOut> files = new ArrayList<>();

    /** {@code sink} null: no files are written, every disk is capacity-only. */
    PackageFilePlan(OvfVersion version, FileSink sink) {
        this.version = version;
        this.sink = sink;
    }

    /** Reserves ids the model's capacity-only disks would not otherwise avoid; returns the Disk id to name. */
    String modelDisk(long bytes) {
        String id = unique("vmdisk" + (disks.size() + 1), usedDiskIds);
        disks.add(new DiskOut(id, null, null, bytes, false));
        return id;
    }

    /**
     * The written id of the package's disk {@code diskId} of appliance {@code a}, used by a disk allocation of
     * {@code bytes}; falls back to a capacity-only disk when the package's definition was not kept.
     */
    String keptDisk(Appliance a, String diskId, long bytes) {
        XmlElement kept = diskId == null ? null : definition(a, diskId);
        if (kept == null) {
            return modelDisk(bytes);
        }
        return keptDiskId(a, kept, bytes);
    }

    /**
     * The written id of the package's disk {@code diskId} named by a kept Item no allocation stands for (its kept
     * capacity), or null when the package's definition was not kept.
     */
    String keptDiskIfAny(Appliance a, String diskId) {
        XmlElement kept = definition(a, diskId);
        return kept == null ? null : keptDiskId(a, kept, -1);
    }

    /** The written id of a SharedDisk another system was given (null: the export's version has none). */
    String sharedUse(Appliance a, String sharedId) {
        if (version == OvfVersion.V1_1) {
            return null;
        }
        XmlElement kept = definition(a, sharedId);
        return kept == null || !kept.localName().equals("SharedDisk") ? null : keptDiskId(a, kept, -1);
    }

    private String keptDiskId(Appliance a, XmlElement kept, long bytes) {
        String ns = kept.namespace();
        String key = a.id() + "/" + kept.attribute(ns, "diskId");
        String done = keptDiskIds.get(key);
        if (done != null) {
            return done;
        }
        String parent = kept.attribute(ns, "parentRef");
        String parentId = null;
        if (parent != null) {
            XmlElement parentDisk = definition(a, parent);
            // the parent is written first, so a consumer meets it before the delta disk
            parentId = parentDisk == null ? null : keptDiskId(a, parentDisk, -1);
        }
        String id = unique(kept.attribute(ns, "diskId"), usedDiskIds);
        keptDiskIds.put(key, id);
        boolean shared = kept.localName().equals("SharedDisk") && version != OvfVersion.V1_1;
        disks.add(new DiskOut(id, a, kept, bytes, shared, parentId));
        return id;
    }

    /** The Disk or SharedDisk {@code diskId} of the appliance's kept sections, in the export's namespace. */
    private XmlElement definition(Appliance a, String diskId) {
        for (String fragment : a.files().diskSections()) {
            XmlElement section = XmlFragments.renamespace(XmlFragments.parse(fragment), a.ovfNamespace(),
                    version.namespace());
            for (XmlElement d : section.children()) {
                if ((d.localName().equals("Disk") || d.localName().equals("SharedDisk"))
                        && diskId.equals(d.attribute(section.namespace(), "diskId"))) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Decides and writes the files of {@code appliances} (through the sink), in References order.
     *
     * @throws UncheckedIOException the sink failed
     */
    void writeFiles(List<Appliance> appliances) {
        if (sink == null) {
            return;
        }
        String ns = version.namespace();
        List<Appliance> order = new ArrayList<>();
        for (Appliance a : appliances) {
            if (!a.files().files().isEmpty()) {
                order.add(a);
            }
        }
        for (Appliance a : order) {
            for (String s : a.strings()) {
                String ref = XmlFragments.parse(s).attribute(a.ovfNamespace(), "fileRef");
                add(a, ref);
            }
        }
        for (DiskOut d : disks) {
            if (d.kept() != null && d.appliance() != null) {
                add(d.appliance(), d.kept().attribute(ns, "fileRef"));
            }
        }
        for (Appliance a : order) {
            Set<String> diskFiles = diskFileRefs(a);
            for (ApplianceFile f : a.files().files()) {
                if (!diskFiles.contains(f.id())) {
                    add(a, f.id());
                }
            }
        }
    }

    private Set<String> diskFileRefs(Appliance a) {
        Set<String> out = new HashSet<>();
        for (String fragment : a.files().diskSections()) {
            XmlElement section = XmlFragments.parse(fragment);
            for (XmlElement d : section.children()) {
                String ref = d.attribute(section.namespace(), "fileRef");
                if (ref != null) {
                    out.add(ref);
                }
            }
        }
        return out;
    }

    private void add(Appliance a, String fileId) {
        ApplianceFile f = fileId == null ? null : a.files().file(fileId);
        Map<String, String> ids = fileIdsByAppliance.computeIfAbsent(a.id(), k -> new LinkedHashMap<>());
        if (f == null || ids.containsKey(fileId)) {
            return;
        }
        String id = unique(f.id(), usedFileIds);
        FileSink.WrittenFile written;
        try {
            written = sink.write(f.href(), f.contentKey());
        } catch (IOException e) {
            throw new UncheckedIOException("file '" + f.id() + "' (" + f.href() + "): " + e.getMessage(), e);
        }
        ids.put(fileId, id);
        files.add(new FileOut(id, written));
    }

    /** File ids of the appliance's kept sections to the ids written (a file not written is absent). */
    Map<String, String> fileIds(Appliance a) {
        return fileIdsByAppliance.getOrDefault(a.id(), Map.of());
    }

    void writeReferences(XmlWriter x) {
        x.start("References");
        for (FileOut f : files) {
            List<String> attributes = new ArrayList<>(List.of("ovf:href", f.written().href(), "ovf:id", f.id(),
                    "ovf:size", Long.toString(f.written().size())));
            if (f.written().compression() != null) {
                attributes.addAll(List.of("ovf:compression", f.written().compression()));
            }
            if (f.written().chunkSize() != null) {
                attributes.addAll(List.of("ovf:chunkSize", Long.toString(f.written().chunkSize())));
            }
            x.empty("File", attributes.toArray(String[]::new));
        }
        x.end();
    }

    void writeDiskSections(XmlWriter x) {
        List<DiskOut> plain = disks.stream().filter(d -> !d.shared()).toList();
        if (!plain.isEmpty()) {
            x.start("DiskSection").textElement("Info", "Virtual disks");
            plain.forEach(d -> disk(x, "Disk", d));
            x.end();
        }
        List<DiskOut> shared = disks.stream().filter(DiskOut::shared).toList();
        if (!shared.isEmpty()) {
            x.start("SharedDiskSection").textElement("Info", "Virtual disks shared by virtual systems");
            shared.forEach(d -> disk(x, "SharedDisk", d));
            x.end();
        }
    }

    private void disk(XmlWriter x, String element, DiskOut d) {
        List<String> a = new ArrayList<>();
        String ns = version.namespace();
        XmlElement kept = d.kept();
        if (d.bytes() >= 0 || kept == null) {
            DescriptorWriter.Quantity q = DescriptorWriter.bytes(d.bytes(), BYTE_EXPONENTS);
            a.addAll(List.of("ovf:capacity", Long.toString(q.amount()), "ovf:capacityAllocationUnits", q.units()));
        } else {
            a.addAll(List.of("ovf:capacity", kept.attribute(ns, "capacity")));
            if (kept.attribute(ns, "capacityAllocationUnits") != null) {
                a.addAll(List.of("ovf:capacityAllocationUnits", kept.attribute(ns, "capacityAllocationUnits")));
            }
        }
        a.addAll(List.of("ovf:diskId", d.id()));
        if (kept != null) {
            String fileRef = kept.attribute(ns, "fileRef");
            String fileId = fileRef == null ? null : fileIds(d.appliance()).get(fileRef);
            if (fileId != null) {
                a.addAll(List.of("ovf:fileRef", fileId));
                // a format describes an image; without the image there is nothing for it to describe
                if (kept.attribute(ns, "format") != null) {
                    a.addAll(List.of("ovf:format", kept.attribute(ns, "format")));
                }
            }
            if (d.parentId() != null) {
                a.addAll(List.of("ovf:parentRef", d.parentId()));
            }
            if (kept.attribute(ns, "populatedSize") != null) {
                a.addAll(List.of("ovf:populatedSize", kept.attribute(ns, "populatedSize")));
            }
            if (element.equals("SharedDisk") && kept.attribute(ns, "readOnly") != null) {
                a.addAll(List.of("ovf:readOnly", kept.attribute(ns, "readOnly")));
            }
        }
        x.empty(element, a.toArray(String[]::new));
    }

    private static String unique(String wanted, Set<String> used) {
        String id = wanted;
        for (int n = 2; !used.add(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    /** A disk to write; {@code bytes} -1: the kept capacity (a parent no allocation uses). */
    private record DiskOut(String id, Appliance appliance, XmlElement kept, long bytes, boolean shared,
                           String parentId) {
        DiskOut(String id, Appliance appliance, XmlElement kept, long bytes, boolean shared) {
            this(id, appliance, kept, bytes, shared, null);
        }
    }

    private record FileOut(String id, FileSink.WrittenFile written) {
    }
}
