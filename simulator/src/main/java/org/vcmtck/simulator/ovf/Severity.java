package org.vcmtck.simulator.ovf;

/** How bad a finding is: an ERROR makes the package non-conformant, a WARNING does not. */
public enum Severity {
    ERROR,
    WARNING
}
