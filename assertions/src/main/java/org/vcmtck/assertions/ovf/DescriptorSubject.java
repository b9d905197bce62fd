package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * What a descriptor rule examines. A rule whose subject is absent from a descriptor has nothing to judge there, so
 * a pass on such a descriptor says nothing; callers count subjects to tell "passed" from "nothing to check".
 * {@link #ENVELOPE} is the subject of rules on the envelope as a whole, which every descriptor has.
 */
public enum DescriptorSubject {
    ENVELOPE("Envelope", d -> List.of(d.envelope())),
    FILE("References/File", OvfDescriptor::files),
    COMPRESSION_ATTRIBUTE("File with ovf:compression", d -> withAttribute(d, d.files(), "compression")),
    CONTENT("VirtualSystem/VirtualSystemCollection", OvfDescriptor::contents),
    COLLECTION("VirtualSystemCollection", d -> d.all("VirtualSystemCollection")),
    SECTION("section", DescriptorSubject::sections),
    REQUIRED_ATTRIBUTE("element with ovf:required", DescriptorSubject::elementsWithRequired),
    VIRTUAL_SYSTEM("VirtualSystem", d -> d.all("VirtualSystem")),
    HARDWARE_SECTION("VirtualHardwareSection", HardwareRules::hardwareSections),
    ITEM("Item", HardwareRules::allItems),
    ITEM_PARENT("Item rasd:Parent", d -> cimChildren(d, "Parent")),
    DISK_HOST_RESOURCE("HostResource ovf:/disk/<id>", d -> HardwareRules.hostResources(d, "disk")),
    FILE_HOST_RESOURCE("HostResource ovf:/file/<id>", d -> HardwareRules.hostResources(d, "file")),
    ETHERNET_CONNECTION("Ethernet Item rasd:Connection", HardwareRules::ethernetConnectionElements),
    ALLOCATION_UNITS("Item rasd:AllocationUnits", d -> cimChildren(d, "AllocationUnits")),
    CONFIGURATION_ITEM("Item with ovf:configuration",
            d -> withAttribute(d, HardwareRules.allItems(d), "configuration")),
    DISK("Disk", OvfDescriptor::disks),
    DISK_CAPACITY_UNITS("Disk with ovf:capacityAllocationUnits",
            d -> withAttribute(d, d.disks(), "capacityAllocationUnits")),
    DISK_FILE_REF("Disk with ovf:fileRef", d -> withAttribute(d, d.disks(), "fileRef")),
    DISK_PARENT_REF("Disk with ovf:parentRef", d -> withAttribute(d, d.disks(), "parentRef")),
    NETWORK("NetworkSection/Network", DiskAndNetworkRules::networks),
    PRODUCT_SECTION("ProductSection", ProductRules::productSections),
    ICON("ProductSection/Icon", ProductRules::icons),
    PROPERTY("ProductSection/Property", ProductRules::properties),
    PROPERTY_QUALIFIERS("Property with ovf:qualifiers",
            d -> withAttribute(d, ProductRules.properties(d), "qualifiers")),
    PROPERTY_VALUE("Property/Value", ProductRules::values),
    ANNOTATION_SECTION("AnnotationSection", d -> SectionRules.sections(d, "AnnotationSection")),
    EULA_SECTION("EulaSection", d -> SectionRules.sections(d, "EulaSection")),
    STARTUP_ITEM("StartupSection/Item", SectionRules::startupItemElements),
    CONFIGURATION("DeploymentOptionSection/Configuration", SectionRules::configurationElements),
    OPERATING_SYSTEM_SECTION("OperatingSystemSection", d -> SectionRules.sections(d, "OperatingSystemSection")),
    STRINGS("Strings", d -> d.childrenOfKind(d.envelope(), "Strings")),
    EXTERNAL_STRINGS("Strings with ovf:fileRef",
            d -> withAttribute(d, d.childrenOfKind(d.envelope(), "Strings"), "fileRef")),
    ENVELOPE_LANGUAGE("Envelope with xml:lang", LocaleRules::envelopeWithLanguage),
    OVF1_ENVELOPE("Envelope of an OVF 1 descriptor", ProductRules::ovf1Envelope),
    MSGID("element with ovf:msgid", LocaleRules::elementsWithMsgid),
    ALTERNATIVE_HARDWARE("VirtualSystem with several VirtualHardwareSections",
            HardwareSectionRules::systemsWithAlternativeHardware),
    HARDWARE_TRANSPORT("VirtualHardwareSection with ovf:transport", HardwareSectionRules::sectionsWithTransport),
    CONTROLLER_ADDRESS("Item with rasd:AddressOnParent on an IDE or SCSI controller",
            HardwareRules::addressedControllerChildren),
    RESOURCE_TYPE_35("Item with ResourceType 35 or naming a sound device", HardwareRules::soundOrType35Items),
    PORT_OR_STORAGE_ITEM("OVF 2 EthernetPortItem/StorageItem", HardwareSectionRules::ovf2PortAndStorageItems),
    DISK_FORMAT("Disk with ovf:format", DiskAndNetworkRules::disksWithFormat),
    SHARED_DISK("SharedDiskSection/SharedDisk", DiskAndNetworkRules::sharedDisks),
    INSTALL_SECTION("InstallSection", d -> SectionRules.sections(d, "InstallSection")),
    BOOT_DEVICE_SECTION("BootDeviceSection", d -> SectionRules.sections(d, "BootDeviceSection")),
    SCALE_OUT_SECTION("ScaleOutSection", d -> SectionRules.sections(d, "ScaleOutSection")),
    PLACEMENT_SECTION("PlacementGroupSection/PlacementSection", Ovf2SectionRules::placementSections),
    ENCRYPTION_SECTION("EncryptionSection", d -> SectionRules.sections(d, "EncryptionSection")),
    CATEGORY("ProductSection/Category", ProductLayoutRules::categories),
    SYSTEM_TYPE("System/vssd:VirtualSystemType", ItemSettingRules::systemTypes),
    RESOURCE_SUB_TYPE("Item rasd:ResourceSubType", ItemSettingRules::resourceSubTypes),
    RESOURCE_GUARANTEE("Item with Reservation, Limit or Weight", ItemSettingRules::itemsWithGuarantees),
    NETWORK_PORT_PROFILE("Network/NetworkPortProfile(URI)", NetworkPortProfileRules::portProfiles),
    POPULATED_SIZE("Disk with ovf:populatedSize", PopulatedSizeRules::disksWithPopulatedSize);

    private final String label;
    private final Function<OvfDescriptor, List<Element>> find;

    DescriptorSubject(String label, Function<OvfDescriptor, List<Element>> find) {
        this.label = label;
        this.find = find;
    }

    /** The element kind(s) examined, as reports name them, e.g. {@code ProductSection/Property}. */
    public String label() {
        return label;
    }

    /** How many of this subject the descriptor holds; 0 means a rule on it has nothing to check there. */
    public int count(OvfDescriptor descriptor) {
        return find.apply(descriptor).size();
    }

    private static List<Element> withAttribute(OvfDescriptor d, List<Element> elements, String attribute) {
        return elements.stream().filter(e -> d.attr(e, attribute).isPresent()).toList();
    }

    private static List<Element> cimChildren(OvfDescriptor d, String localName) {
        return HardwareRules.allItems(d).stream().flatMap(item -> OvfDescriptor.cimChildren(item, localName).stream())
                .toList();
    }

    private static List<Element> sections(OvfDescriptor d) {
        List<Element> sections = new ArrayList<>(d.sectionsOf(d.envelope()));
        d.contents().forEach(content -> sections.addAll(d.sectionsOf(content)));
        return sections;
    }

    private static List<Element> elementsWithRequired(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        collectRequired(d, d.envelope(), found);
        return found;
    }

    private static void collectRequired(OvfDescriptor d, Element element, List<Element> found) {
        if (d.attr(element, "required").isPresent()) {
            found.add(element);
        }
        OvfDescriptor.children(element).forEach(child -> collectRequired(d, child, found));
    }
}
