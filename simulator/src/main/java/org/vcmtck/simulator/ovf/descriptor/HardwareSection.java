package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/**
 * A VirtualHardwareSection. {@code systemTypes} are the whitespace-separated tokens of vssd:VirtualSystemType;
 * {@code transports} the tokens of ovf:transport (space- or comma-separated, both are in use).
 */
public record HardwareSection(String id, List<String> transports, String systemElementName, String systemInstanceId,
                              String virtualSystemIdentifier, List<String> systemTypes, List<HardwareItem> items) {
    public HardwareSection {
        transports = List.copyOf(transports);
        systemTypes = List.copyOf(systemTypes);
        items = List.copyOf(items);
    }
}
