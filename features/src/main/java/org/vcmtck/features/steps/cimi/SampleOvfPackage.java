package org.vcmtck.features.steps.cimi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OVF package the suite offers a provider to import (CIMI-SYS-004): an OVF 2.0 descriptor of a
 * VirtualSystemCollection of {@link #SYSTEMS} VirtualSystems with CPU and memory only, so any consumer can
 * deploy it without disk images.
 */
final class SampleOvfPackage {
    static final int SYSTEMS = 2;
    static final int CPUS = 1;
    static final int MEMORY_MIB = 256;

    private SampleOvfPackage() {
    }

    /** Writes {@code <folder>/<name>.ovf} and returns its path. */
    static Path write(Path folder, String name) throws IOException {
        StringBuilder systems = new StringBuilder();
        for (int i = 1; i <= SYSTEMS; i++) {
            systems.append(virtualSystem(name + "-vm" + i));
        }
        String descriptor = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"
                    xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2"
                    xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
                    xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData">
                  <References/>
                  <VirtualSystemCollection ovf:id="%s">
                    <Info>imported by the VCM-TCK suite</Info>
                %s  </VirtualSystemCollection>
                </Envelope>
                """.formatted(name, systems);
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".ovf");
        Files.writeString(file, descriptor, StandardCharsets.UTF_8);
        return file;
    }

    private static String virtualSystem(String id) {
        return """
                    <VirtualSystem ovf:id="%s">
                      <Info>a VCM-TCK sample machine</Info>
                      <Name>%s</Name>
                      <VirtualHardwareSection>
                        <Info>1 CPU, %d MiB</Info>
                        <Item>
                          <rasd:ElementName>1 virtual CPU</rasd:ElementName>
                          <rasd:InstanceID>1</rasd:InstanceID>
                          <rasd:ResourceType>3</rasd:ResourceType>
                          <rasd:VirtualQuantity>%d</rasd:VirtualQuantity>
                        </Item>
                        <Item>
                          <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>
                          <rasd:ElementName>%d MB of memory</rasd:ElementName>
                          <rasd:InstanceID>2</rasd:InstanceID>
                          <rasd:ResourceType>4</rasd:ResourceType>
                          <rasd:VirtualQuantity>%d</rasd:VirtualQuantity>
                        </Item>
                      </VirtualHardwareSection>
                    </VirtualSystem>
                """.formatted(id, id, MEMORY_MIB, CPUS, MEMORY_MIB, MEMORY_MIB);
    }
}
