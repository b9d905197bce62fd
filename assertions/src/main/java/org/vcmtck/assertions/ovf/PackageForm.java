package org.vcmtck.assertions.ovf;

/** How a package is published (§5): one TAR file, or loose files next to the descriptor. */
public enum PackageForm {
    OVA,
    DIRECTORY
}
