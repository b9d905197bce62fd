package org.vcmtck.simulator.ovf.deploy;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.ovf.deploy.AppliancePackages.envelope2;
import static org.vcmtck.simulator.ovf.deploy.AppliancePackages.vs;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.cpu;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.item;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.memoryMb;

/** OVF 2.x sections on deploy: honoured where the model can, refused (changing nothing) or reported otherwise. */
public class Ovf2SectionsDeployTest {
    private Path dir;
    private int folders;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf2-sections");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private OvfPackage pkg(String descriptor) {
        return DeployFixtures.read(dir.resolve("p" + folders++), descriptor);
    }

    private static String small(String id) {
        return vs(id, id, "", "", "", cpu(1, 1), memoryMb("", 2, 256));
    }

    private static String collection(String sections, String... children) {
        return "<VirtualSystemCollection ovf:id=\"all\"><Info>all</Info>" + sections + String.join("", children)
                + "</VirtualSystemCollection>";
    }

    private static String memoryItems(String... attributesAndMegabytes) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < attributesAndMegabytes.length; i += 2) {
            b.append(memoryMb(attributesAndMegabytes[i], 2, Long.parseLong(attributesAndMegabytes[i + 1])));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ ranges (OVF-HW-019)

    @Test
    public void aRangeDeploysItsNormalValue() throws Exception {
        String system = vs("r", "r", "", "", "", cpu(1, 1), memoryItems("ovf:bound=\"min\"", "512",
                "ovf:bound=\"normal\"", "1024", "ovf:bound=\"max\"", "4096"));
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope2("", system, "")), DeployRequest.defaults());
        assertThat(dc.system(r.systems().get(0).systemId()).total(DeviceKind.MEMORY)).isEqualTo(1024L << 20);
    }

    @Test
    public void aRangeWithoutNormalDeploysTheUnboundedItem() throws Exception {
        String system = vs("r", "r", "", "", "", cpu(1, 1), memoryItems("", "768", "ovf:bound=\"min\"", "512",
                "ovf:bound=\"max\"", "4096"));
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope2("", system, "")), DeployRequest.defaults());
        assertThat(dc.system(r.systems().get(0).systemId()).total(DeviceKind.MEMORY)).isEqualTo(768L << 20);
    }

    @Test
    public void aRangeWhoseNormalIsOutsideMinAndMaxIsRefusedUnchanged() {
        String system = vs("r", "r", "", "", "", cpu(1, 1), memoryItems("ovf:bound=\"min\"", "2048",
                "ovf:bound=\"normal\"", "1024", "ovf:bound=\"max\"", "4096"));
        Datacenter dc = DeployFixtures.datacenter();
        OvfDeployException e = OvfDeployerTest.refusal(dc, pkg(envelope2("", system, "")), DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-HW-019");
        assertThat(e.getMessage()).contains("min 2048").contains("normal 1024");
    }

    // ------------------------------------------------------------------ per-configuration Items and Values

    @Test
    public void itemsAndPropertyValuesFollowTheChosenConfiguration() throws Exception {
        String product = "<ProductSection><Info>p</Info><Property ovf:key=\"threads\" ovf:type=\"uint8\""
                + " ovf:value=\"1\"><Value ovf:value=\"4\" ovf:configuration=\"large\"/></Property></ProductSection>";
        String system = vs("c", "c", product, "", "", cpu(1, 1), memoryItems("", "512",
                "ovf:configuration=\"large\"", "4096"));
        String descriptor = envelope2(AppliancePackages.OPTIONS, system, "");
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult small = new OvfDeployer(dc).deploy(pkg(descriptor), DeployRequest.defaults());
        DeployResult large = new OvfDeployer(dc).deploy(pkg(descriptor),
                DeployRequest.defaults().withDeploymentOption("large"));
        assertThat(dc.system(small.systems().get(0).systemId()).total(DeviceKind.MEMORY)).isEqualTo(512L << 20);
        assertThat(dc.system(large.systems().get(0).systemId()).total(DeviceKind.MEMORY)).isEqualTo(4096L << 20);
        assertThat(dc.applianceOf(small.systems().get(0).systemId()).properties()).containsEntry("threads", "1");
        assertThat(dc.applianceOf(large.systems().get(0).systemId()).properties()).containsEntry("threads", "4");
    }

    @Test
    public void aValueNamingAnUndeclaredConfigurationIsAnError() {
        String product = "<ProductSection><Info>p</Info><Property ovf:key=\"t\" ovf:type=\"uint8\" ovf:value=\"1\">"
                + "<Value ovf:value=\"4\" ovf:configuration=\"huge\"/></Property></ProductSection>";
        OvfPackage p = pkg(envelope2(AppliancePackages.OPTIONS, vs("c", "c", product, "", "", cpu(1, 1),
                memoryItems("", "512")), ""));
        assertThat(p.errors()).anyMatch(f -> f.requirementId().equals("OVF-PROD-013") && f.message().contains("huge"));
    }

    // ------------------------------------------------------------------ ScaleOutSection (OVF-V2-002)

    @Test
    public void scaleOutDeploysTheDefaultNumberOfNumberedCopies() throws Exception {
        String scale = "<ScaleOutSection ovf:id=\"w\"><Info>s</Info><InstanceCount ovf:default=\"3\"/>"
                + "<InstanceCount ovf:default=\"1\" ovf:configuration=\"small\"/></ScaleOutSection>";
        String descriptor = envelope2(AppliancePackages.OPTIONS, collection(scale, small("w"), small("db")), "");
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult r = new OvfDeployer(dc).deploy(pkg(descriptor), DeployRequest.defaults()
                .withDeploymentOption("large"));
        assertThat(r.systems()).extracting(DeployedSystem::entityId, DeployedSystem::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("w", "w-1"), org.assertj.core.groups.Tuple.tuple("w", "w-2"),
                org.assertj.core.groups.Tuple.tuple("w", "w-3"), org.assertj.core.groups.Tuple.tuple("db", "db"));
        DeployResult smallOne = new OvfDeployer(dc).deploy(pkg(descriptor), DeployRequest.defaults());
        assertThat(smallOne.systems()).hasSize(2);
    }

    @Test
    public void aScaleOutDefaultOutsideItsBoundsIsRefusedUnchanged() {
        String scale = "<ScaleOutSection ovf:id=\"w\"><Info>s</Info><InstanceCount ovf:default=\"5\""
                + " ovf:maximum=\"4\"/></ScaleOutSection>";
        Datacenter dc = DeployFixtures.datacenter();
        OvfDeployException e = OvfDeployerTest.refusal(dc, pkg(envelope2("", collection(scale, small("w")), "")),
                DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-V2-002");
        assertThat(e.getMessage()).contains("default 5").contains("maximum 4");
    }

    @Test
    public void aScaleOutOfAnUnknownChildIsRefusedWhenRequiredAndReportedWhenOptional() throws Exception {
        String required = "<ScaleOutSection ovf:id=\"nope\"><Info>s</Info><InstanceCount ovf:default=\"2\"/>"
                + "</ScaleOutSection>";
        Datacenter dc = DeployFixtures.datacenter();
        assertThat(OvfDeployerTest.refusal(dc, pkg(envelope2("", collection(required, small("w")), "")),
                DeployRequest.defaults()).requirementId()).isEqualTo("OVF-V2-002");
        String optional = required.replace("<ScaleOutSection ", "<ScaleOutSection ovf:required=\"false\" ");
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope2("", collection(optional, small("w")), "")),
                DeployRequest.defaults());
        assertThat(r.systems()).hasSize(1);
        assertThat(r.warnings()).anyMatch(w -> w.requirementId().equals("OVF-V2-002"));
    }

    // ------------------------------------------------------------------ placement (OVF-V2-003)

    private static String placed(String policy, String required) {
        String groups = "<PlacementGroupSection ovf:id=\"g\" ovf:policy=\"" + policy + "\"" + required
                + "><Info>g</Info></PlacementGroupSection>";
        String a = vs("a", "a", "<PlacementSection ovf:group=\"g\"><Info>in g</Info></PlacementSection>", "", "",
                cpu(1, 1), memoryMb("", 2, 256));
        String b = vs("b", "b", "<PlacementSection ovf:group=\"g\"><Info>in g</Info></PlacementSection>", "", "",
                cpu(1, 1), memoryMb("", 2, 256));
        return envelope2(groups, collection("", a, b), "");
    }

    private static List<String> hostsOf(Datacenter dc, DeployResult r) {
        return r.systems().stream().map(s -> dc.system(s.systemId())).map(VirtualSystem::hostId).toList();
    }

    @Test
    public void anAvailabilityGroupPutsItsMembersOnDifferentHosts() throws Exception {
        Datacenter dc = DeployFixtures.datacenter("host-a", "host-b");
        DeployResult r = new OvfDeployer(dc).deploy(pkg(placed("availability", "")), DeployRequest.defaults());
        assertThat(hostsOf(dc, r)).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    public void anAffinityGroupKeepsItsMembersTogether() throws Exception {
        Datacenter dc = DeployFixtures.datacenter("host-a", "host-b");
        DeployResult r = new OvfDeployer(dc).deploy(pkg(placed("affinity", "")), DeployRequest.defaults());
        assertThat(hostsOf(dc, r)).containsOnly(r.hostId()).hasSize(2);
    }

    @Test
    public void anAvailabilityGroupThatCannotBeHonouredIsRefusedWhenRequiredAndReportedWhenOptional()
            throws Exception {
        Datacenter dc = DeployFixtures.datacenter("host-a");
        OvfDeployException e = OvfDeployerTest.refusal(dc, pkg(placed("availability", "")),
                DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-V2-003");
        DeployResult r = new OvfDeployer(dc).deploy(pkg(placed("availability", " ovf:required=\"false\"")),
                DeployRequest.defaults());
        assertThat(hostsOf(dc, r)).hasSize(2);
        assertThat(r.warnings()).anyMatch(w -> w.requirementId().equals("OVF-V2-003"));
    }

    @Test
    public void anUnknownPlacementPolicyIsRefusedWhenRequired() {
        Datacenter dc = DeployFixtures.datacenter("host-a", "host-b");
        assertThat(OvfDeployerTest.refusal(dc, pkg(placed("same-rack", "")), DeployRequest.defaults())
                .getMessage()).contains("same-rack");
    }

    // ------------------------------------------------------------------ SharedDiskSection (OVF-DISK-009)

    @Test
    public void aSharedDiskIsAllocatedOnceAndItsSecondUserIsTold() throws Exception {
        String shared = "<SharedDiskSection><Info>shared</Info><SharedDisk ovf:diskId=\"data\" ovf:capacity=\"2\""
                + " ovf:capacityAllocationUnits=\"byte * 2^30\" ovf:readOnly=\"true\"/></SharedDiskSection>";
        String disk = item("", 3, 17, "HostResource", "ovf:/disk/data");
        String a = vs("a", "a", "", "", "", cpu(1, 1), memoryMb("", 2, 256), disk);
        String b = vs("b", "b", "", "", "", cpu(1, 1), memoryMb("", 2, 256), disk);
        OvfPackage p = pkg(envelope2(shared, collection("", a, b), ""));
        assertThat(p.errors()).isEmpty();
        assertThat(p.descriptor().sharedDisks()).hasSize(1);
        assertThat(p.descriptor().sharedDisks().get(0).readOnly()).isTrue();
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult r = new OvfDeployer(dc).deploy(p, DeployRequest.defaults());
        long disks = r.systems().stream().mapToLong(s -> dc.system(s.systemId()).allocationsOf(DeviceKind.DISK)
                .size()).sum();
        assertThat(disks).isEqualTo(1);
        assertThat(dc.system(r.systems().get(0).systemId()).total(DeviceKind.DISK)).isEqualTo(2L << 30);
        assertThat(r.warnings()).anyMatch(w -> w.requirementId().equals("OVF-DISK-009"));
    }

    // ------------------------------------------------------------------ EncryptionSection (OVF-V2-004)

    @Test
    public void aRequiredEncryptionSectionIsRefusedUnchangedAndAnOptionalOneReported() throws Exception {
        String encryption = "<EncryptionSection><Info>encrypted parts</Info></EncryptionSection>";
        Datacenter dc = DeployFixtures.datacenter();
        OvfDeployException e = OvfDeployerTest.refusal(dc, pkg(envelope2(encryption, small("s"), "")),
                DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-V2-004");
        String optional = encryption.replace("<EncryptionSection>", "<EncryptionSection ovf:required=\"false\">");
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope2(optional, small("s"), "")),
                DeployRequest.defaults());
        assertThat(r.warnings()).anyMatch(w -> w.requirementId().equals("OVF-V2-004"));
    }

    // ------------------------------------------------------------------ descriptor views

    @Test
    public void environmentFilesAreListedAsFileRefAndPathPairs() {
        String files = "<EnvironmentFilesSection><Info>f</Info><File ovf:fileRef=\"a\" ovf:path=\"one.txt\"/>"
                + "<File ovf:fileRef=\"b\" ovf:path=\"dir/two.txt\"/></EnvironmentFilesSection>";
        OvfPackage p = pkg(envelope2("", vs("e", "e", "", "", files, cpu(1, 1), memoryMb("", 2, 256)), ""));
        var system = p.descriptor().virtualSystems().get(0);
        assertThat(system.environmentFiles()).extracting(f -> f.fileRef() + "=" + f.path())
                .containsExactly("a=one.txt", "b=dir/two.txt");
    }

    @Test
    public void environmentFilesCarryTheTransportsOfTheirSection() {
        String files = "<EnvironmentFilesSection ovf:transport=\"iso, com.vmware.guestInfo\"><Info>f</Info>"
                + "<File ovf:fileRef=\"a\" ovf:path=\"one.txt\"/></EnvironmentFilesSection>"
                + "<EnvironmentFilesSection><Info>g</Info><File ovf:fileRef=\"b\" ovf:path=\"two.txt\"/>"
                + "</EnvironmentFilesSection>";
        OvfPackage p = pkg(envelope2("", vs("e", "e", "", "", files, cpu(1, 1), memoryMb("", 2, 256)), ""));
        var environmentFiles = p.descriptor().virtualSystems().get(0).environmentFiles();
        assertThat(environmentFiles).extracting(f -> f.transports())
                .containsExactly(List.of("iso", "com.vmware.guestInfo"), List.of());
        assertThat(environmentFiles.get(0).carriedBy("iso")).isTrue();
        assertThat(environmentFiles.get(0).carriedBy("vendor.other")).isFalse();
        assertThat(environmentFiles.get(1).carriedBy("vendor.other")).as("no ovf:transport = any").isTrue();
    }
}
