package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.model.Appliance;
import org.vcmtck.simulator.model.ApplianceEntity;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.List;

/**
 * One entity of the descriptor being written: a system (possibly standing for a deployed package's VirtualSystem)
 * or a collection (the datacenter's, or a deployed package's). {@code appliance}/{@code entity} are null for
 * what did not come from a package; {@code id} is the ovf:id written, {@code originalId} the package's.
 */
sealed interface ExportNode {
    String id();

    String originalId();

    Appliance appliance();

    ApplianceEntity entity();

    record SystemNode(String id, String originalId, VirtualSystem system, String name, Appliance appliance,
                      ApplianceEntity entity) implements ExportNode {
    }

    record CollectionNode(String id, String originalId, String name, Appliance appliance, ApplianceEntity entity,
                          List<ExportNode> children) implements ExportNode {
        public CollectionNode {
            children = List.copyOf(children);
        }
    }
}
