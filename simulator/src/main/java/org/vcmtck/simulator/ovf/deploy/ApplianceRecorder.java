package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.ApplianceEntity;
import org.vcmtck.simulator.model.ApplianceFile;
import org.vcmtck.simulator.model.ApplianceFiles;
import org.vcmtck.simulator.model.ApplianceHardware;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.XmlFragments;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the model's {@link Appliance} for a deployed package: what an export needs to say the package again.
 *
 * <p>Kept: every entity's sections (ProductSection, EulaSection, AnnotationSection, OperatingSystemSection,
 * StartupSection, InstallSection, BootDeviceSection, EnvironmentFilesSection, ScaleOutSection, PlacementSection,
 * optional unknown sections, ...), every VirtualHardwareSection verbatim (with the Item each allocation came
 * from noted in {@link ApplianceHardware}, so that an export writes the package's hardware description updated
 * where the model changed), the NetworkSection (networks, descriptions, port profiles), the DeploymentOptionSection, the
 * PlacementGroupSections, optional unknown Envelope sections and the Strings bundles (external ones when their
 * file was kept). The Disk and SharedDisk sections and the package's files are kept as {@link ApplianceFiles}
 * (the export writes each disk the model still has with its kept format, populatedSize, parentRef and file, and
 * a shared disk as a SharedDisk again). Not kept: the EncryptionSection (nothing is encrypted after a deploy).
 */
final class ApplianceRecorder {
    private static final Set<String> ENVELOPE_KEPT = Set.of("DeploymentOptionSection", "PlacementGroupSection");

    private ApplianceRecorder() {
    }

    static Appliance appliance(OvfDescriptor descriptor, EntityPlan root, List<VirtualSystem> systems,
                               String configuration, PropertyValues properties) {
        return appliance(descriptor, root, systems, configuration, properties, List.of(), List.of());
    }

    /**
     * As above, also keeping the package's files ({@code files}, already in the content store), its Disk and
     * SharedDisk sections, and which disk each disk allocation of {@code systems} (planned by {@code plans},
     * index for index) came from.
     */
    static Appliance appliance(OvfDescriptor descriptor, EntityPlan root, List<VirtualSystem> systems,
                               String configuration, PropertyValues properties, List<SystemPlan> plans,
                               List<ApplianceFile> files) {
        String ns = descriptor.version().namespace();
        List<String> envelope = new ArrayList<>();
        for (XmlElement e : descriptor.sectionElements()) {
            boolean dmtf = e.namespace().equals(ns) && isDmtfSection(e.localName());
            if ((dmtf && ENVELOPE_KEPT.contains(e.localName())) || !dmtf) {
                envelope.add(XmlFragments.toXml(e));
            }
        }
        List<String> strings = new ArrayList<>();
        for (XmlElement s : descriptor.strings()) {
            // an external bundle (ovf:fileRef) is written back only when its file was kept
            String fileRef = s.attribute(ns, "fileRef");
            if (fileRef == null || files.stream().anyMatch(f -> f.id().equals(fileRef))) {
                strings.add(XmlFragments.toXml(s));
            }
        }
        ApplianceEntity content = entity(root, systems, ns);
        List<String> diskSections = new ArrayList<>();
        List<String> networkSections = new ArrayList<>();
        for (XmlElement e : descriptor.sectionElements()) {
            if (e.is(ns, "DiskSection") || e.is(ns, "SharedDiskSection")) {
                diskSections.add(XmlFragments.toXml(e));
            }
            if (e.is(ns, "NetworkSection")) {
                networkSections.add(XmlFragments.toXml(e));
            }
        }
        Map<String, String> disks = new HashMap<>();
        Map<String, ApplianceHardware.ItemNote> items = new HashMap<>();
        for (int i = 0; i < plans.size() && i < systems.size(); i++) {
            VirtualSystem vs = systems.get(i);
            for (Map.Entry<Integer, String> d : plans.get(i).disks().entrySet()) {
                if (d.getKey() < vs.allocations().size()) {
                    disks.put(vs.id() + "/" + vs.allocations().get(d.getKey()).id(), d.getValue());
                }
            }
            List<String> itemIds = plans.get(i).itemIds();
            for (int n = 0; n < itemIds.size() && n < vs.allocations().size(); n++) {
                Allocation a = vs.allocations().get(n);
                if (itemIds.get(n) != null) {
                    items.put(vs.id() + "/" + a.id(), new ApplianceHardware.ItemNote(itemIds.get(n), a.quantity()));
                }
            }
            List<String> shared = plans.get(i).sharedUses();
            for (int n = 0; n < shared.size(); n++) {
                disks.put(vs.id() + "/shared/" + n, shared.get(n));
            }
        }
        return new Appliance("appliance-" + systems.get(0).id(), ns, configuration, properties.all(), envelope,
                strings, content, new ApplianceFiles(files, diskSections, disks),
                new ApplianceHardware(items, networkSections));
    }

    private static boolean isDmtfSection(String localName) {
        return Set.of("DiskSection", "NetworkSection", "DeploymentOptionSection", "ResourceAllocationSection",
                "AnnotationSection", "ProductSection", "EulaSection", "StartupSection", "OperatingSystemSection",
                "InstallSection", "VirtualHardwareSection", "EnvironmentFilesSection", "BootDeviceSection",
                "SharedDiskSection", "ScaleOutSection", "PlacementGroupSection", "PlacementSection",
                "EncryptionSection").contains(localName);
    }

    private static ApplianceEntity entity(EntityPlan plan, List<VirtualSystem> systems, String ns) {
        ContentEntity e = plan.entity();
        List<String> sections = new ArrayList<>();
        for (XmlElement s : e.sectionElements()) {
            sections.add(XmlFragments.toXml(s));
        }
        List<String> systemIds = plan.planIndexes().stream().map(i -> systems.get(i).id()).toList();
        List<ApplianceEntity> children = new ArrayList<>();
        for (EntityPlan c : plan.children()) {
            children.add(entity(c, systems, ns));
        }
        return new ApplianceEntity(e.id(), e instanceof VirtualSystemCollectionEntity, e.name(), systemIds, sections,
                children);
    }
}
