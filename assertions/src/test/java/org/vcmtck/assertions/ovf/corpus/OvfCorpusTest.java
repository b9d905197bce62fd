package org.vcmtck.assertions.ovf.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.OvfPackageReadException;
import org.vcmtck.assertions.ovf.OvfPackageReader;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;

public class OvfCorpusTest {

    /**
     * Producer SHOULD/MUST rules a valid package breaks on purpose because it tests a consumer's tolerance: the
     * collection uses a SHA-1 manifest, which OVF 2 allows (MF-003) but advises against (MF-004); optional-extras
     * writes the spaced manifest form real tools emit, which consumers should accept (MF-010) but producers must
     * not write (MF-001).
     */
    private static final Map<String, Set<String>> DELIBERATE_PRODUCER_DEVIATIONS = Map.of(
            "collection", Set.of("OVF-MF-004"),
            "optional-extras", Set.of("OVF-MF-001"));

    /**
     * Faults the existing producer rules do not see: a gzip file with the gzip magic but a corrupt body (only the
     * magic is checked). When a rule learns to catch one, this test fails so the entry is removed.
     */
    private static final Set<String> FAULTS_THE_RULES_MISS = Set.of("corrupt-gzip");

    private static final Set<String> SITUATIONAL_REFUSALS = Set.of("unknown-required-section",
            "eula-not-accepted", "invalid-property-value", "non-configurable-override", "unknown-deployment-option",
            "encryption-required");

    private Path folder;
    private List<CorpusPackage> valid;
    private List<CorpusPackage> invalid;
    private List<CorpusPackage> lenient;

    @BeforeClass
    public void writeCorpus() throws IOException {
        folder = Files.createTempDirectory("ovf-corpus");
        valid = OvfCorpus.valid(folder);
        invalid = OvfCorpus.invalid(folder);
        lenient = OvfCorpus.lenient(folder);
    }

