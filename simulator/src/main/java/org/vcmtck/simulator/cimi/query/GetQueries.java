package org.vcmtck.simulator.cimi.query;

import org.vcmtck.simulator.cimi.CimiDocument;
import org.vcmtck.simulator.cimi.CimiException;

import java.util.List;
import java.util.Map;

/** The front end's one entry point: shapes the answer of a GET by its query parameters, or refuses them. */
public final class GetQueries {
    private GetQueries() {
    }

    /**
     * Applies the GET's CIMI query parameters to {@code doc}; {@code $expand} reads the referenced resources through
     * {@code resolver}. Refusals become {@link CimiException}s naming the parameter (400 for unknown or malformed
     * parameters).
     */
    public static CimiDocument apply(Map<String, List<String>> params, CimiDocument doc, HrefResolver resolver) {
        try {
            return ResourceQuery.parse(params).apply(doc, resolver);
        } catch (QueryException e) {
            throw new CimiException(e.status(), e.parameter(), e.getMessage());
        }
    }
}
