package org.vcmtck.simulator.launcher;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.PackageFixtures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy --deploy-dir (OVF environment, ISO transport, configuration line) and the systems command. */
public class LauncherEnvironmentTest extends LauncherTestSupport {
    private static final String NS = "http://schemas.dmtf.org/ovf/envelope/1";
    private Path webPackage;
    private Path eulaPackage;
    private String webDescriptor;

    private static String descriptor(String extraSection) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Envelope xmlns=\"" + NS + "\" xmlns:ovf=\"" + NS + "\""
                + " xmlns:rasd=\"http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData\">"
                + "<References/>"
                + "<DeploymentOptionSection><Info>sizes</Info>"
                + "<Configuration ovf:id=\"small\" ovf:default=\"true\"><Label>S</Label><Description>s</Description>"
                + "</Configuration><Configuration ovf:id=\"large\"><Label>L</Label><Description>l</Description>"
                + "</Configuration></DeploymentOptionSection>"
                + "<VirtualSystem ovf:id=\"web\"><Info>vs</Info><Name>web</Name>" + extraSection
                + "<ProductSection><Info>p</Info><Property ovf:key=\"greeting\" ovf:type=\"string\" ovf:value=\"hi\""
                + " ovf:userConfigurable=\"true\"/></ProductSection>"
                + "<VirtualHardwareSection ovf:transport=\"iso\"><Info>hw</Info><Item><rasd:ElementName>cpu"
                + "</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID><rasd:ResourceType>3</rasd:ResourceType>"
                + "<rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item></VirtualHardwareSection>"
                + "</VirtualSystem></Envelope>\n";
    }

    @BeforeClass
    public void createPackages() throws Exception {
        webDescriptor = descriptor("");
        webPackage = dir.resolve("web");
        Files.createDirectories(webPackage);
        Files.writeString(webPackage.resolve("web.ovf"), webDescriptor, StandardCharsets.UTF_8);
        eulaPackage = dir.resolve("eula");
        Files.createDirectories(eulaPackage);
        Files.writeString(eulaPackage.resolve("eula.ovf"), descriptor(
                "<EulaSection><Info>license</Info><License>Be nice.</License></EulaSection>"), StandardCharsets.UTF_8);
    }

    private static List<String> withoutDetails(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("hardware ") && !l.startsWith("annotation ")
                && !l.startsWith("network ")).toList();
    }

    private static byte[] isoFile(Path iso, String name) throws Exception {
        byte[] image = Files.readAllBytes(iso);
        org.vcmtck.simulator.ovf.env.IsoProbe probe = new org.vcmtck.simulator.ovf.env.IsoProbe(image);
        return probe.jolietFile(name);
    }

    @Test
    public void deployWithADeployDirWritesTheEnvironmentAndPrintsItsLines() throws Exception {
        Path out = dir.resolve("deployed");
        Result r = run("deploy", webPackage.toString(), "--hosts", "1", "--vms", "0", "--deployment-option", "large",
                "--property", "greeting=hello", "--deploy-dir", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        // the optional detail lines (hardware, annotation, network) are checked elsewhere; here the rest in order
        List<String> lines = withoutDetails(r.outLines());
        assertThat(r.outLines()).contains("hardware web processors 1");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("deployed web \\S+");
        assertThat(lines.get(1)).isEqualTo("configuration large");
        Path iso = out.toAbsolutePath().resolve("web").resolve("ovf-env.iso");
        assertThat(lines.get(2)).isEqualTo("environment web " + iso);
        String xml = Files.readString(iso.resolveSibling("ovf-env.xml"));
        assertThat(xml).contains("oe:id=\"web\"").contains("oe:key=\"greeting\" oe:value=\"hello\"")
                .contains("id=\"large\"");
        assertThat(isoFile(iso, "ovf-env.xml")).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void withoutADeployDirNothingIsWrittenButTheConfigurationIsPrinted() {
        Result r = run("deploy", webPackage.toString(), "--hosts", "1", "--vms", "0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(withoutDetails(r.outLines())).hasSize(2).element(1).isEqualTo("configuration small");
        assertThat(r.out()).doesNotContain("environment");
    }

    @Test
    public void anOvaOnStandardInputGetsItsEnvironmentToo() throws Exception {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("web.ovf", webDescriptor.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("stdin-deployed");
        Result r = run(new ByteArrayInputStream(PackageFixtures.tar(members)), "deploy", "-", "--hosts", "1",
                "--vms", "0", "--deploy-dir", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("environment web "));
        assertThat(out.resolve("web").resolve("ovf-env.iso")).exists();
    }

    @Test
    public void aRefusedPackageLeavesTheDeployDirUntouched() throws Exception {
        Path out = dir.resolve("refused");
        Files.createDirectories(out);
        Result r = run("deploy", eulaPackage.toString(), "--hosts", "1", "--vms", "0", "--deploy-dir",
                out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("OVF-SEC-003");
        assertThat(r.out()).isEmpty();
        try (Stream<Path> entries = Files.list(out)) {
            assertThat(entries).isEmpty();
        }
        Path missing = dir.resolve("refused-missing");
        assertThat(run("deploy", eulaPackage.toString(), "--deploy-dir", missing.toString()).exit()).isEqualTo(1);
        assertThat(missing).doesNotExist();
    }

    @Test
    public void aDeployDirThatIsAFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Result r = run("deploy", webPackage.toString(), "--deploy-dir", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--deploy-dir").contains("not a directory");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    public void systemsListsWhatTheStateFileHoldsAfterADeploy() throws Exception {
        Path state = dir.resolve("systems-state.json");
        Result deploy = run("deploy", webPackage.toString(), "--hosts", "1", "--vms", "2", "--state",
                state.toString());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        String id = deploy.outLines().get(0).substring("deployed web ".length());
        Result systems = run("systems", "--state", state.toString());
        assertThat(systems.exit()).as(systems.err()).isZero();
        assertThat(systems.outLines()).hasSize(3).allMatch(l -> l.matches("system \\S+ \\S+"))
                .contains("system web " + id);
        Result again = run("systems", "--state", state.toString());
        assertThat(again.out()).isEqualTo(systems.out());
    }

    @Test
    public void systemsWithABadStateFileExitsTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-state.json"), "{ not json");
        Result r = run("systems", "--state", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("systems");
    }

    @Test
    public void helpDocumentsTheNewOptionAndCommand() {
        // help text is wrapped to the terminal width; compare with whitespace runs collapsed
        assertThat(run("deploy", "--help").out().replaceAll("\\s+", " ")).contains("--deploy-dir",
                "environment <ovf:id>", "configuration <id>");
        Result help = run("systems", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("system <name> <id>", "--state", "--inventory",
                "--seed");
        assertThat(run("--help").out()).contains("systems");
    }
}
