package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/** The content of an envelope: a VirtualSystem or a VirtualSystemCollection. */
public sealed interface ContentEntity permits VirtualSystemEntity, VirtualSystemCollectionEntity {
    String id();

    String info();

    String name();

    List<ProductSection> productSections();

    /** License texts of the entity's EulaSections. */
    List<String> eulas();

    List<UnknownSection> unknownSections();
}
