package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.AllocationUnits;
import org.vcmtck.simulator.ovf.descriptor.DiskDefinition;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.descriptor.HardwareItem;
import org.vcmtck.simulator.ovf.descriptor.HardwareSection;
import org.vcmtck.simulator.ovf.descriptor.NetworkDefinition;
import org.vcmtck.simulator.ovf.descriptor.OperatingSystem;
import org.vcmtck.simulator.ovf.descriptor.SharedDiskDefinition;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one VirtualSystem into a {@link SystemPlan}: the effective Items of its (first) VirtualHardwareSection
 * become allocation specs. Nothing is changed here; every problem is a refusal naming its requirement.
 */
final class HardwarePlanner {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    private static final String DEFAULT_MEMORY_UNITS = "byte * 2^20";
    private static final int MAX_DESCRIPTION = 4096;

    private final OvfDescriptor descriptor;
    private final String configuration;
    private final Set<String> declaredConfigurations;
    private final PropertyValues properties;
    private final List<OvfFinding> warnings;
    /** Shared disks (OVF 2.x) already given to a system: the model cannot attach one disk to two systems. */
    private final Map<String, String> sharedDiskOwners = new HashMap<>();

    HardwarePlanner(OvfDescriptor descriptor, String configuration, Set<String> declaredConfigurations,
                    PropertyValues properties, List<OvfFinding> warnings) {
        this.descriptor = descriptor;
        this.configuration = configuration;
        this.declaredConfigurations = declaredConfigurations;
        this.properties = properties;
        this.warnings = warnings;
    }

    SystemPlan plan(VirtualSystemEntity vs) throws OvfDeployException {
        return plan(vs, systemName(vs));
    }

