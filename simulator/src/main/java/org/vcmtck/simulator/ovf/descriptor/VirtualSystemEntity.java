package org.vcmtck.simulator.ovf.descriptor;

import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.ArrayList;
import java.util.List;

/**
 * A VirtualSystem; {@code operatingSystem} is null when it has no OperatingSystemSection. {@code sectionElements}
 * are all its sections as parsed, document order, for what the records above do not model.
 */
public record VirtualSystemEntity(String id, String info, String name, String annotation,
                                  OperatingSystem operatingSystem, List<HardwareSection> hardwareSections,
                                  List<ProductSection> productSections, List<String> eulas,
                                  List<UnknownSection> unknownSections,
                                  List<XmlElement> sectionElements) implements ContentEntity {
    public VirtualSystemEntity {
        hardwareSections = List.copyOf(hardwareSections);
        productSections = List.copyOf(productSections);
        eulas = List.copyOf(eulas);
        unknownSections = List.copyOf(unknownSections);
        sectionElements = sectionElements == null ? List.of() : List.copyOf(sectionElements);
    }

    public VirtualSystemEntity(String id, String info, String name, String annotation,
                               OperatingSystem operatingSystem, List<HardwareSection> hardwareSections,
                               List<ProductSection> productSections, List<String> eulas,
                               List<UnknownSection> unknownSections) {
        this(id, info, name, annotation, operatingSystem, hardwareSections, productSections, eulas, unknownSections,
                List.of());
    }

    /**
     * The files of its EnvironmentFilesSections (OVF 2.x), document order, each with its section's ovf:transport
     * tokens.
     */
    public List<EnvironmentFile> environmentFiles() {
        List<EnvironmentFile> out = new ArrayList<>();
        for (XmlElement section : sections("EnvironmentFilesSection")) {
            String ns = section.namespace();
            List<String> transports = EnvironmentFile.transportTokens(section.attribute(ns, "transport"));
            for (XmlElement f : section.children(ns, "File")) {
                out.add(new EnvironmentFile(f.attribute(ns, "fileRef"), f.attribute(ns, "path"), transports));
            }
        }
        return out;
    }
}
