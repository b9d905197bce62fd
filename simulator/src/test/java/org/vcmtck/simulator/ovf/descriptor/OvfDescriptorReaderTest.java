package org.vcmtck.simulator.ovf.descriptor;

import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.PackageFixtures;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS1;
import static org.vcmtck.simulator.ovf.PackageFixtures.NS2;
import static org.vcmtck.simulator.ovf.PackageFixtures.utf8;

public class OvfDescriptorReaderTest {
    private static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    private static final String VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
    private static final String EPASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";

    private final OvfDescriptorReader reader = new OvfDescriptorReader();

    private static String full(String ns) {
        return """
                <?xml version="1.0"?>
                <ovf:Envelope xmlns:ovf="%1$s" xmlns:rasd="%2$s" xmlns:vssd="%3$s" xmlns:epasd="%4$s"
                              xmlns:vmw="http://www.vmware.com/schema/ovf" xml:lang="de-DE">
                  <ovf:References>
                    <ovf:File ovf:id="f1" ovf:href="disk1.vmdk" ovf:size="100" ovf:compression="gzip" ovf:chunkSize="64"/>
                  </ovf:References>
                  <ovf:DiskSection>
                    <ovf:Info>disks</ovf:Info>
                    <ovf:Disk ovf:diskId="d1" ovf:fileRef="f1" ovf:capacity="4" ovf:capacityAllocationUnits="byte * 2^30"
                              ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"
                              ovf:populatedSize="1234"/>
                    <ovf:Disk ovf:diskId="d2" ovf:capacity="${disk.size}" ovf:capacityAllocationUnits="MegaBytes"/>
                  </ovf:DiskSection>
                  <ovf:NetworkSection>
                    <ovf:Info>nets</ovf:Info>
                    <ovf:Network ovf:name="lan"><ovf:Description>service</ovf:Description></ovf:Network>
                  </ovf:NetworkSection>
                  <ovf:DeploymentOptionSection>
                    <ovf:Info>sizes</ovf:Info>
                    <ovf:Configuration ovf:id="small" ovf:default="true"><ovf:Label>S</ovf:Label><ovf:Description>s</ovf:Description></ovf:Configuration>
                    <ovf:Configuration ovf:id="large"><ovf:Label>L</ovf:Label><ovf:Description>l</ovf:Description></ovf:Configuration>
                  </ovf:DeploymentOptionSection>
                  <ovf:VirtualSystemCollection ovf:id="app">
                    <ovf:Info>app</ovf:Info>
                    <ovf:Name>Application</ovf:Name>
                    <ovf:StartupSection>
                      <ovf:Info>order</ovf:Info>
                      <ovf:Item ovf:id="web" ovf:order="2" ovf:startDelay="5"/>
                      <ovf:Item ovf:id="inner" ovf:order="1" ovf:stopAction="guestShutdown"/>
                    </ovf:StartupSection>
                    <ovf:VirtualSystem ovf:id="web">
                      <ovf:Info>web</ovf:Info>
                      <ovf:ProductSection ovf:class="com.acme" ovf:instance="1">
                        <ovf:Info>product</ovf:Info>
                        <ovf:Product>Web</ovf:Product>
                        <ovf:Vendor>Acme</ovf:Vendor>
                        <ovf:Version>1.0</ovf:Version>
                        <ovf:Property ovf:key="ip" ovf:type="string" ovf:userConfigurable="true" ovf:qualifiers="MaxLen(15)">
                          <ovf:Label>IP</ovf:Label>
                        </ovf:Property>
                        <ovf:Property ovf:key="pw" ovf:type="string" ovf:password="true" ovf:value="x"/>
                      </ovf:ProductSection>
                      <ovf:EulaSection><ovf:Info>eula</ovf:Info><ovf:License>Be nice.</ovf:License></ovf:EulaSection>
                      <ovf:OperatingSystemSection ovf:id="94" ovf:version="22.04"><ovf:Info>os</ovf:Info>
                        <ovf:Description>Ubuntu</ovf:Description></ovf:OperatingSystemSection>
                      <ovf:VirtualHardwareSection ovf:transport="iso,com.vmware.guestInfo">
                        <ovf:Info>hw</ovf:Info>
                        <ovf:System>
                          <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>
                          <vssd:InstanceID>0</vssd:InstanceID>
                          <vssd:VirtualSystemIdentifier>web</vssd:VirtualSystemIdentifier>
                          <vssd:VirtualSystemType>vmx-07 kvm</vssd:VirtualSystemType>
                        </ovf:System>
                        <ovf:Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem</rasd:ElementName>
                          <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>512</rasd:VirtualQuantity></ovf:Item>
                        <ovf:Item ovf:configuration="large"><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem</rasd:ElementName>
                          <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>4096</rasd:VirtualQuantity></ovf:Item>
                        <ovf:Item><rasd:ElementName>scsi</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>
                          <rasd:ResourceSubType>lsilogic</rasd:ResourceSubType><rasd:ResourceType>6</rasd:ResourceType></ovf:Item>
                        <ovf:Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:AutomaticAllocation>true</rasd:AutomaticAllocation>
                          <rasd:ElementName>disk</rasd:ElementName><rasd:HostResource>ovf:/disk/d1</rasd:HostResource>
                          <rasd:InstanceID>4</rasd:InstanceID><rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></ovf:Item>
                        <ovf:Item ovf:required="false"><rasd:Connection>lan</rasd:Connection><rasd:ElementName>nic</rasd:ElementName>
                          <rasd:InstanceID>5</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></ovf:Item>
                        <ovf:EthernetPortItem><epasd:Connection>lan</epasd:Connection><epasd:ElementName>port</epasd:ElementName>
                          <epasd:InstanceID>6</epasd:InstanceID><epasd:ResourceType>10</epasd:ResourceType></ovf:EthernetPortItem>
                      </ovf:VirtualHardwareSection>
                      <vmw:BootOrderSection ovf:required="false"><ovf:Info>vendor boot order</ovf:Info></vmw:BootOrderSection>
                    </ovf:VirtualSystem>
                    <ovf:VirtualSystemCollection ovf:id="inner">
                      <ovf:Info>nested</ovf:Info>
                      <ovf:VirtualSystem ovf:id="db">
                        <ovf:Info>db</ovf:Info>
                        <ovf:VirtualHardwareSection><ovf:Info>hw</ovf:Info>
                          <ovf:Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                            <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></ovf:Item>
                        </ovf:VirtualHardwareSection>
                      </ovf:VirtualSystem>
                    </ovf:VirtualSystemCollection>
                  </ovf:VirtualSystemCollection>
                </ovf:Envelope>
                """.formatted(ns, RASD, VSSD, EPASD);
    }

