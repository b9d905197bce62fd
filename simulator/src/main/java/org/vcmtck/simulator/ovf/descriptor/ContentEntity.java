package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.xml.XmlElement;

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

    /** Every section of the entity as parsed (DMTF and unknown), document order; Info, Name and children excluded. */
    List<XmlElement> sectionElements();

    /**
     * The sections with this local name in the namespace of the entity's DMTF sections (any OVF version), document
     * order. Unknown sections in other namespaces never match.
     */
    default List<XmlElement> sections(String localName) {
        return sectionElements().stream()
                .filter(e -> e.localName().equals(localName) && e.namespace().startsWith("http://schemas.dmtf.org/ovf/envelope/"))
                .toList();
    }
}
