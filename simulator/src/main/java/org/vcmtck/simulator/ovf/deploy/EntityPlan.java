package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.descriptor.ContentEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * The deploy plan's view of one content entity: the indexes (into the list of system plans) of the systems a
 * VirtualSystem becomes (several for a scale-out prototype), or the child entities of a collection.
 */
record EntityPlan(ContentEntity entity, List<Integer> planIndexes, List<EntityPlan> children) {
    EntityPlan {
        planIndexes = List.copyOf(planIndexes);
        children = List.copyOf(children);
    }

    /** Plan indexes of this entity and all its descendants. */
    List<Integer> allPlanIndexes() {
        List<Integer> out = new ArrayList<>(planIndexes);
        for (EntityPlan c : children) {
            out.addAll(c.allPlanIndexes());
        }
        return out;
    }
}
