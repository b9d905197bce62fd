package org.vcmtck.assertions.ovf.corpus;

import java.util.Base64;

/**
 * The descriptor of the corpus package that uses the sections OVF 2 added to the envelope (DSP8023 2.0.1):
 * BootDeviceSection, ScaleOutSection, PlacementGroupSection with PlacementSection, SharedDiskSection and an
 * optional EncryptionSection. Kept apart from {@link Descriptors} because it declares namespaces (bootc, boots,
 * xenc) that no other corpus descriptor needs.
 */
final class Ovf2Descriptors {

    private Ovf2Descriptors() {
    }

    /** The id of the collection's prototype child that the ScaleOutSection replicates. */
    static final String PROTOTYPE = "ovf2-worker";

    /** The id of the placement group the two front systems belong to. */
    static final String GROUP = "ovf2-front-group";

    private static final String CIM_SCHEMA = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/";
    static final String BOOT_CONFIG_NAMESPACE = CIM_SCHEMA + "CIM_BootConfigSetting";
    static final String BOOT_SOURCE_NAMESPACE = CIM_SCHEMA + "CIM_BootSourceSetting";
    static final String XML_ENCRYPTION_NAMESPACE = "http://www.w3.org/2001/04/xmlenc#";

    /**
     * Boot from the CD-ROM first, then from the hard disk. The order of the boot source settings inside the boot
     * configuration is the boot order; StructuredBootString names the device kind and its index in the form the
     * CIM boot control profile uses.
     */
    static String bootDeviceSection() {
        return """
                    <BootDeviceSection xmlns:bootc="%s" xmlns:boots="%s">
                      <Info>Boot order: CD-ROM first, then the system disk</Info>
                      <bootc:CIM_BootConfigSetting>
                        <bootc:Caption>CD then disk</bootc:Caption>
                        <bootc:ElementName>Boot order of ovf2-front-1</bootc:ElementName>
                        <bootc:InstanceID>ovf2-front-1-boot</bootc:InstanceID>
                        <boots:CIM_BootSourceSetting>
                          <boots:Caption>CD-ROM</boots:Caption>
                          <boots:ElementName>First boot source: the CD-ROM</boots:ElementName>
                          <boots:InstanceID>ovf2-front-1-boot-cd</boots:InstanceID>
                          <boots:StructuredBootString>CIM:CD/DVD:1</boots:StructuredBootString>
                        </boots:CIM_BootSourceSetting>
                        <boots:CIM_BootSourceSetting>
                          <boots:Caption>Hard disk</boots:Caption>
                          <boots:ElementName>Second boot source: the system disk</boots:ElementName>
                          <boots:InstanceID>ovf2-front-1-boot-disk</boots:InstanceID>
                          <boots:StructuredBootString>CIM:Hard-Disk:1</boots:StructuredBootString>
                        </boots:CIM_BootSourceSetting>
                      </bootc:CIM_BootConfigSetting>
                    </BootDeviceSection>
              """.formatted(BOOT_CONFIG_NAMESPACE, BOOT_SOURCE_NAMESPACE);
    }

    /**
     * A wrapped key for nothing the deploy needs, marked optional: a consumer without keys may deploy the package
     * and only warn (OVF-EXT-004 for a section it cannot act on). The cipher value is placeholder bytes, so no
     * key can be recovered from the corpus.
     */
    static String encryptionSection() {
        String cipher = Base64.getEncoder().encodeToString(PlaceholderBytes.of("wrapped key", 32));
        return """
                  <EncryptionSection xmlns:xenc="%s" ovf:required="false">
                    <Info>A key wrapped for the vendor's support channel; no part needed to deploy is encrypted</Info>
                    <xenc:EncryptedKey>
                      <xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/>
                      <xenc:CipherData>
                        <xenc:CipherValue>%s</xenc:CipherValue>
                      </xenc:CipherData>
                      <xenc:CarriedKeyName>vcmtck-support-key</xenc:CarriedKeyName>
                    </xenc:EncryptedKey>
                  </EncryptionSection>
                """.formatted(XML_ENCRYPTION_NAMESPACE, cipher);
    }

