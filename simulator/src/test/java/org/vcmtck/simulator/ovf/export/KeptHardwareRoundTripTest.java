package org.vcmtck.simulator.ovf.export;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.OvfDeployer;
import org.vcmtck.simulator.ovf.deploy.PackageFileStore;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploy a package whose hardware says more than the model can hold, export it again: what the model could not
 * keep comes back as the package said it, and what the model changed is written as the model has it now.
 */
public class KeptHardwareRoundTripTest {
    private static final String NS2 = "http://schemas.dmtf.org/ovf/envelope/2";
    private static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
    private static final String EPASD =
            "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_EthernetPortAllocationSettingData";
    private static final String SASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_StorageAllocationSettingData";

    private Path dir;

    @BeforeMethod
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("kept-hardware");
    }

    private static String descriptor() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS2 + "\" xmlns:ovf=\"" + NS2 + "\" xmlns:rasd=\"" + RASD + "\""
                + " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\">"
                + "<References/>"
                + "<DiskSection><Info>disks</Info>"
                + "<Disk ovf:diskId=\"main\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\"/>"
                + "<Disk ovf:diskId=\"scratch\" ovf:capacity=\"2\" ovf:capacityAllocationUnits=\"byte * 2^30\"/>"
                + "</DiskSection>"
                + "<NetworkSection><Info>nets</Info>"
                + "<Network ovf:name=\"front\"><Description>Client traffic</Description><NetworkPortProfile>"
                + "<Item xmlns:epasd=\"" + EPASD + "\"><epasd:ElementName>profile</epasd:ElementName>"
                + "<epasd:InstanceID>p1</epasd:InstanceID></Item></NetworkPortProfile></Network>"
                + "<Network ovf:name=\"back\"><Description>Replication</Description></Network>"
                + "</NetworkSection>"
                + "<DeploymentOptionSection><Info>options</Info>"
                + "<Configuration ovf:id=\"small\" ovf:default=\"true\"><Label>Small</Label>"
                + "<Description>small</Description></Configuration>"
                + "<Configuration ovf:id=\"large\"><Label>Large</Label><Description>large</Description>"
                + "</Configuration></DeploymentOptionSection>"
                + "<VirtualSystem ovf:id=\"vm\"><Info>vs</Info><Name>vm</Name>"
                + "<VirtualHardwareSection><Info>main hardware</Info>"
                + "<System><vssd:ElementName>hw</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID>"
                + "<vssd:VirtualSystemType>vcmtck-sim-1</vssd:VirtualSystemType></System>"
                + "<Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:Limit>2000</rasd:Limit><rasd:Reservation>500</rasd:Reservation>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity>"
                + "<rasd:Weight>1000</rasd:Weight></Item>"
                + "<Item ovf:configuration=\"large\"><rasd:ElementName>cpu large</rasd:ElementName>"
                + "<rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>4</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem"
                + "</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>256</rasd:VirtualQuantity></Item>"
                + "<Item ovf:configuration=\"small\"><rasd:ElementName>mem override</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID>"
                + "<rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>512</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:ElementName>sata</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>"
                + "<rasd:ResourceSubType>AHCI</rasd:ResourceSubType><rasd:ResourceType>20</rasd:ResourceType></Item>"
                + "<Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk</rasd:ElementName>"
                + "<rasd:HostResource>ovf:/disk/main</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID>"
                + "<rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>"
                + "<Item ovf:required=\"false\"><rasd:ElementName>Sound card</rasd:ElementName>"
                + "<rasd:InstanceID>6</rasd:InstanceID><rasd:ResourceSubType>ensoniq1371</rasd:ResourceSubType>"
                + "<rasd:ResourceType>35</rasd:ResourceType></Item>"
                + "<EthernetPortItem xmlns:epasd=\"" + EPASD + "\"><epasd:Connection>front</epasd:Connection>"
                + "<epasd:ElementName>port</epasd:ElementName><epasd:InstanceID>7</epasd:InstanceID>"
                + "<epasd:ResourceType>10</epasd:ResourceType></EthernetPortItem>"
                + "<StorageItem xmlns:sasd=\"" + SASD + "\"><sasd:AddressOnParent>1</sasd:AddressOnParent>"
                + "<sasd:ElementName>scratch</sasd:ElementName><sasd:HostResource>ovf:/disk/scratch"
                + "</sasd:HostResource><sasd:InstanceID>8</sasd:InstanceID><sasd:Parent>3</sasd:Parent>"
                + "<sasd:ResourceType>17</sasd:ResourceType></StorageItem>"
                + "</VirtualHardwareSection>"
                + "<VirtualHardwareSection><Info>other family</Info>"
                + "<System><vssd:ElementName>hw</vssd:ElementName><vssd:InstanceID>0</vssd:InstanceID>"
                + "<vssd:VirtualSystemType>vcmtck-other-1</vssd:VirtualSystemType></System>"
                + "<Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>2</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:ElementName>other nic</rasd:ElementName><rasd:Connection>back</rasd:Connection>"
                + "<rasd:InstanceID>5</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>"
                + "</VirtualHardwareSection>"
                + "</VirtualSystem></Envelope>\n";
    }

    private Datacenter deployed(Datacenter dc, PackageFileStore store) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path source = Files.writeString(folder.resolve("vm.ovf"), descriptor(), StandardCharsets.UTF_8);
        OvfPackage in = new OvfPackageReader().read(source);
        assertThat(in.errors()).isEmpty();
        new OvfDeployer(dc, store).deploy(in, DeployRequest.defaults(), source);
        return dc;
    }

    private String export(Datacenter dc, PackageFileStore store, OvfVersion version) throws Exception {
        Path out = dir.resolve("out-" + version.label());
        Path written = new OvfExporter(dc, store).export(ExportRequest.all(version, PackageFormat.DIRECTORY, out));
        OvfPackage again = new OvfPackageReader().read(written);
        assertThat(again.errors()).as("the export reads back without errors").isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            Path ovf = files.filter(p -> p.toString().endsWith(".ovf")).findFirst().orElseThrow();
            return Files.readString(ovf, StandardCharsets.UTF_8);
        }
    }

    private static VirtualSystem only(Datacenter dc) {
        assertThat(dc.systems()).hasSize(1);
        return dc.systems().get(0);
    }

    @Test
    public void whatTheModelCannotHoldComesBackAsThePackageSaidIt() throws Exception {
        Datacenter dc = PackageFilesRoundTripTest.datacenter();
        PackageFileStore store = PackageFileStore.inMemory();
        String ovf = export(deployed(dc, store), store, OvfVersion.V2_0);

        assertThat(ovf).as("OVF-HW-002: the section for another VirtualSystemType")
                .contains("Info>other family</").contains("vcmtck-other-1");
        assertThat(ovf).as("OVF-HW-017: the Item for a configuration not in effect")
                .contains("ovf:configuration=\"large\"").contains("cpu large");
        assertThat(ovf).as("OVF-HW-018: both Items of InstanceID 2").contains("<rasd:ElementName>mem</rasd:ElementName>")
                .contains("mem override");
        assertThat(ovf).as("OVF-HW-022").contains("<rasd:Reservation>500</rasd:Reservation>")
                .contains("<rasd:Limit>2000</rasd:Limit>").contains("<rasd:Weight>1000</rasd:Weight>");
        assertThat(ovf).as("OVF-HW-021: the skipped sound card").contains("Sound card");
        assertThat(ovf).as("OVF-HW-023").contains("EthernetPortItem>").contains("StorageItem>")
                .contains(EPASD).contains(SASD);
        assertThat(ovf).as("the StorageItem's disk is declared").contains("ovf:diskId=\"scratch\"");
        assertThat(ovf).as("OVF-NET-004").contains("NetworkPortProfile>").contains("Client traffic");
        assertThat(ovf).as("the alternative section's network is declared").contains("ovf:name=\"back\"");
    }

    @Test
    public void aResizedAllocationIsWrittenAsTheModelHasIt() throws Exception {
        Datacenter dc = PackageFilesRoundTripTest.datacenter();
        PackageFileStore store = PackageFileStore.inMemory();
        deployed(dc, store);
        VirtualSystem vs = only(dc);
        Allocation memory = vs.allocationsOf(DeviceKind.MEMORY).get(0);
        assertThat(memory.quantity()).as("the override's 512 MB was deployed").isEqualTo(512L << 20);
        dc.modifyAllocation(vs.id(), memory.id(), AllocationSpec.memory(768L << 20));

        String ovf = export(dc, store, OvfVersion.V2_0);
        assertThat(ovf).contains("<rasd:VirtualQuantity>768</rasd:VirtualQuantity>")
                .doesNotContain("<rasd:VirtualQuantity>512</rasd:VirtualQuantity>")
                .doesNotContain("<rasd:VirtualQuantity>256</rasd:VirtualQuantity>");
        assertThat(ovf).as("the Reservation of the untouched processor stays").contains("<rasd:Reservation>500<");
    }

    @Test
    public void aRemovedAllocationLeavesItsItemsOutAndAnAddedOneGetsAFreshInstanceId() throws Exception {
        Datacenter dc = PackageFilesRoundTripTest.datacenter();
        PackageFileStore store = PackageFileStore.inMemory();
        deployed(dc, store);
        VirtualSystem vs = only(dc);
        Allocation nic = vs.allocationsOf(DeviceKind.NIC).get(0);
        dc.removeAllocation(vs.id(), nic.id());
        dc.addAllocation(vs.id(), AllocationSpec.cdDvd(null));

        String ovf = export(dc, store, OvfVersion.V2_0);
        assertThat(ovf).doesNotContain("EthernetPortItem>");
        assertThat(ovf).contains("<rasd:ElementName>cdrom0</rasd:ElementName>");
        String cd = ovf.substring(ovf.indexOf("cdrom0"));
        assertThat(cd.substring(0, cd.indexOf("Item>"))).as("an InstanceID no package Item uses")
                .contains("<rasd:InstanceID>5</rasd:InstanceID>");
    }

    @Test
    public void anOvf1ExportTurnsThePortAndStorageItemsIntoPlainItems() throws Exception {
        Datacenter dc = PackageFilesRoundTripTest.datacenter();
        PackageFileStore store = PackageFileStore.inMemory();
        String ovf = export(deployed(dc, store), store, OvfVersion.V1_1);
        assertThat(ovf).doesNotContain("EthernetPortItem>").doesNotContain("StorageItem>")
                .doesNotContain("NetworkPortProfile").contains("<rasd:ElementName>port</rasd:ElementName>")
                .contains("<rasd:HostResource>ovf:/disk/scratch</rasd:HostResource>");
    }
}
