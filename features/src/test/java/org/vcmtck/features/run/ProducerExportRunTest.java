package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.ScriptFixtures.deleteTree;
import static org.vcmtck.features.fixtures.ScriptFixtures.requirePosixShell;
import static org.vcmtck.features.fixtures.ScriptFixtures.script;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;

/** A target whose OVF packages come from its producer section's export command, run end to end. */
public class ProducerExportRunTest {

    /** A small directory package written by hand: one system, one disk, one network, a SHA1 manifest (OVF 1.x). */
    private static final String DESCRIPTOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
                xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData">
              <References>
                <File ovf:id="file1" ovf:href="small-disk.img" ovf:size="4"/>
              </References>
              <DiskSection>
                <Info>Virtual disks</Info>
                <Disk ovf:diskId="disk1" ovf:fileRef="file1" ovf:capacity="1"
                    ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <NetworkSection>
                <Info>Logical networks</Info>
                <Network ovf:name="frontend"/>
              </NetworkSection>
              <VirtualSystem ovf:id="small">
                <Info>A small exported system</Info>
                <OperatingSystemSection ovf:id="36"><Info>Guest OS</Info></OperatingSystemSection>
                <VirtualHardwareSection>
                  <Info>Virtual hardware</Info>
                  <Item><rasd:ElementName>1 CPU</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                    <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
                  <Item><rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits><rasd:ElementName>512 MB</rasd:ElementName>
                    <rasd:InstanceID>2</rasd:InstanceID><rasd:ResourceType>4</rasd:ResourceType>
                    <rasd:VirtualQuantity>512</rasd:VirtualQuantity></Item>
                  <Item><rasd:ElementName>SCSI controller</rasd:ElementName><rasd:InstanceID>3</rasd:InstanceID>
                    <rasd:ResourceType>6</rasd:ResourceType></Item>
                  <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk</rasd:ElementName>
                    <rasd:HostResource>ovf:/disk/disk1</rasd:HostResource><rasd:InstanceID>4</rasd:InstanceID>
                    <rasd:Parent>3</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
                  <Item><rasd:Connection>frontend</rasd:Connection><rasd:ElementName>nic</rasd:ElementName>
                    <rasd:InstanceID>5</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>
                </VirtualHardwareSection>
              </VirtualSystem>
            </Envelope>
            """;

    private static final byte[] DISK = "DISK".getBytes(StandardCharsets.US_ASCII);

    private final List<Path> folders = new ArrayList<>();

    @BeforeClass
    public void needsPosixShell() {
        requirePosixShell("the export tool is a /bin/sh script");
    }

    private Path newFolder() throws IOException {
        Path folder = Files.createTempDirectory("producer-run");
        folders.add(folder);
        return folder;
    }

    @AfterMethod(alwaysRun = true)
    public void deleteFolders() throws IOException {
        for (Path folder : folders) {
            deleteTree(folder);
        }
        folders.clear();
    }

    /** Writes the package into {@code folder} as {@code small/small.ovf} with its disk and manifest. */
    private static Path writePackage(Path folder) throws Exception {
        Path pkg = Files.createDirectories(folder.resolve("small"));
        byte[] descriptor = DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        Files.write(pkg.resolve("small.ovf"), descriptor);
        Files.write(pkg.resolve("small-disk.img"), DISK);
        Files.writeString(pkg.resolve("small.mf"), "SHA1(small.ovf)= " + sha1(descriptor)
                + "\nSHA1(small-disk.img)= " + sha1(DISK) + "\n", StandardCharsets.US_ASCII);
        return pkg;
    }

    private static String sha1(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
    }

    private static SuiteRun check(Path folder, String sections) throws IOException {
        Path target = folder.resolve("target.yaml");
        Files.writeString(target, "name: Exporting product\n" + sections
                + "claims:\n  standards: [DSP0243]\n  features: [ovf-manifest]\n");
        return SuiteRun.of(target, folder.resolve("out"), Optional.empty());
    }

    @Test
    public void packagesTheExportCommandWritesAreChecked() throws Exception {
        Path folder = newFolder();
        Path source = Files.createDirectories(folder.resolve("product-store"));
        writePackage(source);
        script(folder, "exporter.sh", "cp -R '" + source.resolve("small") + "' \"$2/\"\n");

        SuiteRun outcome = check(folder, "producer:\n  export: [./exporter.sh, --out, \"{outdir}\"]\n");

        assertThat(outcome.exit()).as("exit code; stdout:%n%s%nstderr:%n%s", outcome.out(), outcome.err())
                .isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        assertThat(outcome.out()).contains("export command wrote 1 OVF package");
        JsonNode report = outcome.report();
        assertThat(ReportJson.statusOf(report, "OVF-PKG-001")).isEqualTo("PASSED");
        assertThat(ReportJson.statusOf(report, "OVF-MF-008")).isEqualTo("PASSED");
        assertThat(ReportJson.statuses(report)).doesNotContain("FAILED");
    }

    @Test
    public void aFailingExportIsReportedAndTheRunGoesOnWithTheNamedPackages() throws Exception {
        Path folder = newFolder();
        writePackage(Files.createDirectories(folder.resolve("named")));
        script(folder, "exporter.sh", "echo 'no systems selected' >&2\nexit 4\n");

        SuiteRun outcome = check(folder, "endpoints:\n  ovf: named/\n"
                + "producer:\n  export: [./exporter.sh, \"{outdir}\"]\n");

        assertThat(outcome.exit()).as("exit code; stdout:%n%s%nstderr:%n%s", outcome.out(), outcome.err())
                .isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        assertThat(outcome.err()).contains("exporter.sh").contains("exit code 4").contains("no systems selected")
                .contains("without exported packages");
        assertThat(ReportJson.statusOf(outcome.report(), "OVF-PKG-001")).isEqualTo("PASSED");
    }

    @Test
    public void aFailingExportWithNothingElseNamedLeavesTheProducerRequirementsNotTested() throws Exception {
        Path folder = newFolder();
        script(folder, "exporter.sh", "exit 0\n");

        SuiteRun outcome = check(folder, "producer:\n  export: [./exporter.sh, \"{outdir}\"]\n");

        assertThat(outcome.exit()).as("exit code; stderr:%n%s", outcome.err()).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        assertThat(outcome.err()).contains("left nothing to check");
        assertThat(ReportJson.statusOf(outcome.report(), "OVF-PKG-001")).isEqualTo("NOT_TESTED");
    }

    @Test
    public void anExportCommandThatCannotStartIsABadTarget() throws Exception {
        Path folder = newFolder();

        SuiteRun outcome = check(folder, "producer:\n  export: [./missing-exporter, \"{outdir}\"]\n");

        assertThat(outcome.exit()).isEqualTo(ExitCodes.BAD_TARGET);
        assertThat(outcome.err()).contains("cannot start").contains("missing-exporter").contains("producer.export");
        assertThat(outcome.outDir().resolve("report.json")).doesNotExist();
    }
}
