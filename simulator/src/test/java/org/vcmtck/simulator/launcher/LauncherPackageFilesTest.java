package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.descriptor.DiskDefinition;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A deploy run and a later export run sharing --state: the export writes the deployed disk image again. */
public class LauncherPackageFilesTest extends LauncherTestSupport {
    private static final String NS2 = "http://schemas.dmtf.org/ovf/envelope/2";

    private Path writePackage(byte[] image) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pkg"));
        Files.write(folder.resolve("root.vmdk"), image);
        Files.writeString(folder.resolve("imaged.ovf"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS2 + "\" xmlns:ovf=\"" + NS2 + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">"
                + "<References><File ovf:id=\"root\" ovf:href=\"root.vmdk\" ovf:size=\"" + image.length + "\"/>"
                + "</References><DiskSection><Info>disks</Info><Disk ovf:diskId=\"root\" ovf:capacity=\"1\""
                + " ovf:capacityAllocationUnits=\"byte * 2^30\" ovf:fileRef=\"root\" ovf:populatedSize=\"2048\"/>"
                + "</DiskSection><VirtualSystem ovf:id=\"imaged\"><Info>vs</Info><Name>imaged</Name>"
                + "<VirtualHardwareSection><Info>hw</Info>"
                + "<Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>mem"
                + "</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>256</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:ElementName>disk</rasd:ElementName><rasd:HostResource>ovf:/disk/root"
                + "</rasd:HostResource><rasd:InstanceID>3</rasd:InstanceID><rasd:ResourceType>17"
                + "</rasd:ResourceType></Item></VirtualHardwareSection></VirtualSystem></Envelope>\n",
                StandardCharsets.UTF_8);
        return folder.resolve("imaged.ovf");
    }

    @Test
    public void theExportRunWritesTheImageTheDeployRunKept() throws Exception {
        byte[] image = new byte[12_345];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 31 + 7);
        }
        Path pkg = writePackage(image);
        Path state = dir.resolve("state.json");
        Result deployed = run("deploy", pkg.toString(), "--hosts", "1", "--vms", "0", "--state", state.toString());
        assertThat(deployed.exit()).as(deployed.err()).isZero();
        assertThat(dir.resolve("state.json.content")).isDirectory();
        // the package is gone before the export: the bytes must come from the content store
        Files.delete(pkg.resolveSibling("root.vmdk"));

        Path out = dir.resolve("out");
        Result exported = run("export", "--all", "--format", "dir", "--state", state.toString(),
                "--out", out.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        OvfPackage p = new OvfPackageReader().read(out.resolve("datacenter.ovf"));
        assertThat(p.errors()).isEmpty();
        FileReference root = p.descriptor().file("root");
        assertThat(root).isNotNull();
        assertThat(Files.readAllBytes(out.resolve(root.href()))).isEqualTo(image);
        assertThat(p.descriptor().disks()).singleElement().satisfies(d -> {
            assertThat(d.fileRef()).isEqualTo("root");
            assertThat(d.populatedSize()).isEqualTo(2048L);
        });
        assertThat(p.descriptor().disks()).extracting(DiskDefinition::capacityBytes).containsExactly(1L << 30);
    }
}