    @Test
    public void readsEveryModelledPartOfA2xDescriptor() throws Exception {
        DescriptorReading r = reader.read(utf8(full(NS2)), "app.ovf");
        assertThat(r.findings()).extracting(OvfFinding::requirementId).containsExactly("OVF-EXT-004");
        OvfDescriptor d = r.descriptor();
        assertThat(d.version()).isEqualTo(OvfVersion.V2_0);
        assertThat(d.lang()).isEqualTo("de-DE");
        assertThat(d.files()).containsExactly(new FileReference("f1", "disk1.vmdk", 100L, "gzip", 64L));
        assertThat(d.disks()).hasSize(2);
        assertThat(d.disks().get(0).capacityBytes()).isEqualTo(4L << 30);
        assertThat(d.disks().get(0).populatedSize()).isEqualTo(1234L);
        assertThat(d.disks().get(1).capacity()).isEqualTo("${disk.size}");
        assertThat(d.disks().get(1).capacityBytes()).isNull();
        assertThat(d.networks()).containsExactly(new NetworkDefinition("lan", "service"));
        assertThat(d.configurations()).extracting(DeploymentConfiguration::id).containsExactly("small", "large");
        assertThat(d.configurations().get(0).isDefault()).isTrue();

        VirtualSystemCollectionEntity app = (VirtualSystemCollectionEntity) d.content();
        assertThat(app.name()).isEqualTo("Application");
        assertThat(app.startup()).extracting(StartupEntry::id, StartupEntry::order, StartupEntry::startDelay,
                StartupEntry::stopAction).containsExactly(
                org.assertj.core.groups.Tuple.tuple("web", 2, 5, "powerOff"),
                org.assertj.core.groups.Tuple.tuple("inner", 1, 0, "guestShutdown"));
        assertThat(d.virtualSystems()).extracting(VirtualSystemEntity::id).containsExactly("web", "db");

        VirtualSystemEntity web = d.virtualSystems().get(0);
        assertThat(web.operatingSystem()).isEqualTo(new OperatingSystem(94, "22.04", "Ubuntu"));
        assertThat(web.eulas()).containsExactly("Be nice.");
        assertThat(web.unknownSections()).singleElement().satisfies(u -> {
            assertThat(u.localName()).isEqualTo("BootOrderSection");
            assertThat(u.required()).isFalse();
        });
        ProductSection product = web.productSections().get(0);
        assertThat(product.className()).isEqualTo("com.acme");
        assertThat(product.instance()).isEqualTo("1");
        assertThat(product.properties()).extracting(ProductProperty::key).containsExactly("ip", "pw");
        assertThat(product.properties().get(0).userConfigurable()).isTrue();
        assertThat(product.properties().get(0).value()).isEmpty();
        assertThat(product.properties().get(1).password()).isTrue();

        HardwareSection hw = web.hardwareSections().get(0);
        assertThat(hw.transports()).containsExactly("iso", "com.vmware.guestInfo");
        assertThat(hw.systemTypes()).containsExactly("vmx-07", "kvm");
        assertThat(hw.virtualSystemIdentifier()).isEqualTo("web");
        assertThat(hw.items()).hasSize(6);
        HardwareItem disk = hw.items().get(3);
        assertThat(disk.resourceType()).isEqualTo(17);
        assertThat(disk.parent()).isEqualTo("3");
        assertThat(disk.addressOnParent()).isEqualTo("0");
        assertThat(disk.hostResources()).containsExactly("ovf:/disk/d1");
        assertThat(disk.automaticAllocation()).isTrue();
        assertThat(hw.items().get(1).configuration()).isEqualTo("large");
        assertThat(hw.items().get(1).virtualQuantity()).isEqualTo(4096L);
        assertThat(hw.items().get(4).required()).isFalse();
        assertThat(hw.items().get(4).connections()).containsExactly("lan");
        assertThat(hw.items().get(5).kind()).isEqualTo(ItemKind.ETHERNET_PORT_ITEM);
    }

