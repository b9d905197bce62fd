package org.vcmtck.simulator.ovf.env;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.deploy.DeployRequest;
import org.vcmtck.simulator.ovf.deploy.DeployResult;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

public class EnvironmentDeliveryTest {
    private static final Instant WHEN = Instant.parse("2022-02-02T02:02:02Z");
    private Path dir;

    @BeforeClass
    public void createDirectory() throws Exception {
        dir = Files.createTempDirectory("env-delivery-test");
    }

    @AfterClass(alwaysRun = true)
    public void deleteDirectory() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private EnvironmentDelivery plan(String name, String descriptor, Map<String, byte[]> members, Path deployDir)
            throws Exception {
        OvfPackage pkg = EnvFixtures.write(dir.resolve(name), descriptor, members);
        DeployResult result = EnvFixtures.deploy(pkg, DeployRequest.defaults());
        EnvironmentSources sources = EnvironmentSources.read(pkg, null);
        return EnvironmentDelivery.plan(new EnvironmentDelivery.Inputs(pkg.descriptor(), result, sources.contents(),
                Map.of(), Platform.reference(), WHEN), deployDir);
    }

    private static String collection(String... systems) {
        return "<VirtualSystemCollection ovf:id=\"set\"><Info>c</Info>" + String.join("", systems)
                + "</VirtualSystemCollection>";
    }

