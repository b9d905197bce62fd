package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/** A ProductSection; {@code className} and {@code instance} are "" when absent. */
public record ProductSection(String className, String instance, String product, String vendor, String version,
                             List<ProductProperty> properties) {
    public ProductSection {
        className = className == null ? "" : className;
        instance = instance == null ? "" : instance;
        properties = List.copyOf(properties);
    }
}
