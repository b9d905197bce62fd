package org.vcmtck.simulator.ovf.pkg;

/** What a package member is to the package. */
public enum MemberRole {
    DESCRIPTOR,
    MANIFEST,
    CERTIFICATE,
    /** A whole file of References. */
    FILE,
    /** One chunk of a chunked File (OVF-REF-012). */
    CHUNK,
    /** Not referenced by the descriptor. */
    OTHER
}
