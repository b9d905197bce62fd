package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The descriptor rules, each with the catalogue id that states it. Rules that need the package (sizes, digests,
 * member order) are in {@link PackageRules}. Each rule names its {@link DescriptorSubject}, so a caller can tell a
 * descriptor that passed from one that held nothing the rule applies to.
 */
public enum DescriptorRule {
    ENVELOPE_NAMESPACE("OVF-ENV-001", DescriptorSubject.ENVELOPE,
            "root is Envelope in a DMTF envelope namespace", EnvelopeRules::envelopeNamespace),
    REFERENCES_FIRST("OVF-REF-001", DescriptorSubject.ENVELOPE,
            "one References, first in Envelope", EnvelopeRules::referencesFirst),
    FILE_ATTRIBUTES("OVF-REF-002", DescriptorSubject.FILE,
            "File has ovf:id, ovf:href, valid ovf:size/chunkSize", ReferenceRules::fileAttributes),
    UNIQUE_FILE_IDS("OVF-REF-003", DescriptorSubject.FILE,
            "File ids unique", ReferenceRules::uniqueFileIds),
    NO_DUPLICATE_HREFS("OVF-REF-005", DescriptorSubject.FILE,
            "no two Files with the same href", ReferenceRules::noDuplicateHrefs),
    COMPRESSION_VALUES("OVF-REF-007", DescriptorSubject.COMPRESSION_ATTRIBUTE,
            "ovf:compression is gzip or identity", ReferenceRules::compressionValues),
    ENVELOPE_CHILD_ORDER("OVF-ENV-002", DescriptorSubject.ENVELOPE,
            "References, sections, one content, Strings", EnvelopeRules::envelopeChildOrder),
    ENVELOPE_LANGUAGE("OVF-ENV-003", DescriptorSubject.ENVELOPE_LANGUAGE,
            "Envelope/@xml:lang is a BCP 47 language tag", LocaleRules::envelopeLanguage),
    CONTENT_ID_AND_INFO("OVF-ENV-004", DescriptorSubject.CONTENT,
            "content entities have ovf:id and Info", EnvelopeRules::contentIdAndInfo),
    SIBLING_CONTENT_IDS("OVF-ENV-005", DescriptorSubject.COLLECTION,
            "children of a collection have distinct ids",
            EnvelopeRules::siblingContentIdsDistinct),
    CONTENT_IDS_UNIQUE("OVF-ENV-006", DescriptorSubject.CONTENT,
            "content ids unique in the descriptor",
            EnvelopeRules::contentIdsUniqueInDescriptor),
    NO_ABSTRACT_CONTENT("OVF-ENV-007", DescriptorSubject.ENVELOPE,
            "no <Content> element", EnvelopeRules::noAbstractContentElement),
    SECTIONS_START_WITH_INFO("OVF-ENV-008", DescriptorSubject.SECTION,
            "every section starts with Info", EnvelopeRules::sectionsStartWithInfo),
    SECTION_PLACEMENT("OVF-ENV-009", DescriptorSubject.SECTION,
            "sections where the §9 table allows them", EnvelopeRules::sectionPlacement),
    REQUIRED_IS_BOOLEAN("OVF-EXT-002", DescriptorSubject.REQUIRED_ATTRIBUTE,
            "ovf:required is a boolean", EnvelopeRules::requiredIsBoolean),
    CUSTOM_SECTIONS_IN_OWN_NAMESPACE("OVF-EXT-001", DescriptorSubject.SECTION,
            "sections in the envelope namespace are DSP8023 sections",
            ExtensionRules::sectionsInEnvelopeNamespaceAreDefined),
    VIRTUAL_SYSTEM_HAS_HARDWARE("OVF-HW-001", DescriptorSubject.VIRTUAL_SYSTEM,
            "each VirtualSystem has hardware",
            HardwareRules::virtualSystemHasHardware),
    ALTERNATIVE_HARDWARE_TYPES("OVF-HW-002", DescriptorSubject.ALTERNATIVE_HARDWARE,
            "alternative hardware sections have distinct VirtualSystemTypes",
            HardwareSectionRules::alternativesHaveDistinctTypes),
    HARDWARE_CHILD_ORDER("OVF-HW-003", DescriptorSubject.HARDWARE_SECTION,
            "System, Items, EthernetPortItems, StorageItems",
            HardwareRules::hardwareChildOrder),
    TRANSPORT_TOKENS("OVF-HW-005", DescriptorSubject.HARDWARE_TRANSPORT,
            "ovf:transport lists non-empty tokens, space-separated in 2.x", HardwareSectionRules::transportTokens),
    ITEM_REQUIRED_ELEMENTS("OVF-HW-006", DescriptorSubject.ITEM,
            "Items have ElementName, InstanceID, ResourceType",
            HardwareRules::itemRequiredElements),
    ITEM_CHILD_ORDER("OVF-HW-007", DescriptorSubject.ITEM,
            "Item children in CIM schema order", HardwareRules::itemChildOrder),
    UNIQUE_INSTANCE_IDS("OVF-HW-008", DescriptorSubject.ITEM,
            "InstanceIDs unique per section", HardwareRules::uniqueInstanceIds),
    PARENT_REFERENCES("OVF-HW-009", DescriptorSubject.ITEM_PARENT,
            "Parent names an Item of the section", HardwareRules::parentReferences),
    CONTROLLER_ADDRESSES("OVF-HW-010", DescriptorSubject.CONTROLLER_ADDRESS,
            "IDE addresses 0..1, SCSI addresses 0..15", HardwareRules::controllerAddressRanges),
    DISK_HOST_RESOURCES("OVF-HW-011", DescriptorSubject.DISK_HOST_RESOURCE,
            "ovf:/disk/<id> names a Disk", HardwareRules::diskHostResources),
    FILE_HOST_RESOURCES("OVF-HW-012", DescriptorSubject.FILE_HOST_RESOURCE,
            "ovf:/file/<id> names a File", HardwareRules::fileHostResources),
    ETHERNET_CONNECTIONS("OVF-HW-014", DescriptorSubject.ETHERNET_CONNECTION,
            "Connection names a Network", HardwareRules::ethernetConnections),
    ALLOCATION_UNITS("OVF-HW-016", DescriptorSubject.ALLOCATION_UNITS,
            "AllocationUnits are programmatic units", HardwareRules::allocationUnits),
    CONFIGURATION_IDS("OVF-HW-017", DescriptorSubject.CONFIGURATION_ITEM,
            "Item configurations are declared", HardwareRules::configurationIdsDeclared),
    RESOURCE_TYPES("OVF-HW-020", DescriptorSubject.ITEM,
            "ResourceType is a RASD or vendor code", HardwareRules::resourceTypeCodes),
    NO_TYPE_35_SOUND("OVF-HW-021", DescriptorSubject.RESOURCE_TYPE_35,
            "ResourceType 35 is not used for a sound card", HardwareRules::resourceType35IsNotSound),
    PORT_AND_STORAGE_NAMESPACES("OVF-HW-023", DescriptorSubject.PORT_OR_STORAGE_ITEM,
            "EthernetPortItem children in epasd, StorageItem children in sasd",
            HardwareSectionRules::portAndStorageItemNamespaces),
    DISK_REQUIRED_ATTRIBUTES("OVF-DISK-001", DescriptorSubject.DISK,
            "Disk has diskId and capacity", DiskAndNetworkRules::diskRequiredAttributes),
    UNIQUE_DISK_IDS("OVF-DISK-002", DescriptorSubject.DISK,
            "diskIds unique", DiskAndNetworkRules::uniqueDiskIds),
    DISK_CAPACITY("OVF-DISK-003", DescriptorSubject.DISK,
            "capacity is a long or ${key}", DiskAndNetworkRules::capacityValues),
    DISK_CAPACITY_UNITS("OVF-DISK-004", DescriptorSubject.DISK_CAPACITY_UNITS,
            "capacity units are byte-based", DiskAndNetworkRules::capacityUnits),
    DISK_FILE_REFS("OVF-DISK-005", DescriptorSubject.DISK_FILE_REF,
            "Disk fileRef names a File", DiskAndNetworkRules::diskFileRefs),
    DISK_FORMATS("OVF-DISK-006", DescriptorSubject.DISK_FORMAT,
            "ovf:format is an absolute URI", DiskAndNetworkRules::diskFormats),
    DISK_PARENT_REFS("OVF-DISK-008", DescriptorSubject.DISK_PARENT_REF,
            "Disk parentRef names a Disk", DiskAndNetworkRules::diskParentRefs),
    SHARED_DISKS("OVF-DISK-009", DescriptorSubject.SHARED_DISK,
            "SharedDisk has diskId and capacity, boolean readOnly", DiskAndNetworkRules::sharedDiskAttributes),
    NETWORK_NAMES("OVF-NET-001", DescriptorSubject.NETWORK,
            "Network has ovf:name", DiskAndNetworkRules::networkNames),
    UNIQUE_NETWORK_NAMES("OVF-NET-002", DescriptorSubject.NETWORK,
            "Network names unique", DiskAndNetworkRules::uniqueNetworkNames),
    ICON_FILE_REFS("OVF-PROD-002", DescriptorSubject.ICON,
            "Icon fileRef names a File", ProductRules::iconFileRefs),
    UNIQUE_PRODUCT_CLASS_INSTANCE("OVF-PROD-003", DescriptorSubject.PRODUCT_SECTION,
            "(class, instance) unique per entity",
            ProductRules::uniqueClassInstance),
    PROPERTY_KEY_AND_TYPE("OVF-PROD-005", DescriptorSubject.PROPERTY,
            "Property has key and type", ProductRules::propertyKeyAndType),
    UNIQUE_PROPERTY_KEYS("OVF-PROD-006", DescriptorSubject.PROPERTY,
            "Property keys unique per section", ProductRules::uniquePropertyKeys),
    PROPERTY_TYPES("OVF-PROD-007", DescriptorSubject.PROPERTY,
            "Property type is a CIM intrinsic type", ProductRules::propertyTypes),
    PROPERTY_QUALIFIERS("OVF-PROD-008", DescriptorSubject.PROPERTY_QUALIFIERS,
            "qualifiers are CIM-style", ProductRules::propertyQualifiers),
    PROPERTY_VALUES("OVF-PROD-009", DescriptorSubject.PROPERTY,
            "values valid for their type", ProductRules::propertyValues),
    VALUE_OVERRIDES("OVF-PROD-013", DescriptorSubject.PROPERTY_VALUE,
            "Value has ovf:value", ProductRules::valueOverrides),
    SUBSTITUTION_ONLY_IN_CAPACITY("OVF-PROD-015", DescriptorSubject.OVF1_ENVELOPE,
            "${...} only in Disk/@ovf:capacity (1.x)", ProductRules::substitutionOnlyInDiskCapacity),
    ONE_ANNOTATION("OVF-SEC-001", DescriptorSubject.ANNOTATION_SECTION,
            "AnnotationSection has one Annotation", SectionRules::oneAnnotation),
    ONE_LICENSE("OVF-SEC-002", DescriptorSubject.EULA_SECTION,
            "EulaSection has one License", SectionRules::oneLicense),
    RESOURCE_ALLOCATION_PLACEMENT("OVF-SEC-004", DescriptorSubject.ENVELOPE,
            "ResourceAllocationSection only in a collection, holding Items",
            SectionRules::resourceAllocationInCollections),
    STARTUP_ITEMS("OVF-SEC-005", DescriptorSubject.STARTUP_ITEM,
            "StartupSection Items name children and carry order", SectionRules::startupItems),
    STARTUP_ITEM_ATTRIBUTES("OVF-SEC-007", DescriptorSubject.STARTUP_ITEM,
            "start/stop actions, delays and waitingForGuest well-typed", SectionRules::startupItemAttributes),
    CONFIGURATIONS("OVF-SEC-008", DescriptorSubject.CONFIGURATION,
            "Configuration has id (and 2.x Label, Description)", SectionRules::configurations),
    OPERATING_SYSTEM_IDS("OVF-SEC-011", DescriptorSubject.OPERATING_SYSTEM_SECTION,
            "OperatingSystemSection id is an OSType", SectionRules::operatingSystemIds),
    INSTALL_SECTIONS("OVF-SEC-012", DescriptorSubject.INSTALL_SECTION,
            "InstallSection in a VirtualSystem, non-negative initialBootStopDelay", SectionRules::installSections),
    MSGID_PLACEMENT("OVF-I18N-001", DescriptorSubject.MSGID,
            "ovf:msgid only on localizable elements", LocaleRules::msgidOnLocalizableElements),
    STRING_BUNDLES("OVF-I18N-002", DescriptorSubject.STRINGS,
            "Strings have xml:lang, Msg have msgid", EnvelopeRules::stringBundles),
    EXTERNAL_BUNDLES("OVF-I18N-003", DescriptorSubject.EXTERNAL_STRINGS,
            "Strings fileRef names a File", EnvelopeRules::externalBundlesResolvable),
    BOOT_DEVICE_SECTIONS("OVF-V2-001", DescriptorSubject.BOOT_DEVICE_SECTION,
            "BootDeviceSection holds one bootc:CIM_BootConfigSetting", Ovf2SectionRules::bootDeviceSections),
    SCALE_OUT_SECTIONS("OVF-V2-002", DescriptorSubject.SCALE_OUT_SECTION,
            "ScaleOutSection names a child; InstanceCount min <= default <= max", Ovf2SectionRules::scaleOutSections),
    PLACEMENT_GROUPS("OVF-V2-003", DescriptorSubject.PLACEMENT_SECTION,
            "placement groups have id and policy; placements name a group", Ovf2SectionRules::placementGroups),
    ENCRYPTION_SECTIONS("OVF-V2-004", DescriptorSubject.ENCRYPTION_SECTION,
            "EncryptionSection lists DerivedKey/EncryptedKey entries", Ovf2SectionRules::encryptionSections),
    PRODUCT_CHILD_ORDER("OVF-PROD-001", DescriptorSubject.PRODUCT_SECTION,
            "ProductSection head in schema order, then Category/Property", ProductLayoutRules::childOrder),
    CATEGORIES("OVF-PROD-014", DescriptorSubject.CATEGORY,
            "Category has a label and heads Properties", ProductLayoutRules::categoriesLabelProperties),
    SYSTEM_TYPE_TOKENS("OVF-HW-004", DescriptorSubject.SYSTEM_TYPE,
            "VirtualSystemType is whitespace-separated type strings", ItemSettingRules::systemTypeTokens),
    RESOURCE_SUB_TYPES("OVF-HW-015", DescriptorSubject.RESOURCE_SUB_TYPE,
            "ResourceSubType names device models", ItemSettingRules::resourceSubTypeNames),
    RESOURCE_GUARANTEES("OVF-HW-022", DescriptorSubject.RESOURCE_GUARANTEE,
            "Reservation/Limit/Weight are integers, Reservation <= Limit", ItemSettingRules::guaranteesAreConsistent),
    NETWORK_PORT_PROFILES("OVF-NET-004", DescriptorSubject.NETWORK_PORT_PROFILE,
            "NetworkPortProfile holds epasd Items; profile URI absolute",
            NetworkPortProfileRules::portProfilesAreWellFormed),
    POPULATED_SIZES("OVF-DISK-007", DescriptorSubject.POPULATED_SIZE,
            "populatedSize is a byte count within the capacity", PopulatedSizeRules::populatedSizes);

