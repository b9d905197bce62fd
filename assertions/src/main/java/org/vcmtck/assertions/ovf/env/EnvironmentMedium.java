package org.vcmtck.assertions.ovf.env;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checker saw on an ISO environment medium, taken when it was read so the image can be closed.
 *
 * @param image       the image file
 * @param problem     why the image could not be read as ISO 9660, when it could not (then nothing else is known)
 * @param naming      the tree the names come from (Joliet when present)
 * @param paths       every file of that tree
 * @param fileDigests SHA-256 of the files found at the paths EnvironmentFilesSection names, by that path
 * @param rootHoldsEnvironment true when {@value #ENVIRONMENT_FILE} is in the root of that tree
 */
public record EnvironmentMedium(Path image, Optional<String> problem, Optional<IsoImage.Naming> naming,
                                List<String> paths, Map<String, String> fileDigests,
                                boolean rootHoldsEnvironment) {

    /** The name the environment document has in the root of the medium. */
    public static final String ENVIRONMENT_FILE = "ovf-env.xml";

    public EnvironmentMedium {
        paths = List.copyOf(paths);
        fileDigests = Map.copyOf(fileDigests);
    }

    public boolean readable() {
        return problem.isEmpty();
    }

    /** The files directly in the root, for messages. */
    public List<String> rootFiles() {
        return paths.stream().filter(p -> !p.contains("/")).toList();
    }
}
