package org.vcmtck.simulator.ovf.portability;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vendor-specific values the portability heuristics recognise, each mapped to the product family it ties a
 * package to. Kept as data so the classifier reads as rules; the list is deliberately short and documented in
 * {@link PortabilityClassifier}.
 */
final class VendorVocabulary {
    private VendorVocabulary() {
    }

    /** VirtualSystemType prefixes (lower case) and the family each names. */
    private static final Map<String, String> SYSTEM_TYPE_PREFIXES = Map.of(
            "vmx-", "VMware", "vmware", "VMware", "virtualbox", "VirtualBox", "xen", "Xen", "kvm", "KVM",
            "qemu", "KVM", "hyper-v", "Hyper-V", "hyperv", "Hyper-V", "ms-hyperv", "Hyper-V", "parallels",
            "Parallels");

    /** ResourceSubType values (lower case) that only one product's virtual hardware offers. */
    private static final Map<String, String> DEVICE_SUBTYPES = Map.ofEntries(
            Map.entry("virtuale1000", "VMware"), Map.entry("virtuale1000e", "VMware"),
            Map.entry("virtualpcnet32", "VMware"), Map.entry("virtualvmxnet", "VMware"),
            Map.entry("virtualvmxnet2", "VMware"), Map.entry("virtualvmxnet3", "VMware"),
            Map.entry("vmxnet", "VMware"), Map.entry("vmxnet2", "VMware"), Map.entry("vmxnet3", "VMware"),
            Map.entry("lsilogic", "VMware"), Map.entry("lsilogicsas", "VMware"), Map.entry("buslogic", "VMware"),
            Map.entry("virtualscsi", "VMware"), Map.entry("pvscsi", "VMware"),
            Map.entry("piix3", "VirtualBox"), Map.entry("piix4", "VirtualBox"), Map.entry("ich6", "VirtualBox"),
            Map.entry("netfront", "Xen"), Map.entry("blkfront", "Xen"));

    /** ResourceSubType prefixes (lower case) of one product's devices. */
    private static final Map<String, String> DEVICE_SUBTYPE_PREFIXES = Map.of(
            "vmware.", "VMware", "virtio", "KVM", "microsoft:hyper-v", "Hyper-V");

    /** The one transport DMTF defines (DSP0243 ISO image); any other transport is a product's own. */
    static final String STANDARD_TRANSPORT = "iso";

    /**
     * Property names of the CIM settings classes an Item may carry (RASD, SASD, EPASD). The descriptor model keeps
     * Item children by local name only, so a child outside this list is taken to be a vendor extension element.
     */
    static final Set<String> CIM_ITEM_PROPERTIES = Set.of("Address", "AddressOnParent", "AllocationUnits",
            "AutomaticAllocation", "AutomaticDeallocation", "Caption", "ChangeableType", "ConfigurationName",
            "Connection", "ConsumerVisibility", "Description", "ElementName", "Generation", "HostResource",
            "InstanceID", "Limit", "MappingBehavior", "OtherResourceType", "Parent", "PoolID", "Reservation",
            "ResourceSubType", "ResourceType", "VirtualQuantity", "VirtualQuantityUnits", "Weight",
            "Access", "HostExtentName", "HostExtentNameFormat", "HostExtentNameNamespace",
            "HostExtentStartingAddress", "HostResourceBlockSize", "OtherHostExtentNameFormat",
            "OtherHostExtentNameNamespace", "VirtualResourceBlockSize", "AllowedPriorities",
            "AllowedToReceiveMACAddresses", "AllowedToReceiveVLANs", "AllowedToTransmitMACAddresses",
            "AllowedToTransmitVLANs", "DefaultPortVID", "DefaultPriority", "DesiredVLANEndpointMode", "GroupID",
            "ManagerID", "NetworkPortProfileID", "NetworkPortProfileIDType", "OtherEndpointMode",
            "OtherNetworkPortProfileIDTypeInfo", "PortCorrelationID", "PortVID", "Promiscuous",
            "ReceiveBandwidthLimit", "ReceiveBandwidthReservation", "SourceMACFilteringEnabled", "VSITypeID",
            "VSITypeIDVersion", "VirtualQuantityUnit");

    /** The family a VirtualSystemType token ties a system to, or null for a token no product owns. */
    static String systemTypeFamily(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return SYSTEM_TYPE_PREFIXES.entrySet().stream().filter(e -> t.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The family whose virtual hardware alone offers this ResourceSubType, or null. */
    static String deviceFamily(String subtype) {
        String t = subtype.trim().toLowerCase(Locale.ROOT);
        String exact = DEVICE_SUBTYPES.get(t);
        if (exact != null) {
            return exact;
        }
        return DEVICE_SUBTYPE_PREFIXES.entrySet().stream().filter(e -> t.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Whether a namespace belongs to a vendor rather than to DMTF (OVF envelope, CIM schemas). */
    static boolean isVendorNamespace(String namespace) {
        return namespace != null && !namespace.isEmpty() && !namespace.startsWith("http://schemas.dmtf.org/");
    }
}
