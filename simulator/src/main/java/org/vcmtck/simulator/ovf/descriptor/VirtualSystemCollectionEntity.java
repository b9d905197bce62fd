package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.List;

/**
 * A VirtualSystemCollection with its children (systems or nested collections) in document order.
 * {@code sectionElements} are all its sections as parsed, document order.
 */
public record VirtualSystemCollectionEntity(String id, String info, String name, String annotation,
                                            List<StartupEntry> startup, List<ContentEntity> children,
                                            List<ProductSection> productSections, List<String> eulas,
                                            List<UnknownSection> unknownSections,
                                            List<XmlElement> sectionElements) implements ContentEntity {
    public VirtualSystemCollectionEntity {
        startup = List.copyOf(startup);
        children = List.copyOf(children);
        productSections = List.copyOf(productSections);
        eulas = List.copyOf(eulas);
        unknownSections = List.copyOf(unknownSections);
        sectionElements = sectionElements == null ? List.of() : List.copyOf(sectionElements);
    }

    public VirtualSystemCollectionEntity(String id, String info, String name, String annotation,
                                         List<StartupEntry> startup, List<ContentEntity> children,
                                         List<ProductSection> productSections, List<String> eulas,
                                         List<UnknownSection> unknownSections) {
        this(id, info, name, annotation, startup, children, productSections, eulas, unknownSections, List.of());
    }
}
