package org.vcmtck.simulator.ovf.export;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.testng.SkipException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.descriptor.HardwareItem;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemCollectionEntity;
import org.vcmtck.simulator.ovf.descriptor.VirtualSystemEntity;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vcmtck.simulator.ovf.PackageFixtures.sha1;
import static org.vcmtck.simulator.ovf.PackageFixtures.sha256;

public class OvfExporterTest {
    private static final long GIB = 1L << 30;
    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf-export-test");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One host, one switch, a system with every device kind and an unconnected second NIC. */
    private static Datacenter richDatacenter() {
        Datacenter dc = new Datacenter(7);
        String host = dc.addHost(new HostSpec("h1", 16, 64 * GIB, List.of(new StorageVolume("vol0", 1000 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L)), 1.0, 1.0)).id();
        String sw = dc.createSwitch(host, "lan", 16).id();
        VirtualSystem vs = dc.defineSystem(host, new SystemSpec("web & db", null,
                new SystemSettings("two <tiers>", "ubuntu-64", List.of("disk")),
                List.of(AllocationSpec.processors(2), AllocationSpec.memory(1536L << 20),
                        AllocationSpec.controller(DeviceKind.SCSI_CONTROLLER),
                        AllocationSpec.controller(DeviceKind.IDE_CONTROLLER),
                        AllocationSpec.controller(DeviceKind.SATA_CONTROLLER),
                        new AllocationSpec(DeviceKind.DISK, 20 * GIB, null, "#2", "0", null, null, null),
                        new AllocationSpec(DeviceKind.DISK, 5000L << 20, null, "#2", "1", null, null, null),
                        new AllocationSpec(DeviceKind.CD_DVD, 1, null, "#3", "0", null, null, null),
                        AllocationSpec.nic("02:00:00:00:00:0a"), AllocationSpec.nic())));
        dc.connectNic(vs.id(), vs.allocationsOf(DeviceKind.NIC).get(0).id(), sw, 0);
        dc.defineSystem(host, new SystemSpec("small", List.of(AllocationSpec.processors(1),
                AllocationSpec.memory(GIB))));
        return dc;
    }

    @DataProvider
    public Object[][] forms() {
        return new Object[][]{
                {OvfVersion.V1_1, PackageFormat.OVA}, {OvfVersion.V1_1, PackageFormat.DIRECTORY},
                {OvfVersion.V2_0, PackageFormat.OVA}, {OvfVersion.V2_0, PackageFormat.DIRECTORY}};
    }

    @Test(dataProvider = "forms")
    public void roundTripsWithoutFindings(OvfVersion version, PackageFormat format) throws Exception {
        Datacenter dc = richDatacenter();
        Path out = dir.resolve("rt-" + version + "-" + format);
        Path written = new OvfExporter(dc).export(ExportRequest.one("web & db", version, format, out));
        assertThat(written.getFileName().toString())
                .isEqualTo(format == PackageFormat.OVA ? "web___db.ova" : "web___db.ovf");
        OvfPackage p = new OvfPackageReader().read(written);
        assertThat(p.findings()).isEmpty();
        OvfDescriptor d = p.descriptor();
        assertThat(d.version()).isEqualTo(version);
        assertThat(d.files()).isEmpty();
        assertThat(d.disks()).hasSize(2).allSatisfy(disk -> assertThat(disk.fileRef()).isNull());
        assertThat(d.disks().get(0).capacityBytes()).isEqualTo(20 * GIB);
        assertThat(d.disks().get(1).capacityBytes()).isEqualTo(5000L << 20);
        assertThat(d.networks()).extracting(n -> n.name()).containsExactly("lan");

        VirtualSystemEntity vs = (VirtualSystemEntity) d.content();
        assertThat(vs.id()).isEqualTo("web & db");
        assertThat(vs.annotation()).isEqualTo("two <tiers>");
        assertThat(vs.operatingSystem().id()).isEqualTo(94);
        List<HardwareItem> items = vs.hardwareSections().get(0).items();
        assertThat(items).extracting(HardwareItem::resourceType)
                .containsExactly(3, 4, 6, 5, 20, 17, 17, 16, 10, 10);
        assertThat(items).extracting(HardwareItem::instanceId).doesNotHaveDuplicates();
        HardwareItem memory = items.get(1);
        assertThat(memory.virtualQuantity()).isEqualTo(1536L);
        assertThat(memory.allocationUnits()).isEqualTo("byte * 2^20");
        String scsi = items.get(2).instanceId();
        assertThat(items.get(5).parent()).isEqualTo(scsi);
        assertThat(items.get(6).addressOnParent()).isEqualTo("1");
        assertThat(items.get(5).hostResources()).containsExactly("ovf:/disk/" + d.disks().get(0).diskId());
        assertThat(items.get(7).parent()).isEqualTo(items.get(3).instanceId());
        assertThat(items.get(8).connections()).containsExactly("lan");
        assertThat(items.get(8).address()).isEqualTo("02:00:00:00:00:0a");
        assertThat(items.get(9).connections()).isEmpty();
        assertThat(items.get(9).automaticAllocation()).isFalse();
    }