    private static String placement() {
        return """
                    <PlacementSection ovf:required="false" ovf:group="%s">
                      <Info>Member of the availability group of the front systems</Info>
                    </PlacementSection>
              """.formatted(GROUP);
    }

    private static String emptyCdRom(String instanceId, String parent) {
        return """
                      <Item>
                        <rasd:AddressOnParent>0</rasd:AddressOnParent>
                        <rasd:ElementName>Empty CD-ROM drive</rasd:ElementName>
                        <rasd:InstanceID>%s</rasd:InstanceID>
                        <rasd:Parent>%s</rasd:Parent>
                        <rasd:ResourceType>15</rasd:ResourceType>
                      </Item>
                """.formatted(instanceId, parent);
    }

    /**
     * A collection of three systems. ovf2-front-1 and ovf2-front-2 are in an availability group (so on different
     * hosts) and both attach the shared data disk; ovf2-front-1 boots CD first; the worker is scaled out to two
     * copies. The shared disk is created empty, so the package holds no file but its descriptor and manifest.
     */
    static final String OVF2_SECTIONS = Descriptors.ENVELOPE_OPEN + """
              <References/>
              <DiskSection>
                <Info>Virtual disks of single systems</Info>
                <Disk ovf:diskId="front-system" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <SharedDiskSection>
                <Info>An empty data disk both front systems attach, read-write</Info>
                <SharedDisk ovf:diskId="shared-data" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30" ovf:readOnly="false"/>
              </SharedDiskSection>
              <PlacementGroupSection ovf:required="false" ovf:id="%s" ovf:policy="availability">
                <Info>The front systems run on different hosts where the platform has several (optional, so a one-host platform may still deploy)</Info>
                <Description>Front systems, one per host</Description>
              </PlacementGroupSection>
            """.formatted(GROUP) + encryptionSection() + """
              <VirtualSystemCollection ovf:id="ovf2-service">
                <Info>Two front systems sharing a content disk and a scaled-out worker</Info>
                <ScaleOutSection ovf:id="%s">
                  <Info>How many copies of the worker to deploy</Info>
                  <Description>Workers process requests of the front systems</Description>
                  <InstanceCount ovf:default="2" ovf:minimum="1" ovf:maximum="3"/>
                </ScaleOutSection>
                <VirtualSystem ovf:id="ovf2-front-1">
                  <Info>The first front system; boots from the CD-ROM, then from its disk</Info>
            """.formatted(PROTOTYPE) + placement() + bootDeviceSection() + """
                  <VirtualHardwareSection>
                    <Info>1 vCPU, 256 MB of memory, a system disk, the shared disk, an empty CD-ROM</Info>
            """ + Descriptors.cpuItem("1") + Descriptors.memoryItem("2", 256, "") + Descriptors.ideController("3", 0)
            + Descriptors.diskItem("4", "front-system", "3", 0) + Descriptors.diskItem("5", "shared-data", "3", 1)
            + Descriptors.ideController("6", 1) + emptyCdRom("7", "6") + """
                  </VirtualHardwareSection>
                </VirtualSystem>
                <VirtualSystem ovf:id="ovf2-front-2">
                  <Info>The second front system</Info>
            """ + placement() + """
                  <VirtualHardwareSection>
                    <Info>1 vCPU, 256 MB of memory, the shared disk</Info>
            """ + Descriptors.cpuItem("1") + Descriptors.memoryItem("2", 256, "") + Descriptors.ideController("3", 0)
            + Descriptors.diskItem("4", "shared-data", "3", 0) + """
                  </VirtualHardwareSection>
                </VirtualSystem>
                <VirtualSystem ovf:id="%s">
                  <Info>The worker prototype the ScaleOutSection replicates</Info>
                  <VirtualHardwareSection>
                    <Info>1 vCPU, 256 MB of memory</Info>
            """.formatted(PROTOTYPE) + Descriptors.cpuItem("1") + Descriptors.memoryItem("2", 256, "") + """
                  </VirtualHardwareSection>
                </VirtualSystem>
              </VirtualSystemCollection>
            </Envelope>
            """;
}
