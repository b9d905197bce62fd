package org.vcmtck.simulator.model;

import java.util.List;

/**
 * Non-resource settings of a virtual system. {@code bootOrder} lists boot device names in order
 * (e.g. "disk", "cdrom", "network"); the model keeps them as given.
 */
public record SystemSettings(String description, String osType, List<String> bootOrder) {
    public static final SystemSettings DEFAULT = new SystemSettings("", "other", List.of("disk"));

    public SystemSettings {
        description = Checks.orDefault(description, "");
        if (description.length() > 4096) {
            throw ModelException.invalid("description", "must be at most 4096 characters");
        }
        osType = Checks.nonBlank("osType", Checks.orDefault(osType, "other"));
        bootOrder = Checks.list("bootOrder", bootOrder);
        for (int i = 0; i < bootOrder.size(); i++) {
            Checks.nonBlank("bootOrder[" + i + "]", bootOrder.get(i));
        }
    }
}
