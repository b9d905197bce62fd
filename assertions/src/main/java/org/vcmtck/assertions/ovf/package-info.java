/**
 * Assertions over OVF packages as produced by an implementation: {@link org.vcmtck.assertions.ovf.OvfPackageReader}
 * reads an OVA or a directory package from the raw bytes (tar headers, digests computed while streaming, the
 * descriptor parsed with DTDs and external entities disabled), and the rule classes check it against DSP0243.
 * Every violation names the requirement id of the catalogue that states the rule. Nothing here uses the
 * reference simulator: the checker reads the specification independently.
 */
package org.vcmtck.assertions.ovf;
