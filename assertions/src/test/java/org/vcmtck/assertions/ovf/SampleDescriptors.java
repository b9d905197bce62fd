package org.vcmtck.assertions.ovf;

import java.nio.charset.StandardCharsets;

/** A conformant OVF 1.x descriptor exercising every descriptor rule, written for these tests. */
final class SampleDescriptors {

    private SampleDescriptors() {
    }

    static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1"
                      xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
                      xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
                      xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
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
                  <Item ovf:id="web" ovf:order="2"/>
                </StartupSection>
                <ProductSection ovf:class="org.example" ovf:required="false">
                  <Info ovf:msgid="product.info">Application settings</Info>
                  <Product>Example</Product>
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
                  <VirtualHardwareSection>
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