    private final String requirementId;
    private final DescriptorSubject subject;
    private final String summary;
    private final Function<OvfDescriptor, List<Violation>> check;

    DescriptorRule(String requirementId, DescriptorSubject subject, String summary,
                   Function<OvfDescriptor, List<Violation>> check) {
        this.requirementId = requirementId;
        this.subject = subject;
        this.summary = summary;
        this.check = check;
    }

    public String requirementId() {
        return requirementId;
    }

    public String summary() {
        return summary;
    }

    /** What the rule examines; {@link DescriptorSubject#ENVELOPE} for rules on the envelope as a whole. */
    public DescriptorSubject subject() {
        return subject;
    }

    /** How many subjects of this rule the descriptor holds: 0 means the rule has nothing to check there. */
    public int subjectCount(OvfDescriptor descriptor) {
        return subject.count(descriptor);
    }

    public List<Violation> check(OvfDescriptor descriptor) {
        return check.apply(descriptor);
    }

    /** The violations of every listed rule, in rule order. */
    public static List<Violation> checkAll(OvfDescriptor descriptor, List<DescriptorRule> rules) {
        List<Violation> violations = new ArrayList<>();
        rules.forEach(rule -> violations.addAll(rule.check(descriptor)));
        return violations;
    }

    public static List<DescriptorRule> all() {
        return Arrays.asList(values());
    }

    /** The rules stating one requirement id. */
    public static List<DescriptorRule> forRequirement(String requirementId) {
        return Arrays.stream(values()).filter(r -> r.requirementId.equals(requirementId)).toList();
    }
}
