package org.vcmtck.simulator.wbem.cimxml;

/**
 * Bounds on what the reader accepts, so a hostile document costs little: element nesting depth, element count
 * and the length of one text or attribute value.
 */
public record XmlLimits(int maxDepth, int maxElements, int maxTextLength) {
    /** Generous for any real CIM-XML request (deepest are embedded instances inside references inside paths). */
    public static final XmlLimits DEFAULT = new XmlLimits(64, 500_000, 4 * 1024 * 1024);

    public XmlLimits {
        if (maxDepth < 1 || maxElements < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
    }
}