    /** The plan of {@code vs} for a system called {@code name} (scale-out copies get numbered names). */
    SystemPlan plan(VirtualSystemEntity vs, String name) throws OvfDeployException {
        if (vs.hardwareSections().isEmpty()) {
            throw refused("OVF-HW-001", vs, "has no VirtualHardwareSection");
        }
        HardwareSection section = vs.hardwareSections().get(0);
        if (vs.hardwareSections().size() > 1) {
            warnings.add(OvfFinding.warning("OVF-HW-002", "", "VirtualSystem '" + vs.id() + "': "
                    + vs.hardwareSections().size() + " VirtualHardwareSections; the first one is deployed"));
        }
        List<HardwareItem> items = EffectiveItems.select(vs.id(), section.items(), configuration,
                declaredConfigurations);
        List<String> sharedUses = new ArrayList<>();
        List<HardwareItem> ordered = order(vs, items, sharedUses);
        Map<String, Integer> indexOfInstance = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).instanceId() != null) {
                indexOfInstance.put(ordered.get(i).instanceId(), i);
            }
        }
        Map<String, HardwareItem> allItems = new HashMap<>();
        for (HardwareItem item : items) {
            if (item.instanceId() != null) {
                allItems.put(item.instanceId(), item);
            }
        }
        List<AllocationSpec> specs = new ArrayList<>();
        List<SystemPlan.NicLink> nics = new ArrayList<>();
        Map<Integer, String> disks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            HardwareItem item = ordered.get(i);
            DeviceKind kind = kindOf(item);
            if (kind == DeviceKind.DISK && reference(item, "disk") != null) {
                disks.put(i, reference(item, "disk"));
            }
            AllocationSpec spec;
            try {
                spec = allocation(vs, item, kind);
                spec = withParent(vs, item, spec, i, ordered, indexOfInstance, allItems);
            } catch (ModelException e) {
                throw refused("OVF-EXT-006", vs, "Item " + item.instanceId() + " cannot be provided: "
                        + e.getMessage());
            }
            if (kind == DeviceKind.NIC) {
                String network = network(vs, item);
                if (network != null) {
                    nics.add(new SystemPlan.NicLink(i, network));
                }
            }
            specs.add(spec);
        }
        try {
            return new SystemPlan(vs.id(), new SystemSpec(name, systemType(section), settings(vs), specs),
                    nics, disks, sharedUses, ordered.stream().map(HardwareItem::instanceId).toList());
        } catch (ModelException e) {
            throw refused("OVF-ENV-004", vs, "cannot become a system: " + e.getMessage());
        }
    }

    static String systemName(VirtualSystemEntity vs) {
        return vs.name() != null && !vs.name().isBlank() ? vs.name().trim() : vs.id();
    }

    /**
     * Supported Items in allocation order: processors, memory, controllers, then the other devices, so a "#n"
     * parent always names an earlier allocation. Unsupported Items are skipped when optional, refused when
     * required (OVF-EXT-006).
     */
    private List<HardwareItem> order(VirtualSystemEntity vs, List<HardwareItem> items, List<String> sharedUses)
            throws OvfDeployException {
        List<HardwareItem> cpu = new ArrayList<>();
        List<HardwareItem> memory = new ArrayList<>();
        List<HardwareItem> controllers = new ArrayList<>();
        List<HardwareItem> devices = new ArrayList<>();
        for (HardwareItem item : items) {
            DeviceKind kind = kindOf(item);
            if (kind == null) {
                String what = "Item " + item.instanceId() + " (" + item.elementName() + ", ResourceType "
                        + item.resourceType() + ") has no counterpart in the reference";
                if (item.required()) {
                    throw refused("OVF-EXT-006", vs, what + " and is required");
                }
                warnings.add(OvfFinding.warning("OVF-EXT-006", "", "VirtualSystem '" + vs.id() + "': " + what
                        + "; optional, skipped"));
                continue;
            }
            if (kind == DeviceKind.DISK && alreadySharedElsewhere(vs, item)) {
                // kept so that an export names the shared disk for this system too
                sharedUses.add(reference(item, "disk"));
                continue;
            }
            switch (kind) {
                case PROCESSOR -> cpu.add(item);
                case MEMORY -> memory.add(item);
                default -> (kind.controller() ? controllers : devices).add(item);
            }
        }
        List<HardwareItem> out = new ArrayList<>(cpu);
        out.addAll(memory);
        out.addAll(controllers);
        out.addAll(devices);
        return out;
    }

    /**
     * True when the Item names a SharedDisk another system (or Item) already got: the model gives a disk to one
     * system only, so the shared disk is allocated once, for its first user, and later users are told so.
     */
    private boolean alreadySharedElsewhere(VirtualSystemEntity vs, HardwareItem item) {
        String ref = reference(item, "disk");
        if (ref == null || descriptor.disks().stream().anyMatch(d -> ref.equals(d.diskId()))
                || descriptor.sharedDisks().stream().noneMatch(d -> ref.equals(d.disk().diskId()))) {
            return false;
        }
        String owner = sharedDiskOwners.putIfAbsent(ref, vs.id() + "/" + item.instanceId());
        if (owner == null) {
            return false;
        }
        warnings.add(OvfFinding.warning("OVF-DISK-009", "", "VirtualSystem '" + vs.id() + "': Item "
                + item.instanceId() + " names SharedDisk '" + ref + "', already allocated once for " + owner
                + "; the reference cannot attach one disk to two systems, so it is not attached again"));
        return true;
    }

    static DeviceKind kindOf(HardwareItem item) {
        Integer type = item.resourceType();
        if (type == null) {
            return null;
        }
        return switch (type) {
            case 3 -> DeviceKind.PROCESSOR;
            case 4 -> DeviceKind.MEMORY;
            case 5 -> DeviceKind.IDE_CONTROLLER;
            case 6 -> DeviceKind.SCSI_CONTROLLER;
            case 20 -> DeviceKind.SATA_CONTROLLER;
            case 10 -> DeviceKind.NIC;
            case 15, 16 -> DeviceKind.CD_DVD;
            case 17 -> DeviceKind.DISK;
            case 1 -> isPciController(item) ? DeviceKind.PCI_CONTROLLER : null;
            default -> null;
        };
    }

    private static boolean isPciController(HardwareItem item) {
        List<String> other = item.properties().get("OtherResourceType");
        return other != null && other.stream().anyMatch(o -> o.trim().equalsIgnoreCase("PCI controller"));
    }

    private AllocationSpec allocation(VirtualSystemEntity vs, HardwareItem item, DeviceKind kind)
            throws OvfDeployException {
        return switch (kind) {
            case PROCESSOR -> {
                Long count = item.virtualQuantity();
                if (count == null || count < 1 || count > Integer.MAX_VALUE) {
                    throw refused("OVF-HW-016", vs, "processor Item " + item.instanceId()
                            + " needs a VirtualQuantity of at least 1 vCPU, was " + count);
                }
                yield AllocationSpec.processors(count.intValue());
            }
            case MEMORY -> AllocationSpec.memory(memoryBytes(vs, item));
            case DISK -> disk(vs, item);
            case CD_DVD -> AllocationSpec.cdDvd(cdImage(vs, item));
            case NIC -> AllocationSpec.nic();
            default -> AllocationSpec.controller(kind);
        };
    }

    private long memoryBytes(VirtualSystemEntity vs, HardwareItem item) throws OvfDeployException {
        Long quantity = item.virtualQuantity();
        if (quantity == null || quantity < 1) {
            throw refused("OVF-HW-016", vs, "memory Item " + item.instanceId()
                    + " needs a positive VirtualQuantity, was " + quantity);
        }
        String unitsText = item.allocationUnits() == null || item.allocationUnits().isBlank()
                ? DEFAULT_MEMORY_UNITS : item.allocationUnits();
        try {
            AllocationUnits units = AllocationUnits.parse(unitsText);
            if (!units.baseUnit().equals("byte")) {
                throw refused("OVF-HW-016", vs, "memory Item " + item.instanceId() + ": AllocationUnits '"
                        + unitsText + "' is not a byte unit");
            }
            return units.toBaseUnits(quantity);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw refused("OVF-HW-016", vs, "memory Item " + item.instanceId() + ": AllocationUnits '"
                    + unitsText + "' × " + quantity + " is not a byte count: " + e.getMessage());
        }
    }

    private AllocationSpec disk(VirtualSystemEntity vs, HardwareItem item) throws OvfDeployException {
        String ref = reference(item, "disk");
        DiskDefinition disk = ref == null ? null
                : descriptor.disks().stream().filter(d -> d.diskId().equals(ref)).findFirst()
                .or(() -> descriptor.sharedDisks().stream().map(SharedDiskDefinition::disk)
                        .filter(d -> ref.equals(d.diskId())).findFirst())
                .orElse(null);
        if (disk == null) {
            throw refused("OVF-HW-011", vs, "disk Item " + item.instanceId() + ": HostResource "
                    + item.hostResources() + " names no Disk of the DiskSection");
        }
        long bytes = capacityBytes(vs, disk);
        String backing = null;
        if (disk.fileRef() != null) {
            FileReference file = descriptor.file(disk.fileRef());
            backing = file == null ? disk.fileRef() : file.href();
        }
        return AllocationSpec.disk(bytes, null, backing);
    }

    private long capacityBytes(VirtualSystemEntity vs, DiskDefinition disk) throws OvfDeployException {
        String capacity = disk.capacity() == null ? "" : disk.capacity().trim();
        Matcher m = REFERENCE.matcher(capacity);
        Long bytes;
        if (m.matches()) {
            String value = properties.lookup(m.group(1)).orElseThrow(() -> refused("OVF-DISK-003", vs, "Disk '"
                    + disk.diskId() + "': capacity " + capacity + " names no ProductSection property"));
            bytes = new DiskDefinition(disk.diskId(), value.trim(), disk.capacityAllocationUnits(), null, null, null,
                    null).capacityBytes();
        } else {
            bytes = disk.capacityBytes();
        }
        if (bytes == null || bytes < 1) {
            throw refused("OVF-DISK-004", vs, "Disk '" + disk.diskId() + "': capacity '" + capacity + "' in '"
                    + disk.capacityAllocationUnits() + "' is not a positive number of bytes");
        }
        return bytes;
    }

    private String cdImage(VirtualSystemEntity vs, HardwareItem item) throws OvfDeployException {
        String fileId = reference(item, "file");
        if (fileId == null) {
            return null;
        }
        FileReference file = descriptor.file(fileId);
        if (file == null) {
            throw refused("OVF-HW-012", vs, "CD/DVD Item " + item.instanceId() + ": HostResource names File '"
                    + fileId + "', which References does not list");
        }
        return file.href();
    }

    /** The id in {@code ovf:/<kind>/<id>} (or the legacy {@code /<kind>/<id>}, OVF-HW-013), else null. */
    private static String reference(HardwareItem item, String kind) {
        for (String r : item.hostResources()) {
            String t = r.trim();
            if (t.startsWith("ovf:")) {
                t = t.substring(4);
            }
            String prefix = "/" + kind + "/";
            if (t.startsWith(prefix) && t.length() > prefix.length()) {
                return t.substring(prefix.length());
            }
        }
        return null;
    }

    private String network(VirtualSystemEntity vs, HardwareItem item) throws OvfDeployException {
        String connection = item.connections().stream().map(String::trim).filter(c -> !c.isEmpty()).findFirst()
                .orElse(null);
        if (connection == null) {
            return null;
        }
        boolean declared = descriptor.networks().stream().map(NetworkDefinition::name).anyMatch(connection::equals);
        if (!declared) {
            throw refused("OVF-HW-014", vs, "Ethernet Item " + item.instanceId() + ": Connection '" + connection
                    + "' is not a Network of the NetworkSection");
        }
        return connection;
    }

    private AllocationSpec withParent(VirtualSystemEntity vs, HardwareItem item, AllocationSpec spec, int index,
                                      List<HardwareItem> ordered, Map<String, Integer> indexOfInstance,
                                      Map<String, HardwareItem> allItems) throws OvfDeployException {
        if (item.parent() == null || item.parent().isBlank()) {
            return spec;
        }
        String parent = item.parent().trim();
        Integer parentIndex = indexOfInstance.get(parent);
        if (parentIndex == null) {
            if (!allItems.containsKey(parent)) {
                throw refused("OVF-HW-009", vs, "Item " + item.instanceId() + ": Parent " + parent
                        + " is the InstanceID of no Item");
            }
            warnings.add(OvfFinding.warning("OVF-HW-009", "", "VirtualSystem '" + vs.id() + "': Item "
                    + item.instanceId() + " is attached without its skipped parent Item " + parent));
            return spec;
        }
        DeviceKind parentKind = kindOf(ordered.get(parentIndex));
        if (parentKind == null || !parentKind.controller() || parentIndex >= index) {
            throw refused("OVF-HW-009", vs, "Item " + item.instanceId() + ": Parent " + parent
                    + " is not a controller the reference can attach devices to");
        }
        String address = item.addressOnParent() == null || item.addressOnParent().isBlank() ? null
                : item.addressOnParent().trim();
        return spec.withParent("#" + parentIndex, address);
    }

    private static SystemSettings settings(VirtualSystemEntity vs) {
        String description = vs.annotation() == null ? "" : vs.annotation();
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION);
        }
        OperatingSystem os = vs.operatingSystem();
        String osType = null;
        if (os != null) {
            if (os.description() != null && !os.description().isBlank()) {
                osType = os.description().trim();
            } else if (os.id() != null) {
                osType = Integer.toString(os.id());
            }
        }
        return new SystemSettings(description, osType, SystemSettings.DEFAULT.bootOrder());
    }

    private static String systemType(HardwareSection section) {
        return section.systemTypes().isEmpty() ? null : section.systemTypes().get(0);
    }

    private static OvfDeployException refused(String requirementId, VirtualSystemEntity vs, String message) {
        return OvfDeployException.refused(requirementId, "", "VirtualSystem '" + vs.id() + "': " + message);
    }
}