    @Test
    public void eachTransportGetsItsFileAndUnknownOnesAWarning() throws Exception {
        Path out = dir.resolve("out-transports");
        EnvironmentDelivery d = plan("transports", EnvFixtures.envelope("", "", collection(
                EnvFixtures.system("a", "iso", ""), EnvFixtures.system("b", "com.vmware.guestInfo", ""),
                EnvFixtures.system("c", "foo bar", ""), EnvFixtures.system("d", null, ""))), Map.of(), out);
        assertThat(d.deliveries()).extracting(EnvironmentDelivery.Delivery::entityId,
                EnvironmentDelivery.Delivery::transport).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", EnvironmentDelivery.ISO),
                        org.assertj.core.groups.Tuple.tuple("b", EnvironmentDelivery.GUEST_INFO));
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.requirementId()).isEqualTo("OVF-OENV-005");
            assertThat(w.message()).contains("'c'").contains("foo");
        });
        assertThat(out).as("planning writes nothing").doesNotExist();
        d.write();
        Path iso = d.deliveries().get(0).path();
        assertThat(iso).isAbsolute().hasFileName(EnvironmentDelivery.ISO_FILE).exists();
        byte[] xml = Files.readAllBytes(iso.resolveSibling(EnvironmentDocument.FILE_NAME));
        IsoImageReader reader = new IsoImageReader(Files.readAllBytes(iso));
        assertThat(reader.files(reader.descriptorSector(2), true).get("ovf-env.xml")).isEqualTo(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("oe:id=\"a\"");
        Path guestInfo = d.deliveries().get(1).path();
        assertThat(guestInfo).hasFileName(EnvironmentDelivery.GUEST_INFO_FILE);
        assertThat(Files.readString(guestInfo)).contains("oe:id=\"b\"");
    }

    @Test
    public void environmentFilesGoOnTheMediumAtTheirPathAndBadOnesAreLeftOutWithAWarning() throws Exception {
        byte[] seed = "seed-data".getBytes(StandardCharsets.UTF_8);
        String files = "<EnvironmentFilesSection ovf:required=\"false\"><Info>files</Info>"
                + "<File ovf:fileRef=\"seed\" ovf:path=\"config/seed.txt\"/>"
                + "<File ovf:fileRef=\"seed\" ovf:path=\"../escape.txt\"/>"
                + "<File ovf:fileRef=\"nosuch\" ovf:path=\"x.txt\"/>"
                + "</EnvironmentFilesSection>";
        EnvironmentDelivery d = plan("files", EnvFixtures.envelope(
                "<File ovf:id=\"seed\" ovf:href=\"seed.txt\" ovf:size=\"" + seed.length + "\"/>", "",
                EnvFixtures.system("vm", "iso", files)), Map.of("seed.txt", seed), dir.resolve("out-files"));
        Path iso = d.deliveries().get(0).path();
        IsoImageReader reader = new IsoImageReader(d.files().get(iso));
        Map<String, byte[]> onMedium = reader.files(reader.descriptorSector(2), true);
        assertThat(onMedium).containsOnlyKeys("ovf-env.xml", "config/seed.txt");
        assertThat(onMedium.get("config/seed.txt")).isEqualTo(seed);
        assertThat(d.warnings()).extracting(OvfFinding::requirementId).containsExactly("OVF-OENV-008",
                "OVF-OENV-008");
        assertThat(d.warnings()).extracting(OvfFinding::message).anySatisfy(m -> assertThat(m).contains("nosuch"))
                .anySatisfy(m -> assertThat(m).contains("../escape.txt"));
    }

    @Test
    public void anExistingSystemFolderIsNotOverwritten() throws Exception {
        Path out = dir.resolve("out-existing");
        String descriptor = EnvFixtures.envelope("", "", EnvFixtures.system("vm", "iso", ""));
        EnvironmentDelivery first = plan("existing", descriptor, Map.of(), out);
        first.write();
        EnvironmentDelivery second = plan("existing", descriptor, Map.of(), out);
        assertThat(second.deliveries().get(0).path().getParent())
                .isNotEqualTo(first.deliveries().get(0).path().getParent());
        assertThat(second.deliveries().get(0).path().getParent().getParent()).isEqualTo(out.toAbsolutePath());
    }

    @Test
    public void samePackageSameBytes() throws Exception {
        String descriptor = EnvFixtures.envelope("", "", EnvFixtures.system("vm", "iso", ""));
        EnvironmentDelivery a = plan("same-a", descriptor, Map.of(), dir.resolve("out-same"));
        EnvironmentDelivery b = plan("same-b", descriptor, Map.of(), dir.resolve("out-same"));
        assertThat(b.files().get(b.deliveries().get(0).path()))
                .isEqualTo(a.files().get(a.deliveries().get(0).path()));
    }

    @Test
    public void environmentFilesOfASectionForAnotherTransportStayOffTheIso() throws Exception {
        byte[] seed = "seed-data".getBytes(StandardCharsets.UTF_8);
        byte[] other = "other-data".getBytes(StandardCharsets.UTF_8);
        String files = "<EnvironmentFilesSection ovf:transport=\"iso,com.vmware.guestInfo\"><Info>both</Info>"
                + "<File ovf:fileRef=\"seed\" ovf:path=\"seed.txt\"/></EnvironmentFilesSection>"
                + "<EnvironmentFilesSection ovf:transport=\"com.vmware.guestInfo\"><Info>guestinfo only</Info>"
                + "<File ovf:fileRef=\"other\" ovf:path=\"other.txt\"/></EnvironmentFilesSection>";
        EnvironmentDelivery d = plan("transport-files", EnvFixtures.envelope(
                "<File ovf:id=\"seed\" ovf:href=\"seed.txt\" ovf:size=\"" + seed.length + "\"/>"
                        + "<File ovf:id=\"other\" ovf:href=\"other.txt\" ovf:size=\"" + other.length + "\"/>", "",
                EnvFixtures.system("vm", "iso", files)), Map.of("seed.txt", seed, "other.txt", other),
                dir.resolve("out-transport-files"));
        Path iso = d.deliveries().get(0).path();
        IsoImageReader reader = new IsoImageReader(d.files().get(iso));
        assertThat(reader.files(reader.descriptorSector(2), true)).containsOnlyKeys("ovf-env.xml", "seed.txt");
        assertThat(d.warnings()).isEmpty();
    }
}
