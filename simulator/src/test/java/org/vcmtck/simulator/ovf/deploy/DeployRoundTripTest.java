package org.vcmtck.simulator.ovf.deploy;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.PackageFixtures;
import org.vcmtck.simulator.ovf.export.ExportRequest;
import org.vcmtck.simulator.ovf.export.OvfExporter;
import org.vcmtck.simulator.ovf.export.PackageFormat;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.vcmtck.simulator.ovf.sign.PackageSigner;
import org.vcmtck.simulator.ovf.sign.SelfSignedCertificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.ovf.PackageFixtures.tar;

/** Export → deploy round trips, and packages the reader found broken. */
public class DeployRoundTripTest {
    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf-deploy-roundtrip");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Datacenter source() {
        return InventoryGenerator.generate(2, 5, 11, DatacenterOptions.defaults());
    }

    /** A datacenter with one host large enough for every generated system together. */
    private static Datacenter target() {
        Datacenter dc = new Datacenter(99);
        dc.addHost(DeployFixtures.host("big", 4096, 4096 * DeployFixtures.GIB));
        return dc;
    }

    /** What must survive the round trip: name, vCPUs, memory, disk sizes, device counts. */
    private record Shape(String name, long cpus, long memory, List<Long> disks, int nics, int connectedNics,
                         int controllers, int cdDvds) {
        static Shape of(VirtualSystem vs) {
            List<Allocation> all = vs.allocations();
            return new Shape(vs.name(), vs.total(DeviceKind.PROCESSOR), vs.total(DeviceKind.MEMORY),
                    vs.allocationsOf(DeviceKind.DISK).stream().map(Allocation::quantity).sorted().toList(),
                    vs.allocationsOf(DeviceKind.NIC).size(),
                    (int) vs.allocationsOf(DeviceKind.NIC).stream().filter(Allocation::connected).count(),
                    (int) all.stream().filter(a -> a.kind().controller()).count(),
                    vs.allocationsOf(DeviceKind.CD_DVD).size());
        }
    }

    private static List<Shape> shapes(List<VirtualSystem> systems) {
        return systems.stream().map(Shape::of).toList();
    }

    @Test
    public void everySystemComesBackEquivalent() throws Exception {
        Datacenter source = source();
        Path written = new OvfExporter(source).export(ExportRequest.all(OvfVersion.V2_0, PackageFormat.DIRECTORY,
                dir.resolve("all")));
        OvfPackage pkg = new OvfPackageReader().read(written);
        Datacenter target = target();
        DeployResult r = new OvfDeployer(target).deploy(pkg, DeployRequest.defaults());

        assertThat(r.systems()).hasSize(source.systems().size());
        List<VirtualSystem> deployed = r.systems().stream().map(s -> target.system(s.systemId())).toList();
        assertThat(shapes(deployed)).containsExactlyElementsOf(shapes(source.systems()));
        assertThat(deployed).allSatisfy(vs -> assertThat(vs.hostId()).isEqualTo(r.hostId()));
    }

    @Test
    public void aSingleSystemOvaOfVersion11ComesBackEquivalent() throws Exception {
        Datacenter source = source();
        VirtualSystem original = source.systems().get(1);
        Path written = new OvfExporter(source).export(ExportRequest.one(original.id(), OvfVersion.V1_1,
                PackageFormat.OVA, dir.resolve("one")));
        Datacenter target = target();
        DeployResult r = new OvfDeployer(target).deploy(new OvfPackageReader().read(written),
                DeployRequest.defaults());
        assertThat(r.systems()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo(original.name()));
        assertThat(Shape.of(target.system(r.systems().get(0).systemId()))).isEqualTo(Shape.of(original));
    }

    @Test
    public void aTamperedManifestDigestIsRefusedUnchanged() throws Exception {
        Datacenter source = source();
        Path written = new OvfExporter(source).export(ExportRequest.one(source.systems().get(0).id(),
                OvfVersion.V2_0, PackageFormat.DIRECTORY, dir.resolve("tampered")));
        Path mf = written.resolveSibling(written.getFileName().toString().replace(".ovf", ".mf"));
        String manifest = Files.readString(mf, StandardCharsets.UTF_8).trim();
        char last = manifest.charAt(manifest.length() - 1);
        Files.writeString(mf, manifest.substring(0, manifest.length() - 1) + (last == '0' ? '1' : '0') + "\n",
                StandardCharsets.UTF_8);
        OvfPackage pkg = new OvfPackageReader().read(written);
        OvfDeployException e = OvfDeployerTest.refusal(target(), pkg, DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-MF-008");
    }

    @Test
    public void aPackageWithABadSignatureIsRefusedUnchanged() throws Exception {
        Datacenter source = source();
        SelfSignedCertificates.Generated id = SelfSignedCertificates.generate(dir.resolve("signer"), "signer",
                java.time.Instant.now());
        Map<String, byte[]> members = new java.util.LinkedHashMap<>(new OvfExporter(source).members(
                List.of(source.systems().get(0)), null, OvfVersion.V2_0, "signed",
                PackageSigner.fromPem(id.keyFile(), id.certificateFile())));
        byte[] mf = members.get("signed.mf").clone();
        mf[mf.length - 1] = '\r'; // still a valid manifest, no longer the signed bytes
        members.put("signed.mf", mf);
        OvfPackage pkg = new OvfPackageReader().readOva(new ByteArrayInputStream(tar(members)), "signed.ova");
        OvfDeployException e = OvfDeployerTest.refusal(target(), pkg, DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-CERT-003");
        assertThat(e.finding().member()).isEqualTo("signed.mf");
    }

    @Test
    public void aTarWithAPathTraversalMemberIsRefusedUnchanged() throws Exception {
        Datacenter source = source();
        Map<String, byte[]> members = new java.util.LinkedHashMap<>(new OvfExporter(source).members(
                List.of(source.systems().get(0)), null, OvfVersion.V2_0, "evil"));
        members.put("../escape.txt", "x".getBytes(StandardCharsets.UTF_8));
        OvfPackage pkg = new OvfPackageReader().readOva(new ByteArrayInputStream(tar(members)), "evil.ova");
        Datacenter target = target();
        OvfDeployException e = OvfDeployerTest.refusal(target, pkg, DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-PKG-012");
        assertThat(e.finding().member()).isEqualTo("../escape.txt");
        assertThat(target.systems()).isEmpty();
    }

    @Test
    public void aTarWithALinkMemberIsRefusedUnchanged() throws Exception {
        Datacenter source = source();
        Map<String, byte[]> members = new java.util.LinkedHashMap<>(new OvfExporter(source).members(
                List.of(source.systems().get(0)), null, OvfVersion.V2_0, "linked"));
        for (byte flag : new byte[] {org.apache.commons.compress.archivers.tar.TarArchiveEntry.LF_SYMLINK,
                org.apache.commons.compress.archivers.tar.TarArchiveEntry.LF_LINK}) {
            OvfPackage pkg = new OvfPackageReader().readOva(new ByteArrayInputStream(
                    PackageFixtures.tarWithLink(members, "link", flag, "/etc/passwd")), "linked.ova");
            Datacenter target = target();
            OvfDeployException e = OvfDeployerTest.refusal(target, pkg, DeployRequest.defaults());
            assertThat(e.requirementId()).isEqualTo("OVF-PKG-012");
            assertThat(e.finding().member()).isEqualTo("link");
            assertThat(target.systems()).isEmpty();
        }
    }
}
