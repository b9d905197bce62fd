package org.vcmtck.simulator.ovf.descriptor;

/**
 * A ProductSection {@code Property/Value}: the value that overrides the property's default for the listed
 * deployment configurations ({@code configuration}: space-separated ids; null or blank = every one).
 */
public record PropertyValue(String value, String configuration) {
    /** Whether this Value applies when {@code configurationId} is in effect. */
    public boolean appliesTo(String configurationId) {
        if (configuration == null || configuration.isBlank()) {
            return true;
        }
        for (String id : configuration.trim().split("\\s+")) {
            if (id.equals(configurationId)) {
                return true;
            }
        }
        return false;
    }
}
