package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/**
 * A ProductSection {@code Property}. {@code value} is "" when absent, as the schema's default says;
 * {@code values} are its {@code Value} children (per-configuration overrides, OVF-PROD-013).
 */
public record ProductProperty(String key, String type, String value, boolean userConfigurable, boolean password,
                              String qualifiers, String label, String description, List<PropertyValue> values) {
    public ProductProperty {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public ProductProperty(String key, String type, String value, boolean userConfigurable, boolean password,
                           String qualifiers, String label, String description) {
        this(key, type, value, userConfigurable, password, qualifiers, label, description, List.of());
    }

    /** The default value when {@code configuration} is in effect: the last Value listing it, else ovf:value. */
    public String valueFor(String configuration) {
        String v = value;
        for (PropertyValue pv : values) {
            if (configuration != null && pv.appliesTo(configuration) && pv.value() != null) {
                v = pv.value();
            }
        }
        return v;
    }
}
