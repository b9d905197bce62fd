package org.vcmtck.assertions.ovf;

import java.nio.charset.StandardCharsets;

/** Conformant OVF 1.x and 2.x descriptors that together exercise every descriptor rule, written for these tests. */
final class SampleDescriptors {

    private SampleDescriptors() {
    }

    static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"
                      xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
                      xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
                      xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xml:lang="en-US">
              <References>
                <File ovf:id="bundle" ovf:href="strings-de.xml" ovf:size="11"/>
                <File ovf:id="disk1" ovf:href="web-disk1.vmdk" ovf:size="5"/>
                <File ovf:id="iso1" ovf:href="tools.iso" ovf:size="3"/>
              </References>
              <DiskSection>
                <Info>Disks</Info>
                <Disk ovf:diskId="vmdisk1" ovf:fileRef="disk1" ovf:capacity="4" ovf:capacityAllocationUnits="byte * 2^30"
                      ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
                <Disk ovf:diskId="vmdisk2" ovf:parentRef="vmdisk1" ovf:capacity="${disk.size}"/>
              </DiskSection>
              <NetworkSection>
                <Info>Networks</Info>
                <Network ovf:name="lan"><Description>Service network</Description></Network>
              </NetworkSection>
              <DeploymentOptionSection>
                <Info>Sizes</Info>
                <Configuration ovf:id="small" ovf:default="true"><Label>Small</Label><Description>1 vCPU</Description></Configuration>
                <Configuration ovf:id="large"><Label>Large</Label><Description>4 vCPU</Description></Configuration>
              </DeploymentOptionSection>
              <VirtualSystemCollection ovf:id="app">
                <Info>A two-tier application</Info>
                <StartupSection>
                  <Info>Start order</Info>
                  <Item ovf:id="db" ovf:order="1"/>
                  <Item ovf:id="web" ovf:order="2" ovf:startDelay="10" ovf:waitingForGuest="true"
                        ovf:startAction="powerOn" ovf:stopDelay="0" ovf:stopAction="guestShutdown"/>
                </StartupSection>
                <ProductSection ovf:class="org.example" ovf:required="false">
                  <Info ovf:msgid="product.info">Application settings</Info>
                  <Product>Example</Product>
                  <Category>Network</Category>
                  <Property ovf:key="ip" ovf:type="string" ovf:userConfigurable="true" ovf:qualifiers="MinLen(7),MaxLen(15)"/>
                  <Property ovf:key="workers" ovf:type="uint8" ovf:value="1">
                    <Value ovf:value="4" ovf:configuration="large"/>
                  </Property>
                  <Property ovf:key="choice" ovf:type="string" ovf:qualifiers='ValueMap{"a","b"}' ovf:value="a"/>
                </ProductSection>
                <VirtualSystem ovf:id="web">
                  <Info>Web server</Info>
                  <AnnotationSection><Info>Notes</Info><Annotation>Front end</Annotation></AnnotationSection>
                  <EulaSection><Info>Licence</Info><License>Use freely</License></EulaSection>
                  <OperatingSystemSection ovf:id="101"><Info>Guest OS</Info></OperatingSystemSection>
                  <InstallSection ovf:initialBootStopDelay="120"><Info>Installs once</Info></InstallSection>
                  <VirtualHardwareSection ovf:transport="iso">
                    <Info>Hardware</Info>
                    <System>
                      <vssd:ElementName>hw</vssd:ElementName>
                      <vssd:InstanceID>0</vssd:InstanceID>
                      <vssd:VirtualSystemType>sim-1</vssd:VirtualSystemType>
                    </System>
                    <Item><rasd:ElementName>1 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                          <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
                    <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>512 MB</rasd:ElementName>
                          <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>
                          <rasd:VirtualQuantity>512</rasd:VirtualQuantity></Item>
                    <Item ovf:configuration="large"><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>
                          <rasd:ElementName>4 GB</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID>
                          <rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>4096</rasd:VirtualQuantity></Item>
                    <Item><rasd:ElementName>SCSI0</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>
                          <rasd:ResourceSubType>lsilogic</rasd:ResourceSubType><rasd:ResourceType>6</rasd:ResourceType></Item>
                    <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk0</rasd:ElementName>
                          <rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID>
                          <rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
                    <Item ovf:required="false"><rasd:AddressOnParent>1</rasd:AddressOnParent><rasd:ElementName>cd0</rasd:ElementName>
                          <rasd:HostResource>ovf:/file/iso1</rasd:HostResource><rasd:InstanceID>5</rasd:InstanceID>
                          <rasd:Parent>3</rasd:Parent><rasd:ResourceType>15</rasd:ResourceType></Item>
                    <Item><rasd:Connection>lan</rasd:Connection><rasd:ElementName>nic0</rasd:ElementName>
                          <rasd:InstanceID>6</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>
                  </VirtualHardwareSection>
                </VirtualSystem>
                <VirtualSystem ovf:id="db">
                  <Info>Database</Info>
                  <VirtualHardwareSection>
                    <Info>Hardware</Info>
                    <Item><rasd:ElementName>2 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                          <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item>
                  </VirtualHardwareSection>
                </VirtualSystem>
              </VirtualSystemCollection>
              <Strings xml:lang="de-DE" ovf:fileRef="bundle"/>
              <Strings xml:lang="fr-FR">
                <Msg ovf:msgid="product.info">Paramètres</Msg>
              </Strings>
            </Envelope>
            """;

    /**
     * A conformant OVF 2 descriptor holding what only OVF 2 defines: shared disks, placement groups, encryption,
     * scale-out, boot devices, Ethernet port and storage items, and alternative hardware sections.
     */
    static final String GOOD_V2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2"
                      xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
                      xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
                      xmlns:epasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData"
                      xmlns:sasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData"
                      xmlns:bootc="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_BootConfigSetting"
                      xmlns:xenc="http://www.w3.org/2001/04/xmlenc#"
                      xml:lang="de-CH">
              <References>
                <File ovf:id="image" ovf:href="node-disk1.vmdk" ovf:size="5" ovf:compression="identity"/>
                <File ovf:id="icon" ovf:href="node.png" ovf:size="7"/>
              </References>
              <DiskSection>
                <Info>Disks</Info>
                <Disk ovf:diskId="boot" ovf:fileRef="image" ovf:capacity="8" ovf:capacityAllocationUnits="byte * 2^30" ovf:populatedSize="1073741824"
                      ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
              </DiskSection>
              <SharedDiskSection>
                <Info>Shared data</Info>
                <SharedDisk ovf:diskId="data" ovf:capacity="100" ovf:capacityAllocationUnits="byte * 2^30"
                            ovf:readOnly="true"/>
              </SharedDiskSection>
              <NetworkSection>
                <Info>Networks</Info>
                <Network ovf:name="lan"/>
                <Network ovf:name="san">
                  <NetworkPortProfile>
                    <Item><epasd:ElementName>storage port</epasd:ElementName><epasd:InstanceID>san-1</epasd:InstanceID></Item>
                  </NetworkPortProfile>
                </Network>
              </NetworkSection>
              <PlacementGroupSection ovf:id="spread" ovf:policy="availability">
                <Info>Keep nodes apart</Info>
              </PlacementGroupSection>
              <EncryptionSection>
                <Info>Keys of the encrypted disk</Info>
                <xenc:EncryptedKey Id="key1"><xenc:CipherData><xenc:CipherValue>AAAA</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey>
              </EncryptionSection>
              <VirtualSystemCollection ovf:id="farm">
                <Info>A farm of nodes</Info>
                <ResourceAllocationSection>
                  <Info>Memory for the farm</Info>
                  <Item><rasd:AllocationUnits>byte * 2^30</rasd:AllocationUnits><rasd:ElementName>pool</rasd:ElementName>
                        <rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>
                        <rasd:VirtualQuantity>16</rasd:VirtualQuantity></Item>
                </ResourceAllocationSection>
                <StartupSection>
                  <Info>Start order</Info>
                  <Item ovf:id="node" ovf:order="1" ovf:startAction="none" ovf:stopAction="powerOff"/>
                </StartupSection>
                <ScaleOutSection ovf:id="node">
                  <Info>Two to four nodes</Info>
                  <InstanceCount ovf:default="2" ovf:minimum="1" ovf:maximum="4"/>
                </ScaleOutSection>
                <VirtualSystem ovf:id="node">
                  <Info>Node</Info>
                  <ProductSection>
                    <Info>Product</Info>
                    <Product>Node</Product>
                    <Icon ovf:fileRef="icon" ovf:height="32" ovf:width="32" ovf:mimeType="image/png"/>
                  </ProductSection>
                  <PlacementSection ovf:group="spread"><Info>Spread</Info></PlacementSection>
                  <BootDeviceSection>
                    <Info>Boot from disk</Info>
                    <bootc:CIM_BootConfigSetting>
                      <bootc:ElementName>disk first</bootc:ElementName>
                      <bootc:InstanceID>boot-1</bootc:InstanceID>
                    </bootc:CIM_BootConfigSetting>
                  </BootDeviceSection>
                  <InstallSection ovf:initialBootStopDelay="300"><Info>Installs once</Info></InstallSection>
                  <VirtualHardwareSection ovf:transport="iso com.vmware.guestInfo">
                    <Info>Hardware for one platform</Info>
                    <System>
                      <vssd:ElementName>hw</vssd:ElementName>
                      <vssd:InstanceID>0</vssd:InstanceID>
                      <vssd:VirtualSystemType>vmx-14 vmx-15</vssd:VirtualSystemType>
                    </System>
                    <Item><rasd:ElementName>1 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                          <rasd:Limit>2000</rasd:Limit><rasd:Reservation>500</rasd:Reservation>
                          <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity>
                          <rasd:Weight>1000</rasd:Weight></Item>
                    <Item><rasd:ElementName>IDE0</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID>
                          <rasd:ResourceType>5</rasd:ResourceType></Item>
                    <EthernetPortItem><epasd:Connection>lan</epasd:Connection><epasd:ElementName>nic0</epasd:ElementName>
                          <epasd:InstanceID>3</epasd:InstanceID><epasd:ResourceType>10</epasd:ResourceType></EthernetPortItem>
                    <StorageItem><sasd:AddressOnParent>1</sasd:AddressOnParent><sasd:ElementName>disk0</sasd:ElementName>
                          <sasd:HostResource>ovf:/disk/boot</sasd:HostResource><sasd:InstanceID>4</sasd:InstanceID>
                          <sasd:Parent>2</sasd:Parent><sasd:ResourceType>17</sasd:ResourceType></StorageItem>
                  </VirtualHardwareSection>
                  <VirtualHardwareSection ovf:id="kvm">
                    <Info>Hardware for another platform</Info>
                    <System>
                      <vssd:ElementName>hw</vssd:ElementName>
                      <vssd:InstanceID>0</vssd:InstanceID>
                      <vssd:VirtualSystemType>kvm</vssd:VirtualSystemType>
                    </System>
                    <Item><rasd:ElementName>1 vCPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                          <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
                  </VirtualHardwareSection>
                </VirtualSystem>
              </VirtualSystemCollection>
            </Envelope>
            """;

    /** The good OVF 2 descriptor with one literal replacement, failing the test if the text is not there. */
    static String goodV2With(String from, String to) {
        if (!GOOD_V2.contains(from)) {
            throw new AssertionError("the OVF 2 sample descriptor does not contain: " + from);
        }
        int at = GOOD_V2.indexOf(from);
        return GOOD_V2.substring(0, at) + to + GOOD_V2.substring(at + from.length());
    }

    static OvfDescriptor parse(String xml) {
        try {
            return OvfDescriptor.parse(xml.getBytes(StandardCharsets.UTF_8));
        } catch (OvfDescriptor.DescriptorNotReadable e) {
            throw new AssertionError("test descriptor is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The good descriptor with one literal replacement, failing the test if the text is not there. */
    static String goodWith(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new AssertionError("the sample descriptor does not contain: " + from);
        }
        int at = GOOD.indexOf(from);
        return GOOD.substring(0, at) + to + GOOD.substring(at + from.length());
    }
}
