package org.vcmtck.assertions.ovf.env;

import java.util.List;
import java.util.Optional;

/**
 * A package file an EnvironmentFilesSection places on the environment medium (OVF-OENV-008).
 *
 * @param fileRef    the ovf:fileRef, naming a File of References
 * @param path       the ovf:path on the medium, relative to its root
 * @param href       the File's ovf:href (the package member), when the reference resolves
 * @param sha256     the member's SHA-256 as read from the package, when the member exists
 * @param transports the section's ovf:transport values; empty means every transport
 * @param location   the File element's location in the descriptor
 */
public record EnvironmentFile(String fileRef, String path, Optional<String> href, Optional<String> sha256,
                              List<String> transports, String location) {

    public EnvironmentFile {
        transports = List.copyOf(transports);
    }

    /** True when the section does not limit transports or lists this one. */
    public boolean carriedBy(String transport) {
        return transports.isEmpty() || transports.contains(transport);
    }
}
