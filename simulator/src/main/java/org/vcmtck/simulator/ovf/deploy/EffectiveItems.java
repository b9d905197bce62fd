package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.descriptor.HardwareItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Items of a VirtualHardwareSection that apply to one configuration: Items whose ovf:configuration does not
 * list it are dropped (OVF-HW-017), range entries other than the normal one are dropped (OVF-HW-019), and
 * Items sharing an InstanceID are merged in document order, later children replacing earlier ones (OVF-HW-018).
 */
final class EffectiveItems {
    private EffectiveItems() {
    }

    static List<HardwareItem> select(String entityId, List<HardwareItem> items, String configuration,
                                     Set<String> declared) throws OvfDeployException {
        Map<String, HardwareItem> byInstance = new LinkedHashMap<>();
        checkRanges(entityId, items, configuration, declared);
        int anonymous = 0;
        for (HardwareItem item : items) {
            if (!applies(entityId, item, configuration, declared)) {
                continue;
            }
            if (item.bound() != null && !item.bound().isBlank() && !item.bound().trim().equals("normal")) {
                continue;
            }
            String key = item.instanceId() == null ? "\u0000" + anonymous++ : item.instanceId();
            byInstance.merge(key, item, EffectiveItems::merge);
        }
        return new ArrayList<>(byInstance.values());
    }

    /**
     * OVF-HW-019: the min, normal and max entries of one InstanceID (after configuration filtering) must be
     * ordered min <= normal <= max by VirtualQuantity; a bound other than the three is refused too.
     */
    private static void checkRanges(String entityId, List<HardwareItem> items, String configuration,
                                    Set<String> declared) throws OvfDeployException {
        Map<String, Map<String, Long>> bounds = new LinkedHashMap<>();
        for (HardwareItem item : items) {
            if (item.bound() == null || item.bound().isBlank() || !applies(entityId, item, configuration, declared)) {
                continue;
            }
            String bound = item.bound().trim();
            if (!Set.of("min", "max", "normal").contains(bound)) {
                throw OvfDeployException.refused("OVF-HW-019", "", "VirtualSystem '" + entityId + "': Item "
                        + item.instanceId() + " has ovf:bound '" + bound + "' (expected min, normal or max)");
            }
            if (item.virtualQuantity() != null) {
                bounds.computeIfAbsent(String.valueOf(item.instanceId()), k -> new HashMap<>())
                        .put(bound, item.virtualQuantity());
            }
        }
        for (Map.Entry<String, Map<String, Long>> e : bounds.entrySet()) {
            Long min = e.getValue().get("min");
            Long normal = e.getValue().get("normal");
            Long max = e.getValue().get("max");
            boolean ordered = (min == null || normal == null || min <= normal)
                    && (normal == null || max == null || normal <= max)
                    && (min == null || max == null || min <= max);
            if (!ordered) {
                throw OvfDeployException.refused("OVF-HW-019", "", "VirtualSystem '" + entityId + "': Item "
                        + e.getKey() + " has a range that is not min <= normal <= max (min " + min + ", normal "
                        + normal + ", max " + max + ")");
            }
        }
    }

    private static boolean applies(String entityId, HardwareItem item, String configuration, Set<String> declared)
            throws OvfDeployException {
        String listed = item.configuration();
        if (listed == null || listed.isBlank()) {
            return true;
        }
        boolean selected = false;
        for (String id : listed.trim().split("\\s+")) {
            if (!declared.contains(id)) {
                throw OvfDeployException.refused("OVF-HW-017", "", "VirtualSystem '" + entityId + "': Item "
                        + item.instanceId() + " names configuration '" + id
                        + "', which the DeploymentOptionSection does not declare (declared: " + declared + ")");
            }
            selected |= id.equals(configuration);
        }
        return selected;
    }

    private static HardwareItem merge(HardwareItem earlier, HardwareItem later) {
        Map<String, List<String>> properties = new HashMap<>(earlier.properties());
        properties.putAll(later.properties());
        return new HardwareItem(later.kind(), or(later.instanceId(), earlier.instanceId()),
                or(later.resourceType(), earlier.resourceType()), or(later.elementName(), earlier.elementName()),
                or(later.virtualQuantity(), earlier.virtualQuantity()),
                or(later.allocationUnits(), earlier.allocationUnits()), or(later.parent(), earlier.parent()),
                or(later.addressOnParent(), earlier.addressOnParent()),
                later.hostResources().isEmpty() ? earlier.hostResources() : later.hostResources(),
                later.connections().isEmpty() ? earlier.connections() : later.connections(),
                or(later.address(), earlier.address()), or(later.resourceSubType(), earlier.resourceSubType()),
                or(later.automaticAllocation(), earlier.automaticAllocation()), later.required(),
                later.configuration(), later.bound(), properties);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
