package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One content entity of a deployed package. A VirtualSystem ({@code collection} false) became the systems
 * {@code systemIds}: one, or several when a ScaleOutSection replicated it. A VirtualSystemCollection has
 * {@code children} instead. {@code sections} are the entity's sections as XML fragments in document order.
 */
public record ApplianceEntity(String entityId, boolean collection, String name, List<String> systemIds,
                              List<String> sections, List<ApplianceEntity> children) {
    public ApplianceEntity {
        ModelState.requireArgument("entityId", entityId);
        systemIds = systemIds == null ? List.of() : List.copyOf(systemIds);
        sections = sections == null ? List.of() : List.copyOf(sections);
        children = children == null ? List.of() : List.copyOf(children);
        if (collection && !systemIds.isEmpty()) {
            throw ModelException.invalid("systemIds", "a collection entity has children, not systems");
        }
    }

    /** Every system id of this entity and its descendants, depth first. */
    List<String> allSystemIds() {
        List<String> out = new ArrayList<>(systemIds);
        for (ApplianceEntity c : children) {
            out.addAll(c.allSystemIds());
        }
        return out;
    }

    ApplianceEntity find(String systemId) {
        if (systemIds.contains(systemId)) {
            return this;
        }
        for (ApplianceEntity c : children) {
            ApplianceEntity found = c.find(systemId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