    @AfterClass(alwaysRun = true)
    public void removeCorpus() throws IOException {
        deleteTree(folder);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static RawOvfPackage read(CorpusPackage pkg) {
        try {
            return OvfPackageReader.read(pkg.path());
        } catch (OvfPackageReadException e) {
            throw new AssertionError("cannot read corpus package " + pkg.name() + ": " + e.getMessage(), e);
        }
    }

    @Test
    public void theCorpusHasTheSixValidPackagesAndEveryInvalidCase() {
        assertThat(valid).extracting(CorpusPackage::name)
                .containsExactly("appliance", "collection", "compressed-chunked", "optional-extras",
                        "ovf2-sections", "hardware-variety");
        assertThat(invalid).extracting(CorpusPackage::name).contains("wrong-manifest-digest", "tampered-disk",
                "missing-file", "unknown-required-section", "eula-not-accepted", "path-traversal",
                "wrong-declared-size", "xxe-descriptor", "descriptor-not-first", "missing-chunk", "corrupt-gzip",
                "invalid-property-value", "non-configurable-override", "unknown-deployment-option",
                "duplicate-file-id", "undeclared-disk", "signature-mismatch").doesNotHaveDuplicates();
        List<String> all = new ArrayList<>();
        valid.forEach(p -> all.add(p.name()));
        invalid.forEach(p -> all.add(p.name()));
        lenient.forEach(p -> all.add(p.name()));
        assertThat(all).doesNotHaveDuplicates();
        assertThat(lenient).extracting(CorpusPackage::name)
                .containsExactly("legacy-host-resource", "bzip2-compressed");
    }

    @Test
    public void lenientPackagesBreakAProducerRuleButNotTheLeniencyTheyName() {
        // accepting them is a leniency only because a producer must not write them: the producer rules flag each
        Map<String, String> brokenRule = Map.of("legacy-host-resource", "OVF-HW-011",
                "bzip2-compressed", "OVF-REF-007");
        assertThat(lenient).allSatisfy(p -> {
            assertThat(p.expectation()).isEqualTo(CorpusPackage.Expectation.DEPLOY_OR_REFUSE);
            assertThat(p.faultInPackage()).isFalse();
            Set<String> flagged = ProducerChecks.violatedIds(read(p));
            assertThat(flagged).as(p.name()).contains(brokenRule.get(p.name()))
                    .doesNotContainAnyElementsOf(p.requirementIds());
        });
    }

    @Test
    public void theLegacyPackageUsesOnlyUnprefixedHostResourcesAndTheBzip2PackageHoldsBzip2Data() throws Exception {
        CorpusPackage legacy = lenient.get(0);
        String descriptor = new String(read(legacy).descriptorBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(descriptor).contains(">/disk/system<", ">/file/tools-iso<").doesNotContain(">ovf:/");
        CorpusPackage bzip2 = lenient.get(1);
        RawOvfPackage raw = read(bzip2);
        assertThat(new String(raw.descriptorBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("ovf:compression=\"bzip2\"");
        // "BZh" is the bzip2 stream header
        assertThat(raw.member("system.img").orElseThrow().leadingBytes()).startsWith((byte) 'B', (byte) 'Z',
                (byte) 'h');
    }

    @Test
    public void expectationsAndFaultFlagsFollowTheKindOfCase() {
        assertThat(valid).allSatisfy(p -> {
            assertThat(p.expectation()).isEqualTo(CorpusPackage.Expectation.DEPLOY);
            assertThat(p.faultInPackage()).isFalse();
        });
        assertThat(invalid).allSatisfy(p -> assertThat(p.expectation()).isEqualTo(CorpusPackage.Expectation.REFUSE));
        assertThat(invalid.stream().filter(p -> !p.faultInPackage()).map(CorpusPackage::name))
                .containsExactlyInAnyOrderElementsOf(SITUATIONAL_REFUSALS);
    }

    @Test
    public void everyPackageExistsInTheFormItsPathSays() {
        for (CorpusPackage pkg : concat()) {
            assertThat(pkg.path()).as(pkg.name()).isRegularFile().startsWith(folder);
            RawOvfPackage raw = read(pkg);
            assertThat(raw.isOva()).as("OVA form of %s", pkg.name()).isEqualTo(pkg.isOva());
        }
        assertThat(valid.stream().filter(p -> !p.isOva()).map(CorpusPackage::name)).containsExactly("collection");
    }

    @Test
    public void everyRequirementIdIsACitableCatalogueEntry() {
        Catalogue catalogue = Catalogue.loadDefault();
        for (CorpusPackage pkg : concat()) {
            assertThat(pkg.requirementIds()).as(pkg.name()).isNotEmpty().allSatisfy(id -> {
                Requirement requirement = catalogue.requirement(id).orElse(null);
                assertThat(requirement).as("%s names %s", pkg.name(), id).isNotNull();
                assertThat(requirement.level()).as("level of %s", id).isNotEqualTo(Level.INFO);
            });
        }
    }

    @Test
    public void validPackagesPassTheProducerChecks() {
        for (CorpusPackage pkg : valid) {
            assertNoViolationsBeyondDeliberateOnes(pkg);
        }
    }

    @Test
    public void situationalRefusalsArePackagesTheProducerChecksAccept() {
        for (CorpusPackage pkg : invalid.stream().filter(p -> !p.faultInPackage()).toList()) {
            assertNoViolationsBeyondDeliberateOnes(pkg);
        }
    }

    private void assertNoViolationsBeyondDeliberateOnes(CorpusPackage pkg) {
        RawOvfPackage raw = read(pkg);
        Set<String> allowed = DELIBERATE_PRODUCER_DEVIATIONS.getOrDefault(pkg.name(), Set.of());
        assertThat(ProducerChecks.violatedIds(raw)).as("producer violations of %s:\n%s", pkg.name(),
                String.join("\n", ProducerChecks.failures(raw))).isSubsetOf(allowed);
        assertThat(raw.findings()).as("reader findings on %s", pkg.name()).isEmpty();
    }

    @Test
    public void deliberateDeviationsAreReallyPresent() {
        for (CorpusPackage pkg : valid.stream().filter(p -> DELIBERATE_PRODUCER_DEVIATIONS.containsKey(p.name()))
                .toList()) {
            assertThat(ProducerChecks.violatedIds(read(pkg))).as(pkg.name())
                    .containsExactlyInAnyOrderElementsOf(DELIBERATE_PRODUCER_DEVIATIONS.get(pkg.name()));
        }
    }

    @Test
    public void faultyPackagesAreFlaggedWithOneOfTheirIds() {
        List<String> missed = new ArrayList<>();
        for (CorpusPackage pkg : invalid.stream().filter(CorpusPackage::faultInPackage).toList()) {
            Set<String> flagged = ProducerChecks.violatedIds(read(pkg));
            boolean caught = pkg.requirementIds().stream().anyMatch(flagged::contains);
            if (FAULTS_THE_RULES_MISS.contains(pkg.name())) {
                assertThat(caught).as("%s is listed as missed by the rules but is flagged %s; update the list",
                        pkg.name(), flagged).isFalse();
            } else if (!caught) {
                missed.add(pkg.name() + " " + pkg.requirementIds() + " flagged only " + flagged);
            }
        }
        assertThat(missed).as("faulty packages the producer checks do not flag with their ids").isEmpty();
    }

    @Test
    public void writingTheCorpusTwiceGivesIdenticalBytes() throws IOException {
        Path again = Files.createTempDirectory("ovf-corpus-again");
        try {
            OvfCorpus.valid(again);
            OvfCorpus.invalid(again);
            OvfCorpus.lenient(again);
            Map<String, byte[]> first = contents(folder);
            Map<String, byte[]> second = contents(again);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        } finally {
            deleteTree(again);
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    @Test
    public void theCompressedFileInflatesAndTheCorruptOneDoesNot() throws IOException {
        byte[] good = PackageAssembler.assemble(ValidPackages.compressedChunkedDraft()).bytesOf("system.img");
        assertThat(inflate(good)).hasSize(4096);
        CorpusPackage corrupt = named("corrupt-gzip");
        byte[] bad = tarMember(corrupt.path(), "system.img");
        assertThat(bad[0] & 0xff).isEqualTo(0x1f);
        assertThat(bad[1] & 0xff).isEqualTo(0x8b);
        try {
            inflate(bad);
            throw new AssertionError("the corrupt gzip member inflated without error");
        } catch (IOException expected) {
            assertThat(expected).hasMessageContaining("Corrupt GZIP trailer");
        }
    }

    @Test
    public void theChunkedFileIsStoredInNumberedChunksEachInTheManifest() {
        RawOvfPackage raw = read(named("compressed-chunked"));
        assertThat(raw.memberNames()).containsSubsequence("data.img.000000000", "data.img.000000001",
                "data.img.000000002").doesNotContain("data.img");
        assertThat(raw.manifestText().orElseThrow()).contains("SHA256(data.img.000000000)= ",
                "SHA256(data.img.000000001)= ", "SHA256(data.img.000000002)= ");
        RawOvfPackage missing = read(named("missing-chunk"));
        assertThat(missing.memberNames()).doesNotContain("data.img.000000001").contains("data.img.000000002");
    }

    @Test
    public void aSignedApplianceVerifiesSoTheMismatchCaseFailsOnlyForItsRewrite() throws Exception {
        Path signedFolder = Files.createTempDirectory("ovf-corpus-signed");
        try {
            Path ova = PackageWriter.write(signedFolder, "signed",
                    PackageAssembler.assemble(ValidPackages.applianceDraft().withSigning(true)));
            RawOvfPackage signed = OvfPackageReader.read(ova);
            assertThat(ProducerChecks.failures(signed)).isEmpty();
            assertThat(ProducerChecks.violatedIds(read(named("signature-mismatch"))))
                    .containsExactly("OVF-CERT-003");
        } finally {
            deleteTree(signedFolder);
        }
    }

    @Test
    public void thePathTraversalMemberKeepsItsName() {
        RawOvfPackage raw = read(named("path-traversal"));
        assertThat(raw.memberNames()).contains("../evil");
    }

    private CorpusPackage named(String name) {
        return concat().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<CorpusPackage> concat() {
        List<CorpusPackage> all = new ArrayList<>(valid);
        all.addAll(invalid);
        all.addAll(lenient);
        return all;
    }

    private static byte[] inflate(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    private static byte[] tarMember(Path ova, String name) throws IOException {
        try (org.apache.commons.compress.archivers.tar.TarFile tar =
                     new org.apache.commons.compress.archivers.tar.TarFile(ova)) {
            for (var entry : tar.getEntries()) {
                if (entry.getName().equals(name)) {
                    try (InputStream in = tar.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError(ova + " has no member " + name);
    }
}
