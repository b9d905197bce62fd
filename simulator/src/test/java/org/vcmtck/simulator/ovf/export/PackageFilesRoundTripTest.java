package org.vcmtck.simulator.ovf.export;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.OvfDeployer;
import org.vcmtck.simulator.ovf.deploy.PackageFileStore;
import org.vcmtck.simulator.ovf.descriptor.DiskDefinition;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Deploy a package with files, export it again: the files, disks and shared disks come back. */
public class PackageFilesRoundTripTest {
    static final String NS2 = "http://schemas.dmtf.org/ovf/envelope/2";
    static final String FORMAT = "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized";
    static final long GIB = 1L << 30;

    private Path dir;
    private Map<String, byte[]> files;

    @BeforeMethod
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("package-files");
        files = new LinkedHashMap<>();
        files.put("strings-de.xml", ("<Strings xmlns=\"" + NS2 + "\" xmlns:ovf=\"" + NS2 + "\" xml:lang=\"de-DE\">"
                + "<Msg ovf:msgid=\"note\">Hinweis</Msg></Strings>").getBytes(StandardCharsets.UTF_8));
        files.put("base.vmdk", pattern(70_000, 3));
        files.put("delta.vmdk", pattern(5_000, 11));
        files.put("shared.img", pattern(9_000, 17));
        files.put("icon.png", pattern(300, 23));
        files.put("note.txt", "A long note, kept in its own file.".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] pattern(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) ((i * seed) ^ (i >> 7));
        }
        return b;
    }

    private String descriptor() {
        StringBuilder refs = new StringBuilder("<References>");
        String[][] ids = {{"bundle-de", "strings-de.xml"}, {"base", "base.vmdk"}, {"delta", "delta.vmdk"},
                {"shared", "shared.img"}, {"icon", "icon.png"}, {"note", "note.txt"}};
        for (String[] f : ids) {
            refs.append("<File ovf:id=\"").append(f[0]).append("\" ovf:href=\"").append(f[1])
                    .append("\" ovf:size=\"").append(files.get(f[1]).length).append("\"/>");
        }
        refs.append("</References>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS2 + "\" xmlns:ovf=\"" + NS2 + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\""
                + " xmlns:vssd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData\">"
                + refs
                + "<DiskSection><Info>disks</Info>"
                + "<Disk ovf:diskId=\"base\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\""
                + " ovf:fileRef=\"base\" ovf:format=\"" + FORMAT + "\" ovf:populatedSize=\"70000\"/>"
                + "<Disk ovf:diskId=\"delta\" ovf:capacity=\"1\" ovf:capacityAllocationUnits=\"byte * 2^30\""
                + " ovf:fileRef=\"delta\" ovf:format=\"" + FORMAT + "\" ovf:parentRef=\"base\"/>"
                + "</DiskSection>"
                + "<SharedDiskSection><Info>shared</Info><SharedDisk ovf:diskId=\"data\" ovf:capacity=\"2\""
                + " ovf:capacityAllocationUnits=\"byte * 2^30\" ovf:fileRef=\"shared\" ovf:readOnly=\"true\"/>"
                + "</SharedDiskSection>"
                + "<VirtualSystemCollection ovf:id=\"app\"><Info>app</Info><Name>app</Name>"
                + system("web", "<ProductSection><Info>product</Info><Product>Web</Product>"
                + "<Icon ovf:fileRef=\"icon\" ovf:height=\"32\" ovf:width=\"32\" ovf:mimeType=\"image/png\"/>"
                + "</ProductSection><AnnotationSection><Info>note</Info>"
                + "<Annotation ovf:msgid=\"note\">A note</Annotation></AnnotationSection>",
                disk(3, "delta"), disk(4, "data"))
                + system("db", "", disk(3, "data"))
                + "</VirtualSystemCollection>"
                + "<Strings xml:lang=\"de-DE\" ovf:fileRef=\"bundle-de\"/>"
                + "<Strings xml:lang=\"fr-FR\"><Msg ovf:msgid=\"note\" ovf:fileRef=\"note\"/></Strings>"
                + "</Envelope>\n";
    }

    private static String system(String id, String sections, String... disks) {
        StringBuilder b = new StringBuilder("<VirtualSystem ovf:id=\"" + id + "\"><Info>vs</Info><Name>" + id
                + "</Name>" + sections + "<VirtualHardwareSection><Info>hw</Info>"
                + "<Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>"
                + "<rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>"
                + "<Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>"
                + "<rasd:ElementName>mem</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID>"
                + "<rasd:ResourceType>4</rasd:ResourceType><rasd:VirtualQuantity>512</rasd:VirtualQuantity></Item>");
        for (String d : disks) {
            b.append(d);
        }
        return b.append("</VirtualHardwareSection></VirtualSystem>").toString();
    }

    private static String disk(int instance, String diskId) {
        return "<Item><rasd:ElementName>disk" + instance + "</rasd:ElementName><rasd:HostResource>ovf:/disk/"
                + diskId + "</rasd:HostResource><rasd:InstanceID>" + instance + "</rasd:InstanceID>"
                + "<rasd:ResourceType>17</rasd:ResourceType></Item>";
    }

    private Path directoryPackage() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("app.ovf"), descriptor(), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(folder.resolve(f.getKey()), f.getValue());
        }
        return folder.resolve("app.ovf");
    }

    private Path ovaPackage() throws IOException {
        Path ova = dir.resolve("app.ova");
        try (OutputStream out = Files.newOutputStream(ova); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            put(tar, "app.ovf", descriptor().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                put(tar, f.getKey(), f.getValue());
            }
        }
        return ova;
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    static Datacenter datacenter() {
        Datacenter dc = new Datacenter(7);
        dc.addHost(new HostSpec("host-a", 16, 64 * GIB, List.of(new StorageVolume("vol0", 1024 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L))));
        return dc;
    }

    private OvfPackage deployAndExport(Path source, OvfPackage in, ExportRequest request) throws Exception {
        Datacenter dc = datacenter();
        PackageFileStore store = PackageFileStore.inMemory();
        new OvfDeployer(dc, store).deploy(in, DeployRequest.defaults(), source);
        Path written = new OvfExporter(dc, store).export(request);
        return new OvfPackageReader().read(written);
    }

    private static List<String> errors(OvfPackage p) {
        return p.errors().stream().map(Object::toString).toList();
    }

    @Test
    public void aDirectoryPackageComesBackWithItsFilesDisksAndSharedDisk() throws Exception {
        Path source = directoryPackage();
        OvfPackage in = new OvfPackageReader().read(source);
        assertThat(errors(in)).isEmpty();
        Path out = dir.resolve("out");
        OvfPackage p = deployAndExport(source, in,
                ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY, out));
        assertThat(errors(p)).isEmpty();

        List<FileReference> refs = p.descriptor().files();
        assertThat(refs).extracting(FileReference::id)
                .containsExactlyInAnyOrder("bundle-de", "base", "delta", "shared", "icon", "note");
        assertThat(refs.get(0).id()).as("external string bundle first (OVF-PKG-010)").isEqualTo("bundle-de");
        for (FileReference f : refs) {
            byte[] original = files.get(f.href());
            assertThat(original).as(f.href()).isNotNull();
            assertThat(Files.readAllBytes(out.resolve(f.href()))).as(f.href()).isEqualTo(original);
            assertThat(f.size()).as(f.href()).isEqualTo(original.length);
        }

        List<DiskDefinition> disks = p.descriptor().disks();
        assertThat(disks).extracting(DiskDefinition::diskId).containsExactly("base", "delta");
        DiskDefinition base = disks.get(0);
        DiskDefinition delta = disks.get(1);
        assertThat(base.format()).isEqualTo(FORMAT);
        assertThat(base.populatedSize()).isEqualTo(70_000L);
        assertThat(base.fileRef()).isEqualTo("base");
        assertThat(delta.parentRef()).isEqualTo("base");
        assertThat(delta.fileRef()).isEqualTo("delta");
        assertThat(delta.capacityBytes()).isEqualTo(GIB);

        assertThat(p.descriptor().sharedDisks()).hasSize(1);
        assertThat(p.descriptor().sharedDisks().get(0).disk().fileRef()).isEqualTo("shared");
        assertThat(p.descriptor().sharedDisks().get(0).readOnly()).isTrue();
        String xml = Files.readString(out.resolve("datacenter.ovf"));
        assertThat(xml.split("ovf:/disk/data", -1)).as("both systems name the shared disk").hasSize(3);
        assertThat(xml).contains("ovf:fileRef=\"icon\"").contains("ovf:fileRef=\"note\"")
                .contains("ovf:fileRef=\"bundle-de\"");
    }

    @Test
    public void anOvaComesBackAsAnOvaInArchiveOrder() throws Exception {
        Path source = ovaPackage();
        OvfPackage in = new OvfPackageReader().read(source);
        assertThat(errors(in)).isEmpty();
        OvfPackage p = deployAndExport(source, in, ExportRequest.all(OvfVersion.V2_0, PackageFormat.OVA,
                dir.resolve("ova-out")));
        assertThat(errors(p)).isEmpty();
        List<String> names = new ArrayList<>();
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                Files.newInputStream(dir.resolve("ova-out").resolve("datacenter.ova")))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
                content.put(e.getName(), tar.readAllBytes());
            }
        }
        List<String> hrefs = p.descriptor().files().stream().map(FileReference::href).toList();
        List<String> expected = new ArrayList<>(List.of("datacenter.ovf", "datacenter.mf"));
        expected.addAll(hrefs);
        assertThat(names).containsExactlyElementsOf(expected);
        assertThat(hrefs.get(0)).isEqualTo("strings-de.xml");
        assertThat(hrefs.indexOf("base.vmdk")).isLessThan(hrefs.indexOf("delta.vmdk"));
        for (String h : hrefs) {
            assertThat(content.get(h)).as(h).isEqualTo(files.get(h));
        }
    }

    @Test
    public void aCompressedChunkedExportJoinsBackToTheDeployedBytes() throws Exception {
        Path source = directoryPackage();
        OvfPackage in = new OvfPackageReader().read(source);
        Path out = dir.resolve("chunked");
        OvfPackage p = deployAndExport(source, in, ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY, out)
                .compressed(true).chunked(4096L));
        assertThat(errors(p)).isEmpty();
        FileReference base = p.descriptor().file("base");
        assertThat(base.gzip()).isTrue();
        assertThat(base.chunkSize()).isEqualTo(4096L);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        long total = 0;
        for (int i = 0; Files.exists(out.resolve(base.chunkName(i))); i++) {
            byte[] chunk = Files.readAllBytes(out.resolve(base.chunkName(i)));
            assertThat(chunk.length).isLessThanOrEqualTo(4096);
            total += chunk.length;
            joined.write(chunk);
        }
        assertThat(total).isEqualTo(base.size());
        try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(joined.toByteArray()))) {
            assertThat(gz.readAllBytes()).isEqualTo(files.get("base.vmdk"));
        }
        assertThat(Files.readString(out.resolve("datacenter.mf"))).contains(base.chunkName(0));
    }

    @Test
    public void anOvf11ExportWritesTheSharedDiskAsAPlainDisk() throws Exception {
        Path source = directoryPackage();
        OvfPackage in = new OvfPackageReader().read(source);
        Path out = dir.resolve("v1");
        OvfPackage p = deployAndExport(source, in, ExportRequest.all(OvfVersion.V1_1, PackageFormat.DIRECTORY, out));
        assertThat(errors(p)).isEmpty();
        assertThat(p.descriptor().disks()).extracting(DiskDefinition::diskId).containsExactly("base", "delta", "data");
        assertThat(p.descriptor().sharedDisks()).isEmpty();
        assertThat(Files.readAllBytes(out.resolve(p.descriptor().file("shared").href())))
                .isEqualTo(files.get("shared.img"));
    }

    @Test
    public void withoutAStoreDisksAreCapacityOnlyAndFileElementsAreLeftOut() throws Exception {
        Path source = directoryPackage();
        OvfPackage in = new OvfPackageReader().read(source);
        Datacenter dc = datacenter();
        new OvfDeployer(dc).deploy(in, DeployRequest.defaults(), source);
        Path written = new OvfExporter(dc).export(ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY,
                dir.resolve("bare")));
        OvfPackage p = new OvfPackageReader().read(written);
        assertThat(errors(p)).isEmpty();
        assertThat(p.descriptor().files()).isEmpty();
        assertThat(p.descriptor().disks()).allSatisfy(d -> assertThat(d.fileRef()).isNull());
        assertThat(Files.readString(written)).doesNotContain("fileRef");
    }

    @Test
    public void filesAreKeptInTheFolderBesideTheStateFile() throws Exception {
        Path source = directoryPackage();
        OvfPackage in = new OvfPackageReader().read(source);
        Path state = dir.resolve("state.json");
        Datacenter dc = datacenter();
        new OvfDeployer(dc, PackageFileStore.besideStateFile(state)).deploy(in, DeployRequest.defaults(), source);
        Path content = dir.resolve("state.json.content");
        try (var listing = Files.list(content)) {
            assertThat(listing.map(f -> f.getFileName().toString()).toList()).hasSize(files.size())
                    .allMatch(n -> n.matches("[0-9a-f]{64}"));
        }
        Datacenter restored = Datacenter.restore(dc.snapshot());
        OvfPackage p = new OvfPackageReader().read(new OvfExporter(restored, PackageFileStore.besideStateFile(state))
                .export(ExportRequest.one("web", OvfVersion.V2_0, PackageFormat.OVA, dir.resolve("one"))));
        assertThat(errors(p)).isEmpty();
        assertThat(p.descriptor().disks()).extracting(DiskDefinition::diskId).containsExactly("base", "delta");
    }
}
