package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;

import java.util.Optional;

/** Finds the full representation a reference points to, for {@code $expand}. */
@FunctionalInterface
public interface HrefResolver {
    Optional<CimiDocument> resolve(String href);

    static HrefResolver none() {
        return href -> Optional.empty();
    }
}
