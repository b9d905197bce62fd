package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.ApplianceEntity;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.descriptor.ContentEntity;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.XmlFragments;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the model's {@link Appliance} for a deployed package: what an export needs to say the package again.
 *
 * <p>Kept: every entity's sections (ProductSection, EulaSection, AnnotationSection, OperatingSystemSection,
 * StartupSection, InstallSection, BootDeviceSection, EnvironmentFilesSection, ScaleOutSection, PlacementSection,
 * optional unknown sections, ...), the first VirtualHardwareSection without its System and Items (its attributes,
 * e.g. ovf:transport, and Info; the hardware itself is the model's), the DeploymentOptionSection, the
 * PlacementGroupSections, optional unknown Envelope sections and the internal Strings bundles. Not kept: the
 * Disk and Network sections (the export derives them from the model), the SharedDiskSection (the model holds a
 * shared disk as one system's disk) and the EncryptionSection (nothing is encrypted after a deploy).
 */
final class ApplianceRecorder {
    private static final Set<String> ENVELOPE_KEPT = Set.of("DeploymentOptionSection", "PlacementGroupSection");
    private static final Set<String> HARDWARE_CONTENT = Set.of("System", "Item", "StorageItem", "EthernetPortItem");

    private ApplianceRecorder() {
    }

    static Appliance appliance(OvfDescriptor descriptor, EntityPlan root, List<VirtualSystem> systems,
                               String configuration, PropertyValues properties) {
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
            if (s.attribute(ns, "fileRef") == null) {
                strings.add(XmlFragments.toXml(s));
            }
        }
        ApplianceEntity content = entity(root, systems, ns);
        return new Appliance("appliance-" + systems.get(0).id(), ns, configuration, properties.all(), envelope,
                strings, content);
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
        boolean hardwareKept = false;
        for (XmlElement s : e.sectionElements()) {
            if (s.is(ns, "VirtualHardwareSection")) {
                if (!hardwareKept) {
                    sections.add(XmlFragments.toXml(withoutHardware(s)));
                    hardwareKept = true;
                }
                continue;
            }
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

    private static XmlElement withoutHardware(XmlElement section) {
        List<XmlElement> kept = section.children().stream()
                .filter(c -> !(c.namespace().equals(section.namespace()) && HARDWARE_CONTENT.contains(c.localName())))
                .toList();
        return new XmlElement(section.namespace(), section.localName(), section.attributes(), kept, "",
                section.line());
    }
}
