package org.vcmtck.simulator.ovf.pkg;

/** How a package is stored (OVF-PKG-004, OVF-PKG-005). */
public enum PackageForm {
    DIRECTORY,
    OVA
}