    @Test
    public void exportsAllSystemsAsACollection() throws Exception {
        Datacenter dc = InventoryGenerator.generate(2, 5, 3);
        Path written = new OvfExporter(dc).export(ExportRequest.all(OvfVersion.V2_0, PackageFormat.OVA,
                dir.resolve("all")));
        OvfPackage p = new OvfPackageReader().read(written);
        assertThat(p.findings()).isEmpty();
        VirtualSystemCollectionEntity vsc = (VirtualSystemCollectionEntity) p.descriptor().content();
        assertThat(vsc.id()).isEqualTo(OvfExporter.ALL_SYSTEMS_NAME);
        assertThat(vsc.children()).extracting(c -> c.id())
                .containsExactlyElementsOf(dc.systems().stream().map(VirtualSystem::name).toList());
        assertThat(p.descriptor().disks()).hasSize(5);
        assertThat(p.descriptor().disks()).extracting(x -> x.diskId()).doesNotHaveDuplicates();
    }

    private static List<String> memberNames(byte[] ova) throws IOException {
        List<String> names = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(ova))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                names.add(e.getName());
                assertThat(e.getMode() & 0777).isEqualTo(0644);
                assertThat(e.getLongUserId()).isZero();
                assertThat(e.getLastModifiedDate().getTime()).isZero();
            }
        }
        return names;
    }

    @Test
    public void writesAUstarOvaWithDescriptorThenManifest() throws Exception {
        Path written = new OvfExporter(richDatacenter()).export(ExportRequest.one("small", OvfVersion.V2_0,
                PackageFormat.OVA, dir.resolve("order")));
        byte[] ova = Files.readAllBytes(written);
        assertThat(new String(ova, 257, 6, StandardCharsets.US_ASCII)).isEqualTo("ustar\0");
        assertThat(new String(ova, 263, 2, StandardCharsets.US_ASCII)).isEqualTo("00");
        assertThat(memberNames(ova)).containsExactly("small.ovf", "small.mf");
    }

    @Test
    public void writesTheManifestLayoutPerVersion() throws Exception {
        Datacenter dc = richDatacenter();
        for (OvfVersion v : OvfVersion.values()) {
            Path out = dir.resolve("mf-" + v);
            new OvfExporter(dc).export(ExportRequest.one("small", v, PackageFormat.DIRECTORY, out));
            byte[] ovf = Files.readAllBytes(out.resolve("small.ovf"));
            String mf = Files.readString(out.resolve("small.mf"));
            String expected = v == OvfVersion.V1_1 ? "SHA1(small.ovf)= " + sha1(ovf) + "\n"
                    : "SHA256(small.ovf)= " + sha256(ovf) + "\n";
            assertThat(mf).isEqualTo(expected);
            assertThat(new String(ovf, StandardCharsets.UTF_8)).contains("xmlns=\"" + v.namespace() + "\"");
        }
    }

    @Test
    public void sameSeedGivesByteIdenticalPackages() throws Exception {
        Path a = new OvfExporter(InventoryGenerator.generate(2, 4, 42)).export(ExportRequest.all(OvfVersion.V1_1,
                PackageFormat.OVA, dir.resolve("det-a")));
        Path b = new OvfExporter(InventoryGenerator.generate(2, 4, 42)).export(ExportRequest.all(OvfVersion.V1_1,
                PackageFormat.OVA, dir.resolve("det-b")));
        Path c = new OvfExporter(InventoryGenerator.generate(2, 4, 43)).export(ExportRequest.all(OvfVersion.V1_1,
                PackageFormat.OVA, dir.resolve("det-c")));
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
    }

    @Test
    public void refusesAnUnknownSystemByName() {
        assertThatThrownBy(() -> new OvfExporter(richDatacenter()).export(ExportRequest.one("nope",
                OvfVersion.V2_0, PackageFormat.OVA, dir.resolve("none"))))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ExportException.Kind.UNKNOWN_SYSTEM);
                    assertThat(e.getMessage()).contains("'nope'");
                });
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    public void mapsOsTypes() {
        assertThat(OsTypes.code("linux")).isEqualTo(36);
        assertThat(OsTypes.code("Ubuntu 64")).isEqualTo(94);
        assertThat(OsTypes.code("other")).isEqualTo(1);
        assertThat(OsTypes.code("plan9")).isEqualTo(1);
        assertThat(OsTypes.code("101")).isEqualTo(101);
    }

    @Test
    public void exportsValidateAgainstTheDmtfSchema() throws Exception {
        Path shared = Paths.get(System.getProperty("vcmtck.shared.dir", "../shared"));
        Path xsd = shared.resolve("data/xsd/dsp8023_2.0.1.xsd");
        if (!Files.isRegularFile(xsd) || !onPath("xmllint")) {
            throw new SkipException("needs ../shared/data/xsd and xmllint");
        }
        Datacenter dc = richDatacenter();
        Path out = dir.resolve("xsd");
        OvfExporter exporter = new OvfExporter(dc);
        Path one = exporter.export(ExportRequest.one("web & db", OvfVersion.V2_0, PackageFormat.DIRECTORY, out));
        Path all = exporter.export(ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY, out));
        for (Path ovf : List.of(one, all)) {
            ProcessBuilder pb = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema", xsd.toString(),
                    ovf.toString()).redirectErrorStream(true);
            pb.environment().put("XML_CATALOG_FILES", shared.resolve("data/xsd/catalog.xml").toString());
            Process proc = pb.start();
            String output;
            try (InputStream in = proc.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(proc.exitValue()).as(output).isZero();
            assertThat(output).contains("validates");
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Paths.get(d, tool)));
    }
}
