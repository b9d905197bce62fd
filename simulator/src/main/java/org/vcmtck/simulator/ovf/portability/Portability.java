package org.vcmtck.simulator.ovf.portability;

import java.util.List;

/**
 * A package's portability level in the sense of DSP2017 (OVF-EXT-008, informational): 1 = tied to one
 * virtualization product, CPU architecture or hardware choice; 2 = one family of virtual hardware; 3 = portable
 * across families. {@code reasons} name what in the descriptor led there, most limiting first.
 */
public record Portability(int level, List<String> reasons) {
    public static final String REQUIREMENT_ID = "OVF-EXT-008";

    public Portability {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("portability levels are 1, 2 and 3, not " + level);
        }
        reasons = List.copyOf(reasons);
    }
}
