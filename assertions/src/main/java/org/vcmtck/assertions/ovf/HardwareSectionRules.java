package org.vcmtck.assertions.ovf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Rules on VirtualHardwareSections as alternatives and environment carriers (§8.1), and on the OVF 2 item kinds.
 */
final class HardwareSectionRules {

    static final String EPASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";
    static final String SASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData";

    /** The allocation-settings properties Items carry (RASD, and the EPASD/SASD classes derived from it). */
    private static final Set<String> SETTINGS_PROPERTIES = Set.of("Address", "AddressOnParent", "AllocationUnits",
            "AutomaticAllocation", "AutomaticDeallocation", "Caption", "Connection", "ConsumerVisibility",
            "Description", "ElementName", "HostResource", "InstanceID", "Limit", "MappingBehavior",
            "OtherResourceType", "Parent", "PoolID", "Reservation", "ResourceSubType", "ResourceType",
            "VirtualQuantity", "VirtualQuantityUnits", "Weight");

    private HardwareSectionRules() {
    }

    /** VirtualSystems that offer more than one VirtualHardwareSection. */
    static List<Element> systemsWithAlternativeHardware(OvfDescriptor d) {
        return d.all("VirtualSystem").stream()
                .filter(system -> d.childrenOfKind(system, "VirtualHardwareSection").size() > 1).toList();
    }

    static List<Element> sectionsWithTransport(OvfDescriptor d) {
        return HardwareRules.hardwareSections(d).stream().filter(s -> d.attr(s, "transport").isPresent()).toList();
    }

    /** EthernetPortItems and StorageItems of an OVF 2 descriptor (OVF 1 defines neither). */
    static List<Element> ovf2PortAndStorageItems(OvfDescriptor d) {
        if (d.version() != OvfVersion.V2) {
            return List.of();
        }
        return HardwareRules.allItems(d).stream()
                .filter(item -> d.kind(item).equals("EthernetPortItem") || d.kind(item).equals("StorageItem"))
                .toList();
    }

    private static Optional<String> systemType(OvfDescriptor d, Element section) {
        return d.childrenOfKind(section, "System").stream().findFirst()
                .flatMap(system -> OvfDescriptor.cimChild(system, "VirtualSystemType")).map(OvfDescriptor::text)
                .filter(type -> !type.isEmpty());
    }

    /**
     * OVF-HW-002 (SHOULD): alternative hardware sections of one VirtualSystem are told apart by their
     * vssd:VirtualSystemType; a type token offered by two of them leaves the consumer no basis to choose.
     */
    static List<Violation> alternativesHaveDistinctTypes(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-002", d);
        for (Element system : systemsWithAlternativeHardware(d)) {
            Map<String, Element> firstWithToken = new HashMap<>();
            for (Element section : d.childrenOfKind(system, "VirtualHardwareSection")) {
                Optional<String> type = systemType(d, section);
                if (type.isEmpty()) {
                    f.at(section, "no System/vssd:VirtualSystemType in one of several hardware sections",
                            "a VirtualSystemType distinguishing each alternative hardware section");
                    continue;
                }
                for (String token : type.get().split("\\s+")) {
                    Element first = firstWithToken.putIfAbsent(token, section);
                    if (first != null && first != section) {
                        f.at(section, "VirtualSystemType \"" + token + "\" also offered by " + d.path(first),
                                "a distinct VirtualSystemType per alternative hardware section");
                    }
                }
            }
        }
        return f.list();
    }

    /**
     * OVF-HW-005: the transports of ovf:transport are non-empty tokens; OVF 2 separates them by spaces (the comma
     * form is what the OVF 1 schema documentation described, so OVF 1 descriptors may use either, but an empty
     * token between commas names nothing).
     */
    static List<Violation> transportTokens(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-005", d);
        for (Element section : sectionsWithTransport(d)) {
            String value = d.attr(section, "transport").orElse("");
            // the schema's default is "", so an empty list is allowed: it names no transport
            if (d.version() == OvfVersion.V2 && value.contains(",")) {
                f.at(section, "ovf:transport=\"" + value + "\" separated by commas",
                        "space-separated transport tokens in OVF 2, e.g. \"iso com.vmware.guestInfo\"");
            } else if (hasEmptyCommaToken(value)) {
                f.at(section, "ovf:transport=\"" + value + "\" with an empty token",
                        "non-empty transport tokens");
            }
        }
        return f.list();
    }

    private static boolean hasEmptyCommaToken(String value) {
        if (!value.contains(",")) {
            return false;
        }
        for (String token : value.split(",", -1)) {
            if (token.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** OVF-HW-023: in OVF 2, EthernetPortItem children are in the epasd namespace, StorageItem children in sasd. */
    static List<Violation> portAndStorageItemNamespaces(OvfDescriptor d) {
        Findings f = new Findings("OVF-HW-023", d);
        String cimSchema = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";
        for (Element item : ovf2PortAndStorageItems(d)) {
            boolean port = d.kind(item).equals("EthernetPortItem");
            String expected = port ? EPASD : SASD;
            String prefix = port ? "epasd" : "sasd";
            for (Element child : OvfDescriptor.children(item)) {
                String ns = child.getNamespaceURI();
                // the type admits other namespaces' extension elements; another CIM class's namespace, no
                // namespace, or a settings property (ElementName, ...) in a non-CIM namespace is a mistake
                boolean wrongCim = ns != null && ns.startsWith(cimSchema) && !ns.equals(expected);
                boolean misplacedProperty = !expected.equals(ns) && SETTINGS_PROPERTIES.contains(child.getLocalName());
                if (ns == null || wrongCim || misplacedProperty) {
                    f.at(child, child.getLocalName() + " in " + (ns == null ? "no namespace" : ns),
                            child.getLocalName() + " in the " + prefix + " namespace " + expected);
                }
            }
        }
        return f.list();
    }
}
