package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/** A VirtualSystemCollection with its children (systems or nested collections) in document order. */
public record VirtualSystemCollectionEntity(String id, String info, String name, String annotation,
                                            List<StartupEntry> startup, List<ContentEntity> children,
                                            List<ProductSection> productSections, List<String> eulas,
                                            List<UnknownSection> unknownSections) implements ContentEntity {
    public VirtualSystemCollectionEntity {
        startup = List.copyOf(startup);
        children = List.copyOf(children);
        productSections = List.copyOf(productSections);
        eulas = List.copyOf(eulas);
        unknownSections = List.copyOf(unknownSections);
    }
}
