package org.vcmtck.assertions.ovf.corpus;

/**
 * The descriptor of the "hardware-variety" package: the optional descriptor content the other packages leave out,
 * so that a producer that deploys and exports it again has something for each of those rules to judge. Written
 * for this corpus; every value is small enough to deploy anywhere.
 */
final class VarietyDescriptors {

    private VarietyDescriptors() {
    }

    static final String EPASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";
    static final String SASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData";

    /** One vCPU with a guarantee, a cap and a share weight, in megahertz (OVF-HW-022). */
    private static final String GUARANTEED_CPU = """
                      <Item>
                        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>
                        <rasd:ElementName>1 virtual CPU, 500 MHz reserved, 2000 MHz at most</rasd:ElementName>
                        <rasd:InstanceID>1</rasd:InstanceID>
                        <rasd:Limit>2000</rasd:Limit>
                        <rasd:Reservation>500</rasd:Reservation>
                        <rasd:ResourceType>3</rasd:ResourceType>
                        <rasd:VirtualQuantity>1</rasd:VirtualQuantity>
                        <rasd:Weight>1000</rasd:Weight>
                      </Item>
            """;

    /** The deployed hardware: a SATA (AHCI) controller, an E1000 NIC, OVF 2 port and storage items, a sound card. */
    private static final String FIRST_HARDWARE = """
                <VirtualHardwareSection>
                  <Info>The reference platform: 1 vCPU, 256 MB, SATA disks, two NICs, an optional sound card</Info>
                  <System>
                    <vssd:ElementName>Virtual hardware family</vssd:ElementName>
                    <vssd:InstanceID>0</vssd:InstanceID>
                    <vssd:VirtualSystemIdentifier>corpus-variety</vssd:VirtualSystemIdentifier>
                    <vssd:VirtualSystemType>vcmtck-sim-1 vcmtck-sim-2</vssd:VirtualSystemType>
                  </System>
            """ + GUARANTEED_CPU + Descriptors.memoryItem("2", 256, "") + """
                  <Item>
                    <rasd:Address>0</rasd:Address>
                    <rasd:ElementName>SATA controller</rasd:ElementName>
                    <rasd:InstanceID>3</rasd:InstanceID>
                    <rasd:ResourceSubType>AHCI</rasd:ResourceSubType>
                    <rasd:ResourceType>20</rasd:ResourceType>
                  </Item>
                  <Item>
                    <rasd:AddressOnParent>0</rasd:AddressOnParent>
                    <rasd:ElementName>Delta disk over the base image</rasd:ElementName>
                    <rasd:HostResource>ovf:/disk/delta</rasd:HostResource>
                    <rasd:InstanceID>4</rasd:InstanceID>
                    <rasd:Parent>3</rasd:Parent>
                    <rasd:ResourceType>17</rasd:ResourceType>
                  </Item>
                  <Item>
                    <rasd:AutomaticAllocation>true</rasd:AutomaticAllocation>
                    <rasd:Connection>front</rasd:Connection>
                    <rasd:ElementName>E1000 adapter on the front network</rasd:ElementName>
                    <rasd:InstanceID>5</rasd:InstanceID>
                    <rasd:ResourceSubType>E1000</rasd:ResourceSubType>
                    <rasd:ResourceType>10</rasd:ResourceType>
                  </Item>
                  <Item ovf:required="false">
                    <rasd:ElementName>Sound card</rasd:ElementName>
                    <rasd:InstanceID>6</rasd:InstanceID>
                    <rasd:OtherResourceType>Sound card</rasd:OtherResourceType>
                    <rasd:ResourceSubType>ensoniq1371</rasd:ResourceSubType>
                    <rasd:ResourceType>32768</rasd:ResourceType>
                  </Item>
                  <EthernetPortItem xmlns:epasd="%1$s">
                    <epasd:AutomaticAllocation>true</epasd:AutomaticAllocation>
                    <epasd:Connection>back</epasd:Connection>
                    <epasd:ElementName>Port on the back network</epasd:ElementName>
                    <epasd:InstanceID>7</epasd:InstanceID>
                    <epasd:ResourceSubType>VmxNet3</epasd:ResourceSubType>
                    <epasd:ResourceType>10</epasd:ResourceType>
                  </EthernetPortItem>
                  <StorageItem xmlns:sasd="%2$s">
                    <sasd:AddressOnParent>1</sasd:AddressOnParent>
                    <sasd:ElementName>Scratch disk</sasd:ElementName>
                    <sasd:HostResource>ovf:/disk/scratch</sasd:HostResource>
                    <sasd:InstanceID>8</sasd:InstanceID>
                    <sasd:Parent>3</sasd:Parent>
                    <sasd:ResourceType>17</sasd:ResourceType>
                  </StorageItem>
                </VirtualHardwareSection>
            """.formatted(EPASD, SASD);

