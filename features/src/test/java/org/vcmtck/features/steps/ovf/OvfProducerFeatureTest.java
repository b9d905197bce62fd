package org.vcmtck.features.steps.ovf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.testng.annotations.Test;
import org.vcmtck.features.fixtures.SuiteRun;
import org.vcmtck.features.run.ExitCodes;

/** The OVF producer feature run end to end through ConformanceRun against a target file naming built packages. */
public class OvfProducerFeatureTest {

    /** Only the producer checks: the consumer scenarios cite some of the same ids (e.g. OVF-CERT-003). */
    private static final Path PRODUCER_FEATURE = Path.of("src/main/resources/features/ovf/producer.feature");

    private static final String DESCRIPTOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
                xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData">
              <References>
                <File ovf:id="f1" ovf:href="tiny-disk1.vmdk" ovf:size="8"/>
              </References>
              <DiskSection>
                <Info>Disks</Info>
                <Disk ovf:diskId="d1" ovf:fileRef="f1" ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30"/>
              </DiskSection>
              <NetworkSection>
                <Info>Networks</Info>
                <Network ovf:name="lan"/>
              </NetworkSection>
              <VirtualSystem ovf:id="tiny">
                <Info>One small VM</Info>
                <OperatingSystemSection ovf:id="101"><Info>Guest OS</Info></OperatingSystemSection>
                <VirtualHardwareSection>
                  <Info>Hardware</Info>
                  <Item><rasd:ElementName>cpu</rasd:ElementName><rasd:InstanceID>1</rasd:InstanceID>
                    <rasd:ResourceType>3</rasd:ResourceType><rasd:VirtualQuantity>1</rasd:VirtualQuantity></Item>
                  <Item><rasd:ElementName>scsi</rasd:ElementName><rasd:InstanceID>2</rasd:InstanceID>
                    <rasd:ResourceType>6</rasd:ResourceType></Item>
                  <Item><rasd:AddressOnParent>0</rasd:AddressOnParent><rasd:ElementName>disk</rasd:ElementName>
                    <rasd:HostResource>ovf:/disk/d1</rasd:HostResource><rasd:InstanceID>3</rasd:InstanceID>
                    <rasd:Parent>2</rasd:Parent><rasd:ResourceType>17</rasd:ResourceType></Item>
                  <Item><rasd:Connection>lan</rasd:Connection><rasd:ElementName>nic</rasd:ElementName>
                    <rasd:InstanceID>4</rasd:InstanceID><rasd:ResourceType>10</rasd:ResourceType></Item>
                </VirtualHardwareSection>
              </VirtualSystem>
            </Envelope>
            """;

    private static final byte[] DISK = "DISKDATA".getBytes(StandardCharsets.US_ASCII);

    private static String sha1(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
    }

    /** descriptor, manifest, disk — in that order — with a correct SHA1 manifest. */
    private static List<Map.Entry<String, byte[]>> goodFiles() throws NoSuchAlgorithmException {
        byte[] descriptor = DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        String manifest = "SHA1(tiny.ovf)= " + sha1(descriptor) + "\nSHA1(tiny-disk1.vmdk)= " + sha1(DISK) + "\n";
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        files.add(Map.entry("tiny.ovf", descriptor));
        files.add(Map.entry("tiny.mf", manifest.getBytes(StandardCharsets.US_ASCII)));
        files.add(Map.entry("tiny-disk1.vmdk", DISK));
        return files;
    }

    private static String resource(String path) throws IOException {
        try (var in = OvfProducerFeatureTest.class.getResourceAsStream(path)) {
            assertThat(in).as("test resource %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** A certificate file: the SHA1 signature of the signed bytes by the test key, then the test certificate. */
    private static byte[] certificateFile(byte[] signedBytes) throws Exception {
        String key = resource("/signing/rsa-key.pem").replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        Signature signature = Signature.getInstance("SHA1withRSA");
        signature.initSign(KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key))));
        signature.update(signedBytes);
        String text = "SHA1(tiny.mf)= " + HexFormat.of().formatHex(signature.sign()) + "\n"
                + resource("/signing/rsa-cert.pem");
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** descriptor, manifest, certificate, disk — the certificate signing the given bytes. */
    private static List<Map.Entry<String, byte[]>> signedFiles(boolean signTheManifest) throws Exception {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>(goodFiles());
        byte[] manifest = files.get(1).getValue();
        byte[] signed = signTheManifest ? manifest : "another manifest\n".getBytes(StandardCharsets.US_ASCII);
        files.add(2, Map.entry("tiny.cert", certificateFile(signed)));
        return files;
    }

    private static void writeOva(Path ova, List<Map.Entry<String, byte[]>> members) throws IOException {
        try (OutputStream out = Files.newOutputStream(ova); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> member : members) {
                TarArchiveEntry entry = new TarArchiveEntry(member.getKey());
                entry.setSize(member.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(member.getValue());
                tar.closeArchiveEntry();
            }
        }
    }

    private record Outcome(int exit, JsonNode report, String out) {
        String status(String requirement) {
            return requirement(requirement).path("status").asText();
        }

        JsonNode requirement(String requirement) {
            for (JsonNode standard : report.path("standards")) {
                for (JsonNode r : standard.path("requirements")) {
                    if (r.path("id").asText().equals(requirement)) {
                        return r;
                    }
                }
            }
            throw new AssertionError(requirement + " is not in the report");
        }

        /** The text of an evidence item attached to the requirement's scenario, or "" when there is none. */
        String evidence(String requirement, String name) {
            for (JsonNode item : requirement(requirement).path("evidence").path("items")) {
                if (item.path("name").asText().equals(name)) {
                    return item.path("text").asText();
                }
            }
            return "";
        }
    }

    private static Outcome check(Path folder, String ovfLocations) throws IOException {
        return check(folder, ovfLocations, "ova, ovf-manifest");
    }

    private static Outcome check(Path folder, String ovfLocations, String features) throws IOException {
        Path target = folder.resolve("target.yaml");
        Files.writeString(target, """
                name: OVF producer under test
                endpoints:
                  ovf: %s
                claims:
                  standards: [DSP0243]
                  features: [%s]
                """.formatted(ovfLocations, features));
        SuiteRun run = SuiteRun.of(target, folder.resolve("out"), Optional.of(PRODUCER_FEATURE));
        assertThat(run.outDir().resolve("report.json")).as("report; stdout:%n%s%nstderr:%n%s", run.out(), run.err())
                .isRegularFile();
        return new Outcome(run.exit(), run.report(), run.out() + "\n" + run.err());
    }

    @Test
    public void conformantDirectoryAndOvaPackagesPass() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        Path packages = Files.createDirectories(folder.resolve("packages"));
        Path loose = Files.createDirectories(packages.resolve("tiny"));
        for (Map.Entry<String, byte[]> file : goodFiles()) {
            Files.write(loose.resolve(file.getKey()), file.getValue());
        }
        writeOva(packages.resolve("tiny.ova"), goodFiles());

        Outcome outcome = check(folder, "[ packages/ ]");

        assertThat(outcome.exit()).as("exit code; output:%n%s", outcome.out()).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        for (String id : List.of("OVF-PKG-001", "OVF-PKG-005", "OVF-PKG-007", "OVF-PKG-008", "OVF-REF-005",
                "OVF-REF-011", "OVF-MF-001", "OVF-MF-005", "OVF-MF-006", "OVF-MF-008", "OVF-HW-008", "OVF-HW-011",
                "OVF-ENV-004", "OVF-DISK-004", "OVF-PKG-002", "OVF-HW-010", "OVF-PROD-015", "OVF-EXT-001")) {
            assertThat(outcome.status(id)).as(id).isEqualTo("PASSED");
        }
        // the signature feature is not claimed, so its requirement is not applicable rather than tested
        assertThat(outcome.status("OVF-CERT-001")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    public void anOvaWithItsDiskFirstFailsTheOrderRequirement() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(goodFiles());
        members.add(0, members.remove(2));
        writeOva(folder.resolve("bad.ova"), members);

        Outcome outcome = check(folder, "bad.ova");

        assertThat(outcome.exit()).as("exit code; output:%n%s", outcome.out()).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        assertThat(outcome.status("OVF-PKG-007")).isEqualTo("FAILED");
        assertThat(outcome.status("OVF-MF-008")).isEqualTo("PASSED");
        assertThat(outcome.status("OVF-HW-008")).isEqualTo("PASSED");
    }

    @Test
    public void aWrongDigestFailsTheManifestRequirement() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        List<Map.Entry<String, byte[]>> members = new ArrayList<>(goodFiles());
        members.set(2, Map.entry("tiny-disk1.vmdk", "DISKDATB".getBytes(StandardCharsets.US_ASCII)));
        writeOva(folder.resolve("tampered.ova"), members);

        Outcome outcome = check(folder, "tampered.ova");

        assertThat(outcome.exit()).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        assertThat(outcome.status("OVF-MF-008")).isEqualTo("FAILED");
        assertThat(outcome.status("OVF-PKG-007")).isEqualTo("PASSED");
    }

    @Test
    public void aPackageServedOverHttpIsDownloadedAndChecked() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        writeOva(folder.resolve("served.ova"), goodFiles());
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = Files.readAllBytes(folder.resolve("served.ova"));
        server.createContext("/appliance.ova", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            Outcome outcome = check(folder, "http://127.0.0.1:" + server.getAddress().getPort() + "/appliance.ova");

            assertThat(outcome.exit()).as(outcome.out()).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
            assertThat(outcome.status("OVF-PKG-001")).isEqualTo("PASSED");
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void aUrlAnsweringNotFoundIsAMistakeInTheTargetFile() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone.ova";
            Path target = folder.resolve("target.yaml");
            Files.writeString(target, """
                    name: OVF producer under test
                    endpoints:
                      ovf: [ %s ]
                    claims:
                      standards: [DSP0243]
                    """.formatted(url));

            SuiteRun run = SuiteRun.of(target, folder.resolve("out"), Optional.empty());

            assertThat(run.exit()).isEqualTo(ExitCodes.BAD_TARGET);
            assertThat(run.err()).contains(url).contains("404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    public void aLocationNamingNothingIsAMistakeInTheTargetFile() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        Files.createDirectories(folder.resolve("empty"));
        Path target = folder.resolve("target.yaml");
        Files.writeString(target, """
                name: OVF producer under test
                endpoints:
                  ovf: [ %s/empty/, %s/missing.ova ]
                claims:
                  standards: [DSP0243]
                """.formatted(folder, folder));

        SuiteRun run = SuiteRun.of(target, folder.resolve("out"), Optional.empty());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_TARGET);
        assertThat(run.err()).contains("empty/: the folder holds no").contains("missing.ova: no such file");
    }

    @Test
    public void requirementsWithNothingToExamineAreNotTestedRatherThanPassed() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        writeOva(folder.resolve("tiny.ova"), goodFiles());

        Outcome outcome = check(folder, "tiny.ova");

        assertThat(outcome.exit()).as("exit code; output:%n%s", outcome.out()).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        // the package has no ProductSection, so no Property type was there to judge
        assertThat(outcome.status("OVF-PROD-007")).isEqualTo("NOT_TESTED");
        assertThat(outcome.requirement("OVF-PROD-007").path("evidence").path("errorMessage").asText())
                .contains("nothing to check: no ProductSection/Property");
        assertThat(outcome.status("OVF-SEC-002")).as("no EulaSection").isEqualTo("NOT_TESTED");
        assertThat(outcome.status("OVF-PROD-002")).as("no Icon").isEqualTo("NOT_TESTED");
        // its four Items were examined
        assertThat(outcome.status("OVF-HW-008")).isEqualTo("PASSED");
        assertThat(outcome.evidence("OVF-HW-008", "subjects examined")).startsWith("examined 4 × Item in 1 of 1 package");
        assertThat(outcome.status("OVF-DISK-005")).as("the Disk names its File").isEqualTo("PASSED");
    }

    @Test
    public void aSignedPackagePassesTheCertificateRequirements() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        writeOva(folder.resolve("signed.ova"), signedFiles(true));

        Outcome outcome = check(folder, "signed.ova", "ova, ovf-manifest, ovf-signature");

        assertThat(outcome.exit()).as("exit code; output:%n%s", outcome.out()).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        for (String id : List.of("OVF-CERT-001", "OVF-CERT-002", "OVF-CERT-003", "OVF-CERT-004", "OVF-PKG-009")) {
            assertThat(outcome.status(id)).as(id).isEqualTo("PASSED");
        }
        assertThat(outcome.evidence("OVF-CERT-003", "subjects examined")).contains("certificate");
        assertThat(outcome.evidence("OVF-CERT-003", "certificates")).contains("SHA1(tiny.mf)= ");
    }

    @Test
    public void aSignatureOverOtherBytesFailsOnlyTheVerificationRequirement() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        writeOva(folder.resolve("forged.ova"), signedFiles(false));

        Outcome outcome = check(folder, "forged.ova", "ova, ovf-manifest, ovf-signature");

        assertThat(outcome.exit()).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        assertThat(outcome.status("OVF-CERT-003")).isEqualTo("FAILED");
        assertThat(outcome.requirement("OVF-CERT-003").path("evidence").path("errorMessage").asText())
                .contains("OVF-CERT-003").contains("tiny.cert").contains("does not verify");
        assertThat(outcome.status("OVF-CERT-002")).isEqualTo("PASSED");
        assertThat(outcome.status("OVF-CERT-004")).isEqualTo("PASSED");
    }

    @Test
    public void anUnsignedPackageLeavesTheCertificateRequirementsNotTested() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        writeOva(folder.resolve("tiny.ova"), goodFiles());

        Outcome outcome = check(folder, "tiny.ova", "ova, ovf-manifest, ovf-signature");

        assertThat(outcome.exit()).as("exit code; output:%n%s", outcome.out()).isEqualTo(ExitCodes.CONFORMANT_SO_FAR);
        for (String id : List.of("OVF-CERT-002", "OVF-CERT-003", "OVF-CERT-004")) {
            assertThat(outcome.status(id)).as(id).isEqualTo("NOT_TESTED");
            assertThat(outcome.requirement(id).path("evidence").path("errorMessage").asText())
                    .as(id).contains("nothing to check");
        }
    }

    @Test
    public void misnamedManifestAndIllFormedLanguageFailTheirRequirements() throws Exception {
        Path folder = Files.createTempDirectory("ovf-feature");
        byte[] descriptor = DESCRIPTOR.replace("<Envelope xmlns=", "<Envelope xml:lang=\"en_US\" xmlns=")
                .replace("<rasd:AddressOnParent>0<", "<rasd:AddressOnParent>16<").getBytes(StandardCharsets.UTF_8);
        String manifest = "SHA1(tiny.ovf)= " + sha1(descriptor) + "\nSHA1(tiny-disk1.vmdk)= " + sha1(DISK) + "\n";
        writeOva(folder.resolve("tiny.ova"), List.of(Map.entry("tiny.ovf", descriptor),
                Map.entry("tiny.sha1", manifest.getBytes(StandardCharsets.US_ASCII)), Map.entry("tiny-disk1.vmdk", DISK)));

        Outcome outcome = check(folder, "tiny.ova");

        assertThat(outcome.exit()).as("exit code; output:%n%s", outcome.out()).isEqualTo(ExitCodes.REQUIREMENT_FAILED);
        assertThat(outcome.status("OVF-PKG-002")).isEqualTo("FAILED");
        assertThat(outcome.requirement("OVF-PKG-002").path("evidence").path("errorMessage").asText())
                .contains("member tiny.sha1");
        assertThat(outcome.status("OVF-ENV-003")).isEqualTo("FAILED");
        assertThat(outcome.requirement("OVF-ENV-003").path("evidence").path("errorMessage").asText())
                .contains("xml:lang=\"en_US\"");
        assertThat(outcome.status("OVF-HW-010")).isEqualTo("FAILED");
        // no InstallSection and no alternative hardware: nothing to examine, so not tested
        assertThat(outcome.status("OVF-SEC-012")).isEqualTo("NOT_TESTED");
        assertThat(outcome.status("OVF-HW-002")).isEqualTo("NOT_TESTED");
        // the OVF 2 feature is not claimed
        assertThat(outcome.status("OVF-V2-004")).isEqualTo("NOT_APPLICABLE");
    }
}
