package org.vcmtck.assertions.ovf;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a package read by {@link OvfPackageReader}. Failure messages name the requirement id, the package,
 * the member, manifest line or XPath at fault, and what was found against what was expected. OVA-only checks fail
 * on a directory package (callers decide applicability); manifest checks fail when there is no manifest, and
 * certificate checks when there is no certificate.
 */
public final class OvfPackageAssert extends AbstractAssert<OvfPackageAssert, RawOvfPackage> {

    OvfPackageAssert(RawOvfPackage actual) {
        super(actual, OvfPackageAssert.class);
    }

    private String subject() {
        return "package " + actual.displayName() + actual.descriptorName().map(d -> " (descriptor " + d + ")")
                .orElse("");
    }

    private OvfPackageAssert check(Function<RawOvfPackage, List<Violation>> rule) {
        isNotNull();
        List<Violation> violations = rule.apply(actual);
        if (!violations.isEmpty()) {
            failWithMessage("%s", ViolationReport.message(subject(), violations));
        }
        return this;
    }

    /** OVF-ENV-001 (the descriptor is well-formed XML), then assertions on the descriptor itself. */
    public OvfDescriptorAssert descriptor() {
        check(PackageRules::descriptorReadable);
        return new OvfDescriptorAssert(actual.descriptor().orElseThrow(), subject());
    }

    public OvfPackageAssert hasReadableDescriptor() {
        return check(PackageRules::descriptorReadable);
    }

    /** OVF-PKG-001. */
    public OvfPackageAssert hasSingleDescriptor() {
        return check(PackageRules::singleDescriptor);
    }

    /** OVF-PKG-002: descriptor, manifest and certificate named *.ovf, *.mf, *.cert, and under no other name. */
    public OvfPackageAssert usesStandardExtensions() {
        return check(PackageRules::standardExtensions);
    }

    /** OVF-PKG-005. */
    public OvfPackageAssert isUstarArchive() {
        return check(PackageRules::ustarHeaders);
    }

    /** OVF-PKG-006. */
    public OvfPackageAssert hasOvaExtension() {
        return check(PackageRules::ovaExtension);
    }

    /** OVF-PKG-007. */
    public OvfPackageAssert hasDescriptorFirst() {
        return check(PackageRules::descriptorFirst);
    }

    /** OVF-PKG-008: the other members follow References order, and nothing unreferenced is stored. */
    public OvfPackageAssert hasMembersInReferencesOrder() {
        return check(PackageRules::membersInReferencesOrder);
    }

    /** OVF-PKG-009: manifest and certificate together after the descriptor or together at the end. */
    public OvfPackageAssert hasManifestAndCertificateTogether() {
        return check(PackageRules::manifestAndCertificatePlacement);
    }

    /** OVF-PKG-010. */
    public OvfPackageAssert hasStringBundlesFirst() {
        return check(PackageRules::stringBundlesFirst);
    }

    /** OVF-PKG-012. */
    public OvfPackageAssert hasOnlySimpleRelativeMemberNames() {
        return check(PackageRules::simpleMemberNames);
    }

    /** OVF-REF-001. */
    public OvfPackageAssert hasReferencesFirst() {
        return descriptorRule(DescriptorRule.REFERENCES_FIRST);
    }

    /** OVF-REF-003. */
    public OvfPackageAssert hasUniqueFileIds() {
        return descriptorRule(DescriptorRule.UNIQUE_FILE_IDS);
    }

    /** OVF-REF-005: every File names a file of the package. */
    public OvfPackageAssert hasResolvableFileReferences() {
        return check(PackageRules::resolvableFileReferences);
    }

    /** OVF-REF-005: no two Files name the same file. */
    public OvfPackageAssert hasNoDuplicateHrefs() {
        return descriptorRule(DescriptorRule.NO_DUPLICATE_HREFS);
    }

    /** OVF-REF-007. */
    public OvfPackageAssert hasCompressionMatchingContent() {
        check(p -> DescriptorRule.COMPRESSION_VALUES.check(p.descriptor().orElseThrow()));
        return check(PackageRules::compressionMatchesContent);
    }

    /** OVF-I18N-005: each Msg read from a file names a File of the package holding plain UTF-8 text. */
    public OvfPackageAssert hasPlainTextMessageFiles() {
        return check(PackageRules::messageFilesArePlainText);
    }

    /** OVF-REF-011. */
    public OvfPackageAssert hasDeclaredSizesMatching() {
        return check(PackageRules::declaredSizesMatching);
    }

    /** OVF-MF-001. */
    public OvfPackageAssert hasWellFormedManifestLines() {
        return check(PackageRules::wellFormedManifestLines);
    }

    /** OVF-MF-002 (1.x: SHA1) or OVF-MF-003 (2.x: SHA1/SHA256). */
    public OvfPackageAssert usesManifestAlgorithmOfItsVersion() {
        return check(PackageRules::manifestAlgorithmOfVersion);
    }

    /** OVF-MF-004 (SHOULD): SHA256 in 2.x. */
    public OvfPackageAssert usesSha256ManifestForOvf2() {
        return check(PackageRules::manifestPrefersSha256);
    }

    /** OVF-MF-005. */
    public OvfPackageAssert hasManifestCoveringEveryFile() {
        return check(PackageRules::manifestCoversEveryFile);
    }

    /** OVF-MF-006. */
    public OvfPackageAssert hasManifestListingTheDescriptor() {
        return check(PackageRules::manifestListsDescriptor);
    }

    /** OVF-MF-007. */
    public OvfPackageAssert hasNoManifestSelfEntries() {
        return check(PackageRules::noManifestSelfEntries);
    }

    /** OVF-MF-008, as a producer rule: every digest matches the stored bytes. */
    public OvfPackageAssert hasMatchingManifestDigests() {
        return check(PackageRules::matchingManifestDigests);
    }

    /** OVF-PKG-003 (SHOULD). */
    public OvfPackageAssert hasManifestNamedAfterDescriptor() {
        return check(PackageRules::manifestNamedAfterDescriptor);
    }

    /** OVF-CERT-001. */
    public OvfPackageAssert hasCertificateOnlyWithManifest() {
        return check(PackageRules::certificateOnlyWithManifest);
    }

    /** OVF-CERT-002: the certificate holds ALGO(manifest)= hex naming the manifest, then X.509 PEM blocks. */
    public OvfPackageAssert hasWellFormedCertificateFile() {
        return check(PackageRules::certificateFileForm);
    }

    /**
     * OVF-CERT-003: the certificate's algorithm suits the OVF version and its signature verifies over the manifest
     * bytes as stored, with the first certificate's public key.
     */
    public OvfPackageAssert hasVerifyingManifestSignature() {
        return check(PackageRules::certificateSignatureVerifies);
    }

    /** OVF-CERT-004 (SHOULD): the signing certificate is within its validity dates now. */
    public OvfPackageAssert hasCurrentlyValidSigningCertificate() {
        return hasSigningCertificateValidAt(Instant.now());
    }

    /** OVF-CERT-004 (SHOULD): the signing certificate is within its validity dates at the given instant. */
    public OvfPackageAssert hasSigningCertificateValidAt(Instant instant) {
        return check(p -> PackageRules.signingCertificateValidAt(p, instant));
    }

    private OvfPackageAssert descriptorRule(DescriptorRule rule) {
        check(PackageRules::descriptorReadable);
        return check(p -> rule.check(p.descriptor().orElseThrow()));
    }
}
