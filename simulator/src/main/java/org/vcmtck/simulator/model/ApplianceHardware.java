package org.vcmtck.simulator.model;

import java.util.List;
import java.util.Map;

/**
 * What a deployed package said about hardware and networks beyond what the model represents, kept so that an
 * export says it again. {@code items}: which Item of the package each allocation came from, keyed
 * {@code systemId/allocationId} (the Item's InstanceID and the quantity the allocation was given, so that an
 * export can tell a resized allocation from an untouched one); {@code networkSections}: the package's
 * NetworkSection as XML fragments in the appliance's OVF namespace (networks with their descriptions and port
 * profiles). The VirtualHardwareSections themselves are kept verbatim among the entity's sections.
 * Appliances recorded before hardware was kept have none of these ({@link #none()}).
 */
public record ApplianceHardware(Map<String, ItemNote> items, List<String> networkSections) {
    public ApplianceHardware {
        items = items == null ? Map.of() : Map.copyOf(items);
        networkSections = networkSections == null ? List.of() : List.copyOf(networkSections);
    }

    public static ApplianceHardware none() {
        return new ApplianceHardware(Map.of(), List.of());
    }

    /** The Item an allocation of a system came from, or null (an allocation added after the deploy). */
    public ItemNote itemOf(String systemId, String allocationId) {
        return items.get(systemId + "/" + allocationId);
    }

    /** The package Item (by InstanceID) an allocation was made from, and the quantity it was given then. */
    public record ItemNote(String instanceId, long quantity) {
        public ItemNote {
            Checks.nonBlank("instanceId", instanceId);
        }
    }
}
