package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;
import java.util.Map;

/**
 * One Item of a VirtualHardwareSection. The commonly used CIM properties have fields; {@code properties} keeps
 * every child element by local name (repeated ones joined in a list) so nothing the reader saw is lost.
 * {@code resourceType} and {@code virtualQuantity} are null when absent or not numeric.
 */
public record HardwareItem(ItemKind kind, String instanceId, Integer resourceType, String elementName,
                           Long virtualQuantity, String allocationUnits, String parent, String addressOnParent,
                           List<String> hostResources, List<String> connections, String address,
                           String resourceSubType, Boolean automaticAllocation, boolean required,
                           String configuration, String bound, Map<String, List<String>> properties) {
    public HardwareItem {
        hostResources = List.copyOf(hostResources);
        connections = List.copyOf(connections);
        properties = Map.copyOf(properties);
    }
}
