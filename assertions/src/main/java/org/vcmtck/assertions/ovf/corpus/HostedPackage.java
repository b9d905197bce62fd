package org.vcmtck.assertions.ovf.corpus;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A corpus package whose Files live on a web server the suite runs itself: the package (a descriptor and manifest
 * in a folder) names them by absolute http URLs, so it is written for one server address (OVF-REF-006, REF-009).
 *
 * @param pkg         the package to hand the consumer
 * @param served      what the server must answer, by path below the base URL the package was written for
 * @param gzipEncoded the paths the server must send with {@code Content-Encoding: gzip} (the bytes in
 *                    {@code served} are the file itself; the server compresses them on the wire)
 */
public record HostedPackage(CorpusPackage pkg, Map<String, byte[]> served, Set<String> gzipEncoded) {

    public HostedPackage {
        Objects.requireNonNull(pkg, "pkg");
        served = Map.copyOf(served);
        gzipEncoded = Set.copyOf(gzipEncoded);
        if (!served.keySet().containsAll(gzipEncoded)) {
            throw new IllegalArgumentException("gzip-encoded paths " + gzipEncoded + " are not all served: "
                    + served.keySet());
        }
    }
}
