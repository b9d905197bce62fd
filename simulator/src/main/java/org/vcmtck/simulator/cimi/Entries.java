package org.vcmtck.simulator.cimi;

import java.util.List;

/**
 * The members of a collection: JSON array {@code jsonName} (e.g. "machines"), XML repeated elements named by
 * each member's type (e.g. {@code <Machine>}).
 */
public record Entries(String jsonName, List<CimiDocument> members) {
    public Entries {
        // lazily rendered members are already immutable; copying them would render every one
        members = members instanceof LazyMembers<?> ? members : List.copyOf(members);
    }
}
