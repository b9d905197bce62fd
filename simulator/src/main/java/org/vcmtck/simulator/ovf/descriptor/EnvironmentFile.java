package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/**
 * An {@code EnvironmentFilesSection/File} (OVF-OENV-008): the References File {@code fileRef} is put on the
 * environment medium at the relative {@code path}. {@code transports} are the section's ovf:transport tokens;
 * empty means every transport may carry it.
 */
public record EnvironmentFile(String fileRef, String path, List<String> transports) {
    public EnvironmentFile {
        transports = transports == null ? List.of() : List.copyOf(transports);
    }

    /** A file whose section names no transport, so any transport may carry it. */
    public EnvironmentFile(String fileRef, String path) {
        this(fileRef, path, List.of());
    }

    /**
     * The tokens of an ovf:transport attribute; the attribute is a space-separated list, but commas are
     * tolerated because some producers write them.
     */
    public static List<String> transportTokens(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            return List.of();
        }
        return List.of(attribute.replace(',', ' ').trim().split("\\s+"));
    }

    /** Whether a medium of {@code transport} carries this file. */
    public boolean carriedBy(String transport) {
        return transports.isEmpty() || transports.contains(transport);
    }
}
