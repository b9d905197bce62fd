package org.vcmtck.simulator.ovf.pkg;

import java.util.Map;

/**
 * One member of a package (tar member or file of a directory package) as stored: its byte length and the
 * digests computed while streaming it (lower-case hex). {@code fileId} is the References File it belongs to,
 * {@code chunkIndex} its chunk number or -1.
 */
public record PackageMember(String name, MemberRole role, long size, Map<DigestAlgorithm, String> digests,
                            String fileId, int chunkIndex) {
    public PackageMember {
        digests = Map.copyOf(digests);
    }
}
