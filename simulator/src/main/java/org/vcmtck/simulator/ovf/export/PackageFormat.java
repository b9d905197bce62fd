package org.vcmtck.simulator.ovf.export;

/** How an exported package is stored. */
public enum PackageFormat {
    /** One USTAR archive {@code <name>.ova}. */
    OVA,
    /** Loose files {@code <name>.ovf}, {@code <name>.mf} (and {@code <name>.cert} when signed) in the output folder. */
    DIRECTORY
}
