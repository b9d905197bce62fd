package org.vcmtck.simulator.ovf.deploy;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterSnapshot;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.GIB;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.cpu;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.envelope;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.item;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.memoryMb;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.minimalSystem;
import static org.vcmtck.simulator.ovf.deploy.DeployFixtures.system;

public class OvfDeployerTest {
    private static final String DISKS = "<DiskSection><Info>disks</Info>"
            + "<Disk ovf:capacity=\"8\" ovf:capacityAllocationUnits=\"byte * 2^30\" ovf:diskId=\"d1\"/>"
            + "</DiskSection>";
    private static final String NETWORKS = "<NetworkSection><Info>nets</Info>"
            + "<Network ovf:name=\"VM Network\"><Description>lan</Description></Network></NetworkSection>";
    private static final String OPTIONS = "<DeploymentOptionSection><Info>sizes</Info>"
            + "<Configuration ovf:id=\"small\" ovf:default=\"true\"><Label>S</Label><Description>s</Description>"
            + "</Configuration><Configuration ovf:id=\"large\"><Label>L</Label><Description>l</Description>"
            + "</Configuration></DeploymentOptionSection>";
    private static final String PRODUCT = "<ProductSection ovf:class=\"com.acme\" ovf:instance=\"1\">"
            + "<Info>app</Info><Product>App</Product>"
            + "<Property ovf:key=\"port\" ovf:type=\"uint8\" ovf:userConfigurable=\"true\" ovf:value=\"80\"/>"
            + "<Property ovf:key=\"mode\" ovf:qualifiers=\"ValueMap{&quot;a&quot;,&quot;b&quot;}\""
            + " ovf:type=\"string\" ovf:userConfigurable=\"true\" ovf:value=\"a\"/>"
            + "<Property ovf:key=\"fixed\" ovf:type=\"string\" ovf:value=\"x\"/>"
            + "</ProductSection>";

    private final AtomicInteger packages = new AtomicInteger();
    private Path dir;