    /** An alternative for another platform family (OVF-HW-002): same shape on IDE, told apart by its type. */
    private static final String SECOND_HARDWARE = """
                <VirtualHardwareSection>
                  <Info>Another platform family: 1 vCPU, 256 MB, an IDE disk</Info>
                  <System>
                    <vssd:ElementName>Virtual hardware family</vssd:ElementName>
                    <vssd:InstanceID>0</vssd:InstanceID>
                    <vssd:VirtualSystemIdentifier>corpus-variety</vssd:VirtualSystemIdentifier>
                    <vssd:VirtualSystemType>vcmtck-other-1</vssd:VirtualSystemType>
                  </System>
            """ + Descriptors.cpuItem("1") + Descriptors.memoryItem("2", 256, "") + Descriptors.ideController("3", 0)
            + Descriptors.diskItem("4", "delta", "3", 0) + """
                </VirtualHardwareSection>
            """;

    static final String HARDWARE_VARIETY = Descriptors.ENVELOPE_OPEN + """
              <References>
                <File ovf:id="strings-it" ovf:href="variety-it.xml" ovf:size="{{size:variety-it.xml}}"/>
                <File ovf:id="base-image" ovf:href="base.img" ovf:size="{{size:base.img}}"/>
                <File ovf:id="delta-image" ovf:href="delta.img" ovf:size="{{size:delta.img}}"/>
                <File ovf:id="icon" ovf:href="icon.png" ovf:size="{{size:icon.png}}"/>
                <File ovf:id="notice-es" ovf:href="notice-es.txt" ovf:size="{{size:notice-es.txt}}"/>
              </References>
              <DiskSection>
                <Info>A base image, a delta disk over it (parent first) and an empty scratch disk</Info>
                <Disk ovf:diskId="base" ovf:fileRef="base-image" ovf:format="https://vcmtck.invalid/disk-formats/raw" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30" ovf:populatedSize="1024"/>
                <Disk ovf:diskId="delta" ovf:fileRef="delta-image" ovf:format="https://vcmtck.invalid/disk-formats/raw" ovf:parentRef="base" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30" ovf:populatedSize="512"/>
                <Disk ovf:diskId="scratch" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <NetworkSection>
                <Info>Two logical networks, one with a port profile</Info>
                <Network ovf:name="front">
                  <Description>Client traffic</Description>
                  <NetworkPortProfile>
                    <Item xmlns:epasd="%1$s">
                      <epasd:ElementName>Front port profile, 100 Mbit/s at most</epasd:ElementName>
                      <epasd:InstanceID>front-profile</epasd:InstanceID>
                      <epasd:ReceiveBandwidthLimit>100</epasd:ReceiveBandwidthLimit>
                    </Item>
                  </NetworkPortProfile>
                </Network>
                <Network ovf:name="back">
                  <Description>Replication traffic</Description>
                </Network>
              </NetworkSection>
              <VirtualSystem ovf:id="corpus-variety">
                <Info>A system with alternative hardware, device subtypes, guarantees and OVF 2 items</Info>
                <ProductSection>
                  <Info>The product, every detail in schema order</Info>
                  <Product>Corpus Variety</Product>
                  <Vendor>VCM-TCK</Vendor>
                  <Version>2.0</Version>
                  <FullVersion>2.0.0</FullVersion>
                  <ProductUrl>https://vcmtck.invalid/variety</ProductUrl>
                  <VendorUrl>https://vcmtck.invalid/</VendorUrl>
                  <Icon ovf:height="16" ovf:width="16" ovf:mimeType="image/png" ovf:fileRef="icon"/>
                  <Category>General</Category>
                  <Property ovf:key="greeting" ovf:type="string" ovf:userConfigurable="true" ovf:value="hello">
                    <Label>Greeting</Label>
                  </Property>
                </ProductSection>
                <EulaSection>
                  <Info>Licence agreement</Info>
                  <License ovf:msgid="license">For conformance testing only.</License>
                </EulaSection>
            """.formatted(EPASD) + FIRST_HARDWARE + SECOND_HARDWARE + """
              </VirtualSystem>
              <Strings xml:lang="es-ES">
                <Msg ovf:msgid="license" ovf:fileRef="notice-es"/>
              </Strings>
              <Strings xml:lang="it-IT" ovf:fileRef="strings-it"/>
            </Envelope>
            """;

    static final String ITALIAN_BUNDLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Strings xmlns="http://schemas.dmtf.org/ovf/envelope/2" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2" xml:lang="it-IT">
              <Msg ovf:msgid="license">Solo per test di conformità.</Msg>
            </Strings>
            """;

    static final String SPANISH_NOTICE = "Solo para pruebas de conformidad.\n";
}
