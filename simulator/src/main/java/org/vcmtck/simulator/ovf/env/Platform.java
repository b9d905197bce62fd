package org.vcmtck.simulator.ovf.env;

import java.util.Objects;

/**
 * What the environment's PlatformSection says about the deploying platform (OVF-OENV-002). {@code timezone} is
 * the offset from UTC in minutes.
 */
public record Platform(String kind, String version, String vendor, String locale, int timezone) {
    public Platform {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(locale, "locale");
    }

    /** The reference simulator: its kit version when it runs from the jar, "1" otherwise. */
    public static Platform reference() {
        String version = Platform.class.getPackage().getImplementationVersion();
        return new Platform("VCM-TCK reference", version == null ? "1" : version, "VCM-TCK", "en_US", 0);
    }
}
