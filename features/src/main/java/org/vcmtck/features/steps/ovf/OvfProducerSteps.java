package org.vcmtck.features.steps.ovf;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.testng.SkipException;
import org.vcmtck.assertions.ovf.DescriptorRule;
import org.vcmtck.assertions.ovf.DescriptorSubject;
import org.vcmtck.assertions.ovf.OvfAssertions;
import org.vcmtck.assertions.ovf.OvfPackageAssert;
import org.vcmtck.assertions.ovf.PackageSubject;
import org.vcmtck.assertions.ovf.RawOvfPackage;
import org.vcmtck.features.steps.World;

/**
 * Checks the OVF packages a target produces (DSP0243 producer rules) with the independent OVF assertions. Each
 * check runs over the packages holding what it examines (its subject: OVAs, manifests, compressed files, Items,
 * ProductSection properties, ...) and fails once, naming every package and requirement at fault. A check whose
 * subject no package holds is skipped with the reason, so its requirement is reported as not tested rather than as
 * a pass with nothing examined; a pass attaches how many subjects were examined in which packages.
 */
public class OvfProducerSteps {

    private final World world;
    private List<RawOvfPackage> packages = List.of();
    private List<String> citedRequirements = List.of();

    public OvfProducerSteps(World world) {
        this.world = world;
    }

    @Before
    public void rememberCitedRequirements(Scenario scenario) {
        citedRequirements = scenario.getSourceTagNames().stream().map(tag -> tag.substring(1))
                .filter(tag -> tag.startsWith("OVF-")).toList();
    }

    @Given("the OVF packages the target produces")
    public void theOvfPackagesTheTargetProduces() {
        PackagesUnderTest.Loaded loaded = PackagesUnderTest.of(world.session());
        if (!loaded.notTestable().isEmpty()) {
            world.evidence("OVF package locations not tested", String.join("\n", loaded.notTestable()));
        }
        if (!loaded.unreadable().isEmpty()) {
            throw new AssertionError("OVF packages named by the target cannot be read:\n  "
                    + String.join("\n  ", loaded.unreadable()));
        }
        if (loaded.packages().isEmpty()) {
            throw new SkipException("the target names no OVF packages");
        }
        packages = loaded.packages();
        StringBuilder listing = new StringBuilder();
        for (RawOvfPackage pkg : packages) {
            listing.append(pkg.displayName()).append(" (").append(pkg.form()).append(")\n")
                    .append(pkg.memberListing()).append('\n');
        }
        world.evidence("OVF packages and their members", listing.toString());
    }

    /**
     * Runs a check on the packages that hold its subject. When none does, the scenario is skipped (nothing to
     * check, so the requirement is not tested); on a pass the evidence says how much was examined where.
     */
    private void eachPackage(PackageSubject subject, Consumer<OvfPackageAssert> check) {
        SubjectTally tally = SubjectTally.of(subject.label(), packages, subject::count);
        runOn(List.of(tally), tally.applicable(), check);
    }

