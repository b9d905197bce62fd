package org.vcmtck.simulator.ovf.descriptor;

import java.util.List;

/** A VirtualSystem; {@code operatingSystem} is null when it has no OperatingSystemSection. */
public record VirtualSystemEntity(String id, String info, String name, String annotation,
                                  OperatingSystem operatingSystem, List<HardwareSection> hardwareSections,
                                  List<ProductSection> productSections, List<String> eulas,
                                  List<UnknownSection> unknownSections) implements ContentEntity {
    public VirtualSystemEntity {
        hardwareSections = List.copyOf(hardwareSections);
        productSections = List.copyOf(productSections);
        eulas = List.copyOf(eulas);
        unknownSections = List.copyOf(unknownSections);
    }
}