    @BeforeClass
    public void createDirectory() throws IOException {
        dir = Files.createTempDirectory("ovf-deploy-test");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private OvfPackage pkg(String descriptor) {
        return DeployFixtures.read(dir.resolve("p" + packages.incrementAndGet()), descriptor);
    }

    /** Deploys expecting a refusal; asserts the datacenter did not change at all. */
    static OvfDeployException refusal(Datacenter dc, OvfPackage p, DeployRequest request) {
        DatacenterSnapshot before = dc.snapshot();
        try {
            new OvfDeployer(dc).deploy(p, request);
        } catch (OvfDeployException e) {
            assertThat(dc.snapshot()).isEqualTo(before);
            return e;
        }
        throw new AssertionError("expected the package to be refused");
    }

    private static String fullSystem() {
        return system("web", "Web Server", "",
                cpu(1, 2), memoryMb("", 2, 1024),
                item("", 3, 6),
                item("", 4, 17, "AddressOnParent", "0", "HostResource", "ovf:/disk/d1", "Parent", "3"),
                item("", 5, 10, "Connection", "VM Network"),
                item("", 6, 15));
    }

    @Test
    public void itemsBecomeAllocationsOfOneDefinedSystem() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope(DISKS + NETWORKS, fullSystem())),
                DeployRequest.defaults());
        assertThat(r.systems()).hasSize(1);
        assertThat(r.systems().get(0).entityId()).isEqualTo("web");
        VirtualSystem vs = dc.system(r.systems().get(0).systemId());
        assertThat(vs.name()).isEqualTo("Web Server");
        assertThat(vs.total(DeviceKind.PROCESSOR)).isEqualTo(2);
        assertThat(vs.total(DeviceKind.MEMORY)).isEqualTo(1L << 30);
        Allocation scsi = vs.allocationsOf(DeviceKind.SCSI_CONTROLLER).get(0);
        Allocation disk = vs.allocationsOf(DeviceKind.DISK).get(0);
        assertThat(disk.quantity()).isEqualTo(8 * GIB);
        assertThat(disk.parentId()).isEqualTo(scsi.id());
        assertThat(disk.addressOnParent()).isEqualTo("0");
        assertThat(vs.allocationsOf(DeviceKind.CD_DVD)).hasSize(1);
        Allocation nic = vs.allocationsOf(DeviceKind.NIC).get(0);
        assertThat(nic.connected()).isTrue();
        VirtualSwitch sw = dc.virtualSwitch(nic.switchId());
        assertThat(sw.name()).isEqualTo("VM Network");
        assertThat(sw.hostId()).isEqualTo(vs.hostId()).isEqualTo(r.hostId());
    }

    @Test
    public void aSecondDeployReusesTheSwitchOfTheNetwork() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        OvfPackage p = pkg(envelope(DISKS + NETWORKS, fullSystem()));
        new OvfDeployer(dc).deploy(p, DeployRequest.defaults());
        new OvfDeployer(dc).deploy(p, DeployRequest.defaults());
        List<VirtualSwitch> switches = dc.switches().stream().filter(s -> s.name().equals("VM Network")).toList();
        assertThat(switches).hasSize(1);
        assertThat(switches.get(0).connections()).hasSize(2);
        assertThat(dc.systems()).hasSize(2);
    }

    @Test
    public void theDefaultConfigurationSelectsItsItems() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        String vs = system("vm", null, "", cpu(1, 1), memoryMb("", 2, 1024),
                memoryMb("ovf:configuration=\"large\"", 2, 4096), item("ovf:configuration=\"large\"", 3, 3,
                        "VirtualQuantity", "3"));
        OvfPackage p = pkg(envelope(OPTIONS, vs));
        DeployResult small = new OvfDeployer(dc).deploy(p, DeployRequest.defaults());
        assertThat(small.configuration()).isEqualTo("small");
        VirtualSystem s = dc.system(small.systems().get(0).systemId());
        assertThat(s.total(DeviceKind.MEMORY)).isEqualTo(1L << 30);
        assertThat(s.total(DeviceKind.PROCESSOR)).isEqualTo(1);

        DeployResult large = new OvfDeployer(dc).deploy(p, DeployRequest.defaults().withDeploymentOption("large"));
        assertThat(large.configuration()).isEqualTo("large");
        VirtualSystem l = dc.system(large.systems().get(0).systemId());
        assertThat(l.total(DeviceKind.MEMORY)).isEqualTo(4L << 30);
        assertThat(l.total(DeviceKind.PROCESSOR)).isEqualTo(4);
    }

    @Test
    public void anUndeclaredDeploymentOptionIsRefused() {
        Datacenter dc = DeployFixtures.datacenter();
        OvfPackage p = pkg(envelope(OPTIONS, minimalSystem("vm")));
        OvfDeployException e = refusal(dc, p, DeployRequest.defaults().withDeploymentOption("huge"));
        assertThat(e.requirementId()).isEqualTo("OVF-SEC-009");
        assertThat(e.getMessage()).contains("huge");
    }

    @Test
    public void aCollectionDeploysEverySystemAndReportsTheStartupOrder() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        String collection = "<VirtualSystemCollection ovf:id=\"app\"><Info>app</Info>"
                + "<StartupSection><Info>order</Info><Item ovf:id=\"web\" ovf:order=\"2\" ovf:startAction=\"none\"/>"
                + "<Item ovf:id=\"db\" ovf:order=\"1\"/></StartupSection>"
                + system("web", "frontend", "", cpu(1, 1), memoryMb("", 2, 256))
                + minimalSystem("db")
                + "</VirtualSystemCollection>";
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope("", collection)), DeployRequest.defaults());
        assertThat(r.systems()).extracting(DeployedSystem::entityId).containsExactly("web", "db");
        assertThat(r.systems()).extracting(DeployedSystem::name).containsExactly("frontend", "db");
        assertThat(dc.systems()).extracting(VirtualSystem::name).containsExactlyInAnyOrder("frontend", "db");
        assertThat(r.startupOrder()).extracting(StartupStep::entityId).containsExactly("db", "web");
        assertThat(r.startupOrder().get(0).systemId()).isEqualTo(r.systems().get(1).systemId());
        assertThat(r.startupOrder()).allSatisfy(s -> assertThat(s.collectionId()).isEqualTo("app"));
        assertThat(r.startupOrder()).extracting(StartupStep::startAction).containsExactly("powerOn", "none");
    }

    @Test
    public void aCollectionIsAllOrNothing() {
        Datacenter dc = DeployFixtures.datacenter();
        String collection = "<VirtualSystemCollection ovf:id=\"app\"><Info>app</Info>"
                + minimalSystem("first")
                + system("second", null, "", cpu(1, 1), memoryMb("", 2, 256), item("", 3, 25))
                + "</VirtualSystemCollection>";
        OvfDeployException e = refusal(dc, pkg(envelope("", collection)), DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-EXT-006");
        assertThat(e.getMessage()).contains("second");
        assertThat(dc.systems()).isEmpty();
    }

    @Test
    public void anOptionalUnsupportedItemIsSkippedWithAWarning() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        String vs = system("vm", null, "", cpu(1, 1), memoryMb("", 2, 256),
                item("ovf:required=\"false\"", 3, 25));
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope("", vs)), DeployRequest.defaults());
        assertThat(dc.system(r.systems().get(0).systemId()).allocations()).hasSize(2);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.requirementId()).isEqualTo("OVF-EXT-006"));
    }

    @Test
    public void aRequiredUnknownSectionIsRefused() {
        Datacenter dc = DeployFixtures.datacenter();
        String vs = system("vm", null, "<x:FooSection ovf:required=\"true\"><Info>vendor magic</Info>"
                + "</x:FooSection>", cpu(1, 1), memoryMb("", 2, 256));
        OvfDeployException e = refusal(dc, pkg(envelope("", vs)), DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-EXT-003");
        assertThat(e.getMessage()).contains("FooSection");
    }

    @Test
    public void anOptionalUnknownSectionIsIgnoredWithItsInfoAsWarning() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        String vs = system("vm", null, "<x:FooSection ovf:required=\"false\"><Info>vendor magic</Info>"
                + "</x:FooSection>", cpu(1, 1), memoryMb("", 2, 256));
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope("", vs)), DeployRequest.defaults());
        assertThat(r.systems()).hasSize(1);
        assertThat(r.warnings()).filteredOn(w -> w.requirementId().equals("OVF-EXT-004")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("FooSection").contains("vendor magic"));
    }

    @Test
    public void aEulaMustBeAccepted() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        String vs = system("vm", null, "<EulaSection><Info>license</Info><License>Be nice.</License></EulaSection>",
                cpu(1, 1), memoryMb("", 2, 256));
        OvfPackage p = pkg(envelope("", vs));
        OvfDeployException e = refusal(dc, p, DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-SEC-003");
        DeployResult r = new OvfDeployer(dc).deploy(p, DeployRequest.defaults().acceptingEulas());
        assertThat(r.systems()).hasSize(1);
    }

    @Test
    public void propertyValuesAreCheckedAgainstTypeQualifiersAndConfigurability() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        OvfPackage p = pkg(envelope("", system("vm", null, PRODUCT, cpu(1, 1), memoryMb("", 2, 256))));
        DeployRequest base = DeployRequest.defaults();

        OvfDeployException tooBig = refusal(dc, p, base.withProperty("com.acme.port.1", "300"));
        assertThat(tooBig.requirementId()).isEqualTo("OVF-PROD-009");
        assertThat(tooBig.getMessage()).contains("com.acme.port.1").contains("300");

        OvfDeployException notInMap = refusal(dc, p, base.withProperty("com.acme.mode.1", "c"));
        assertThat(notInMap.requirementId()).isEqualTo("OVF-PROD-008");

        OvfDeployException unknown = refusal(dc, p, base.withProperty("nosuch", "1"));
        assertThat(unknown.requirementId()).isEqualTo("OVF-PROD-004");
        assertThat(unknown.getMessage()).contains("'nosuch'");

        OvfDeployException fixed = refusal(dc, p, base.withProperty("com.acme.fixed.1", "y"));
        assertThat(fixed.requirementId()).isEqualTo("OVF-PROD-010");

        DeployResult ok = new OvfDeployer(dc).deploy(p, base.withProperty("com.acme.port.1", "8")
                .withProperty("com.acme.mode.1", "b"));
        assertThat(ok.systems()).hasSize(1);
    }

    @Test
    public void aDiskCapacityMayComeFromAProperty() throws Exception {
        Datacenter dc = DeployFixtures.datacenter();
        String disks = "<DiskSection><Info>disks</Info><Disk ovf:capacity=\"${disk.size}\""
                + " ovf:capacityAllocationUnits=\"byte * 2^30\" ovf:diskId=\"d1\"/></DiskSection>";
        String product = "<ProductSection><Info>p</Info><Property ovf:key=\"disk.size\" ovf:type=\"uint16\""
                + " ovf:userConfigurable=\"true\" ovf:value=\"2\"/></ProductSection>";
        String vs = system("vm", null, product, cpu(1, 1), memoryMb("", 2, 256),
                item("", 3, 17, "HostResource", "ovf:/disk/d1"));
        OvfPackage p = pkg(envelope(disks, vs));
        DeployResult byDefault = new OvfDeployer(dc).deploy(p, DeployRequest.defaults());
        DeployResult chosen = new OvfDeployer(dc).deploy(p, DeployRequest.defaults().withProperty("disk.size", "3"));
        assertThat(dc.system(byDefault.systems().get(0).systemId()).total(DeviceKind.DISK)).isEqualTo(2 * GIB);
        assertThat(dc.system(chosen.systems().get(0).systemId()).total(DeviceKind.DISK)).isEqualTo(3 * GIB);
    }

    @Test
    public void theFirstHostWithRoomIsChosen() throws Exception {
        Datacenter dc = new Datacenter(3);
        dc.addHost(DeployFixtures.host("tiny", 1, GIB));
        dc.addHost(DeployFixtures.host("roomy", 32, 64 * GIB));
        DeployResult r = new OvfDeployer(dc).deploy(pkg(envelope("", system("vm", null, "", cpu(1, 4),
                memoryMb("", 2, 2048)))), DeployRequest.defaults());
        assertThat(dc.host(r.hostId()).name()).isEqualTo("roomy");
    }

    @Test
    public void aPackageNoHostCanHoldIsRefusedUnchanged() {
        Datacenter dc = DeployFixtures.datacenter();
        OvfPackage p = pkg(envelope("", system("vm", null, "", cpu(1, 64), memoryMb("", 2, 256))));
        assertThat(refusal(dc, p, DeployRequest.defaults()).requirementId()).isEqualTo("OVF-EXT-006");
        assertThat(refusal(dc, p, DeployRequest.defaults().onHost("host-a")).requirementId())
                .isEqualTo("OVF-EXT-006");
    }

    @Test
    public void aCollectionTooBigForTheRequestedHostTogetherIsRefusedUnchanged() {
        Datacenter dc = DeployFixtures.datacenter();
        String collection = "<VirtualSystemCollection ovf:id=\"app\"><Info>app</Info>"
                + system("a", null, "", cpu(1, 10), memoryMb("", 2, 256))
                + system("b", null, "", cpu(1, 10), memoryMb("", 2, 256))
                + "</VirtualSystemCollection>";
        OvfDeployException e = refusal(dc, pkg(envelope("", collection)), DeployRequest.defaults().onHost("host-a"));
        assertThat(e.requirementId()).isEqualTo("OVF-EXT-006");
        assertThat(dc.systems()).isEmpty();
    }

    @Test
    public void anUnknownHostIsAnArgumentError() {
        Datacenter dc = DeployFixtures.datacenter();
        OvfPackage p = pkg(envelope("", minimalSystem("vm")));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new OvfDeployer(dc).deploy(p, DeployRequest.defaults().onHost("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }

    @Test
    public void aNicOnAnUndeclaredNetworkIsRefused() {
        Datacenter dc = DeployFixtures.datacenter();
        String vs = system("vm", null, "", cpu(1, 1), memoryMb("", 2, 256),
                item("", 3, 10, "Connection", "Nowhere"));
        OvfDeployException e = refusal(dc, pkg(envelope(NETWORKS, vs)), DeployRequest.defaults());
        assertThat(e.requirementId()).isEqualTo("OVF-HW-014");
        assertThat(e.getMessage()).contains("Nowhere");
    }
}
