package org.vcmtck.simulator.cimi;

import java.util.List;

/**
 * The members of a collection: JSON array {@code jsonName} (e.g. "machines"), XML repeated elements named by
 * each member's type (e.g. {@code <Machine>}).
 */
public record Entries(String jsonName, List<CimiDocument> members) {
    public Entries {
        members = List.copyOf(members);
    }
}
