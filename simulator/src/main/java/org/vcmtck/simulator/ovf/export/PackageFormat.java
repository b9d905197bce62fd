package org.vcmtck.simulator.ovf.export;

/** How an exported package is stored. */
public enum PackageFormat {
    /** One USTAR archive {@code <name>.ova}. */
    OVA,
    /** Loose files {@code <name>.ovf} and {@code <name>.mf} in the output folder. */
    DIRECTORY
}