    @Test
    public void readsThe1xNamespaceAndWarnsAbout2xItems() throws Exception {
        DescriptorReading r = reader.read(utf8(full(NS1)), "app.ovf");
        assertThat(r.descriptor().version()).isEqualTo(OvfVersion.V1_1);
        assertThat(r.findings()).extracting(OvfFinding::requirementId)
                .containsExactlyInAnyOrder("OVF-EXT-004", "OVF-HW-024");
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    public void refusesXxeAtTheDoctype() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Envelope xmlns=\"" + NS1 + "\"><References/><Info>&xxe;</Info></Envelope>";
        assertThatThrownBy(() -> reader.read(utf8(xxe), "evil.ovf"))
                .isInstanceOfSatisfying(OvfPackageException.class, e -> {
                    assertThat(e.finding().requirementId()).isEqualTo("OVF-ENV-001");
                    assertThat(e.finding().member()).isEqualTo("evil.ovf");
                    assertThat(e.finding().message()).contains("DOCTYPE").doesNotContain("root:");
                });
    }

    @Test
    public void refusesBillionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"");
            b.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        b.append("]><Envelope xmlns=\"").append(NS1).append("\"><References/>&lol9;</Envelope>");
        assertThatThrownBy(() -> reader.read(utf8(b.toString()), "lol.ovf"))
                .isInstanceOfSatisfying(OvfPackageException.class,
                        e -> assertThat(e.finding().message()).contains("DOCTYPE"));
    }

    @Test
    public void refusesAnOversizeStreamWithoutReadingItAll() {
        OvfDescriptorReader small = new OvfDescriptorReader(1024);
        CountingStream endless = new CountingStream();
        assertThatThrownBy(() -> small.read(endless, "big.ovf"))
                .isInstanceOfSatisfying(OvfPackageException.class, e -> {
                    assertThat(e.finding().requirementId()).isEqualTo("OVF-ENV-001");
                    assertThat(e.finding().message()).contains("larger than the limit of 1024");
                });
        assertThat(endless.served).isLessThan(64 * 1024);
    }

    @Test
    public void refusesAnOversizeDeclaredSizeBeforeReading() {
        OvfDescriptorReader small = new OvfDescriptorReader(1024);
        assertThatThrownBy(() -> small.checkDeclaredSize(1025, "big.ovf"))
                .isInstanceOfSatisfying(OvfPackageException.class,
                        e -> assertThat(e.finding().member()).isEqualTo("big.ovf"));
    }

    @Test
    public void refusesMalformedXmlAndForeignRoots() {
        assertThatThrownBy(() -> reader.read(utf8("<Envelope xmlns=\"" + NS1 + "\"><References>"), "cut.ovf"))
                .isInstanceOfSatisfying(OvfPackageException.class,
                        e -> assertThat(e.finding().message()).contains("not well-formed"));
        assertThatThrownBy(() -> reader.read(utf8("<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/3\">"
                + "<References/></Envelope>"), "v3.ovf"))
                .isInstanceOfSatisfying(OvfPackageException.class,
                        e -> assertThat(e.finding().message()).contains("unsupported OVF version"));
        assertThatThrownBy(() -> reader.read(utf8("<html/>"), "x.ovf"))
                .isInstanceOf(OvfPackageException.class);
    }

    @Test
    public void reportsUnknownRequiredSectionsAndBrokenReferences() throws Exception {
        String xml = PackageFixtures.descriptor(NS1, PackageFixtures.file("f1", "a.vmdk", 1)
                + PackageFixtures.file("f1", "a.vmdk", 1))
                .replace("<VirtualSystem ovf:id=\"vm\">", "<x:FooSection xmlns:x=\"urn:x\"><Info>foo</Info>"
                        + "</x:FooSection><VirtualSystem ovf:id=\"vm\">")
                .replace("</VirtualHardwareSection>", "<Item><rasd:ElementName>d</rasd:ElementName>"
                        + "<rasd:HostResource>ovf:/disk/nope</rasd:HostResource><rasd:InstanceID>1</rasd:InstanceID>"
                        + "<rasd:Parent>9</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>"
                        + "<Item><rasd:Connection>wan</rasd:Connection><rasd:ElementName>n</rasd:ElementName>"
                        + "<rasd:InstanceID>7</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>"
                        + "</VirtualHardwareSection>");
        List<String> ids = reader.read(utf8(xml), "x.ovf").findings().stream().map(OvfFinding::requirementId)
                .toList();
        assertThat(ids).contains("OVF-EXT-003", "OVF-REF-003", "OVF-REF-005", "OVF-HW-011", "OVF-HW-009",
                "OVF-HW-014", "OVF-HW-008");
    }

    @Test
    public void reportsMisplacedReferencesAndMissingInfo() throws Exception {
        String xml = "<Envelope xmlns=\"" + NS2 + "\" xmlns:ovf=\"" + NS2 + "\">"
                + "<DiskSection><Disk ovf:diskId=\"d\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"GB\"/></DiskSection>"
                + "<References/><VirtualSystem ovf:id=\"v\"><Info>i</Info></VirtualSystem></Envelope>";
        assertThat(reader.read(utf8(xml), "x.ovf").findings()).extracting(OvfFinding::requirementId)
                .contains("OVF-REF-001", "OVF-ENV-008", "OVF-DISK-004", "OVF-HW-001");
    }

    /** An endless descriptor-looking stream that counts what it served. */
    private static final class CountingStream extends InputStream {
        private final byte[] head = utf8("<Envelope xmlns=\"" + NS1 + "\"><References/><!--");
        long served;

        @Override
        public int read() {
            int b = served < head.length ? head[(int) served] : 'x';
            served++;
            return b;
        }
    }
}
