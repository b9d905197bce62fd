package org.vcmtck.assertions.ovf.env;

import java.util.Optional;

/**
 * One property the environment must carry, with how its value was decided.
 *
 * @param key              the full identifier {@code [class.]key[.instance]} (OVF-PROD-004)
 * @param value            the value the environment must carry
 * @param source           which input decided the value
 * @param productClass     the ProductSection's ovf:class, "" when absent
 * @param bareKey          the Property's ovf:key
 * @param instance         the ProductSection's ovf:instance, "" when absent
 * @param userConfigurable the Property's ovf:userConfigurable
 * @param refusedOverride  a user value given for a property that is not user-configurable, which the deployer
 *                         must not apply (OVF-PROD-010)
 * @param location         the Property's location in the descriptor
 */
public record ExpectedProperty(String key, String value, Source source, String productClass, String bareKey,
                               String instance, boolean userConfigurable, Optional<String> refusedOverride,
                               String location) {

    /** Which input decided an expected value. */
    public enum Source {
        /** the Property's ovf:value (or "" without one) */
        DESCRIPTOR_DEFAULT,
        /** a Value child for the configuration in effect (OVF-PROD-013) */
        CONFIGURATION_VALUE,
        /** the user's value for a user-configurable property */
        USER
    }

    /** Why the value is expected, for messages. */
    public String provenance() {
        return switch (source) {
            case DESCRIPTOR_DEFAULT -> "descriptor default of " + location;
            case CONFIGURATION_VALUE -> "Value for the configuration in effect (OVF-PROD-013) at " + location;
            case USER -> "user value for user-configurable " + location;
        };
    }
}
