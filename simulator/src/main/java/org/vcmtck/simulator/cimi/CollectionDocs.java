package org.vcmtck.simulator.cimi;

import java.util.List;

/** The common shape of a top-level collection: id, count, the entries named after the collection, operations. */
final class CollectionDocs {
    private CollectionDocs() {
    }

    static CimiDocument of(UriSpace uris, String type, String name, List<CimiDocument> members,
                           List<Operation> ops) {
        return CimiDocument.collection(type)
                .put("id", uris.collection(name))
                .put("count", members.size())
                .put("entries", new Entries(name, members))
                .operations(ops)
                .build();
    }
}