    private void runOn(List<SubjectTally> tallies, List<RawOvfPackage> selected, Consumer<OvfPackageAssert> check) {
        if (selected.isEmpty()) {
            throw new SkipException("nothing to check: " + String.join("; ",
                    tallies.stream().map(SubjectTally::absence).toList()));
        }
        List<String> failures = new ArrayList<>();
        for (RawOvfPackage pkg : selected) {
            try {
                check.accept(OvfAssertions.assertThat(pkg));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            String message = String.join("\n\n", failures);
            world.evidence("violations", message);
            throw new AssertionError(message);
        }
        world.evidence("subjects examined", String.join("\n",
                tallies.stream().filter(t -> !t.nothingToCheck()).map(SubjectTally::examined).toList()));
    }

    private void eachOva(Consumer<OvfPackageAssert> check) {
        eachPackage(PackageSubject.OVA, check);
    }

    private void eachManifest(PackageSubject subject, Consumer<OvfPackageAssert> check) {
        List<String> manifests = new ArrayList<>();
        packages.stream().filter(p -> p.manifestText().isPresent()).forEach(p -> manifests.add(
                "== " + p.displayName() + " / " + p.manifestName().orElse("") + "\n" + p.manifestText().get()));
        if (!manifests.isEmpty()) {
            world.evidence("manifests", String.join("\n", manifests));
        }
        eachPackage(subject, check);
    }

    private void eachManifest(Consumer<OvfPackageAssert> check) {
        eachManifest(PackageSubject.MANIFEST, check);
    }

    /** Runs a check on the packages that have a certificate; the certificate files go into the evidence. */
    private void eachCertificate(Consumer<OvfPackageAssert> check) {
        List<String> certificates = new ArrayList<>();
        packages.stream().filter(p -> p.certificateText().isPresent()).forEach(p -> certificates.add(
                "== " + p.displayName() + " / " + p.certificateName().orElse("") + "\n" + p.certificateText().get()));
        if (!certificates.isEmpty()) {
            world.evidence("certificates", String.join("\n", certificates));
        }
        eachPackage(PackageSubject.CERTIFICATE, check);
    }

    private void eachDescriptor(Consumer<OvfPackageAssert> check) {
        eachPackage(PackageSubject.DESCRIPTOR, check);
    }

    @Then("each package has exactly one descriptor, at most one manifest and at most one certificate")
    public void singleDescriptor() {
        eachPackage(PackageSubject.PACKAGE, OvfPackageAssert::hasSingleDescriptor);
    }

    @Then("each package names its descriptor, manifest and certificate with the extensions .ovf, .mf and .cert")
    public void standardExtensions() {
        eachDescriptor(OvfPackageAssert::usesStandardExtensions);
    }

    @Then("each package's descriptor is well-formed XML in a DMTF envelope namespace")
    public void wellFormedDescriptor() {
        eachDescriptor(p -> p.descriptor().isInDmtfEnvelopeNamespace());
    }

    @Then("each single-file package is a POSIX USTAR archive")
    public void ustar() {
        eachOva(OvfPackageAssert::isUstarArchive);
    }

    @Then("each single-file package is named with the extension .ova")
    public void ovaExtension() {
        eachOva(OvfPackageAssert::hasOvaExtension);
    }

    @Then("each single-file package stores its descriptor first")
    public void descriptorFirst() {
        eachOva(OvfPackageAssert::hasDescriptorFirst);
    }

    @Then("each single-file package stores its files in the order of References and nothing else")
    public void referencesOrder() {
        eachOva(OvfPackageAssert::hasMembersInReferencesOrder);
    }

    @Then("each single-file package keeps manifest and certificate together after the descriptor or at the end")
    public void manifestPlacement() {
        eachPackage(PackageSubject.OVA_MANIFEST, OvfPackageAssert::hasManifestAndCertificateTogether);
    }

    @Then("each single-file package lists its external string bundles first")
    public void bundlesFirst() {
        eachPackage(PackageSubject.OVA_STRING_BUNDLE, OvfPackageAssert::hasStringBundlesFirst);
    }

    @Then("each single-file package names its members with simple relative names")
    public void simpleNames() {
        eachOva(OvfPackageAssert::hasOnlySimpleRelativeMemberNames);
    }

    @Then("each package holds every file its descriptor references, each referenced once")
    public void resolvableReferences() {
        eachPackage(PackageSubject.REFERENCED_FILE, p -> p.hasResolvableFileReferences().hasNoDuplicateHrefs());
    }

    @Then("each package declares the true size of every file it references")
    public void sizes() {
        eachPackage(PackageSubject.SIZED_FILE, OvfPackageAssert::hasDeclaredSizesMatching);
    }

    @Then("each message read from a file names a File the package holds, and that file is plain UTF-8 text")
    public void messageFiles() {
        eachPackage(PackageSubject.MESSAGE_FILE, OvfPackageAssert::hasPlainTextMessageFiles);
    }

    @Then("each package declares gzip compression exactly for its gzip-compressed files")
    public void compression() {
        eachPackage(PackageSubject.COMPRESSED_FILE, OvfPackageAssert::hasCompressionMatchingContent);
    }

    @Then("each package's manifest lines have the form ALGO\\(file)= digest")
    public void manifestForm() {
        eachManifest(OvfPackageAssert::hasWellFormedManifestLines);
    }

    @Then("each OVF 1 package's manifest uses SHA1")
    public void ovf1ManifestAlgorithm() {
        eachManifest(PackageSubject.OVF1_MANIFEST, OvfPackageAssert::usesManifestAlgorithmOfItsVersion);
    }

    @Then("each OVF 2 package's manifest uses SHA1, SHA256 or SHA512")
    public void ovf2ManifestAlgorithm() {
        eachManifest(PackageSubject.OVF2_MANIFEST, OvfPackageAssert::usesManifestAlgorithmOfItsVersion);
    }

    @Then("each OVF 2 package's manifest uses SHA256")
    public void manifestSha256() {
        eachManifest(PackageSubject.OVF2_MANIFEST, OvfPackageAssert::usesSha256ManifestForOvf2);
    }

    @Then("each package's manifest lists every referenced file and nothing else")
    public void manifestCoverage() {
        eachManifest(OvfPackageAssert::hasManifestCoveringEveryFile);
    }

    @Then("each package's manifest lists the descriptor")
    public void manifestDescriptor() {
        eachManifest(OvfPackageAssert::hasManifestListingTheDescriptor);
    }

    @Then("each package's manifest lists neither itself nor a certificate")
    public void manifestNoSelf() {
        eachManifest(OvfPackageAssert::hasNoManifestSelfEntries);
    }

    @Then("each package's manifest digests match the files")
    public void manifestDigests() {
        eachManifest(OvfPackageAssert::hasMatchingManifestDigests);
    }

    @Then("each package's manifest and certificate are named after the descriptor")
    public void manifestName() {
        eachManifest(PackageSubject.MANIFEST_OR_CERTIFICATE, OvfPackageAssert::hasManifestNamedAfterDescriptor);
    }

    @Then("each package with a certificate also has a manifest")
    public void certificateWithManifest() {
        eachPackage(PackageSubject.CERTIFICATE, OvfPackageAssert::hasCertificateOnlyWithManifest);
    }

    @Then("each package's certificate has a line ALGO\\(manifest)= signature, then X.509 certificates")
    public void certificateForm() {
        eachCertificate(OvfPackageAssert::hasWellFormedCertificateFile);
    }

    @Then("each package's certificate signature uses the algorithm of its OVF version and verifies over the manifest")
    public void certificateSignature() {
        eachCertificate(OvfPackageAssert::hasVerifyingManifestSignature);
    }

    @Then("each package's signing certificate is within its validity dates")
    public void certificateValidity() {
        eachCertificate(OvfPackageAssert::hasCurrentlyValidSigningCertificate);
    }

    @Then("each package's descriptor follows the rules of the requirements this scenario cites")
    public void descriptorRulesOfCitedRequirements() {
        List<DescriptorRule> rules = citedRequirements.stream()
                .flatMap(id -> DescriptorRule.forRequirement(id).stream()).toList();
        if (rules.isEmpty()) {
            throw new IllegalStateException("the scenario cites no requirement with descriptor rules: "
                    + citedRequirements);
        }
        List<SubjectTally> tallies = rules.stream().map(DescriptorRule::subject).distinct()
                .map(subject -> SubjectTally.of(subject.label(), packages, pkg -> subjectCount(subject, pkg)))
                .toList();
        List<RawOvfPackage> selected = packages.stream()
                .filter(pkg -> tallies.stream().anyMatch(t -> t.applicable().contains(pkg))).toList();
        runOn(tallies, selected, p -> p.descriptor().followsAll(rules));
    }

    /**
     * The rule's subjects in the package's descriptor. A descriptor that cannot be parsed cannot be shown to lack
     * them, so it counts as one: the check then runs and fails on OVF-ENV-001 instead of being skipped.
     */
    private static int subjectCount(DescriptorSubject subject, RawOvfPackage pkg) {
        if (pkg.descriptor().isPresent()) {
            return subject.count(pkg.descriptor().get());
        }
        return pkg.descriptorNames().isEmpty() ? 0 : 1;
    }
}
