package org.vcmtck.assertions.ovf.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vcmtck.assertions.ovf.OvfAssertions;
import org.vcmtck.assertions.ovf.OvfPackageAssert;
import org.vcmtck.assertions.ovf.PackageSubject;
import org.vcmtck.assertions.ovf.RawOvfPackage;

/**
 * The suite's producer checks as the OVF producer feature runs them: every package check on the packages that
 * hold its subject, plus every descriptor rule. The verdict is the requirement ids the failures name.
 */
final class ProducerChecks {

    private static final Pattern CITED = Pattern.compile("\\[(OVF-[A-Z0-9]+-\\d{3})\\]");

    private record Check(PackageSubject subject, Consumer<OvfPackageAssert> assertion) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check(PackageSubject.PACKAGE, OvfPackageAssert::hasSingleDescriptor),
            new Check(PackageSubject.DESCRIPTOR, OvfPackageAssert::usesStandardExtensions),
            new Check(PackageSubject.PACKAGE, p -> p.descriptor().followsEveryDescriptorRule()),
            new Check(PackageSubject.OVA, OvfPackageAssert::isUstarArchive),
            new Check(PackageSubject.OVA, OvfPackageAssert::hasOvaExtension),
            new Check(PackageSubject.OVA, OvfPackageAssert::hasDescriptorFirst),
            new Check(PackageSubject.OVA, OvfPackageAssert::hasMembersInReferencesOrder),
            new Check(PackageSubject.OVA_MANIFEST, OvfPackageAssert::hasManifestAndCertificateTogether),
            new Check(PackageSubject.OVA_STRING_BUNDLE, OvfPackageAssert::hasStringBundlesFirst),
            new Check(PackageSubject.OVA, OvfPackageAssert::hasOnlySimpleRelativeMemberNames),
            new Check(PackageSubject.REFERENCED_FILE, p -> p.hasResolvableFileReferences().hasNoDuplicateHrefs()),
            new Check(PackageSubject.SIZED_FILE, OvfPackageAssert::hasDeclaredSizesMatching),
            new Check(PackageSubject.COMPRESSED_FILE, OvfPackageAssert::hasCompressionMatchingContent),
            new Check(PackageSubject.MANIFEST, OvfPackageAssert::hasWellFormedManifestLines),
            new Check(PackageSubject.MANIFEST, OvfPackageAssert::usesManifestAlgorithmOfItsVersion),
            new Check(PackageSubject.OVF2_MANIFEST, OvfPackageAssert::usesSha256ManifestForOvf2),
            new Check(PackageSubject.MANIFEST, OvfPackageAssert::hasManifestCoveringEveryFile),
            new Check(PackageSubject.MANIFEST, OvfPackageAssert::hasManifestListingTheDescriptor),
            new Check(PackageSubject.MANIFEST, OvfPackageAssert::hasNoManifestSelfEntries),
            new Check(PackageSubject.MANIFEST, OvfPackageAssert::hasMatchingManifestDigests),
            new Check(PackageSubject.MANIFEST_OR_CERTIFICATE, OvfPackageAssert::hasManifestNamedAfterDescriptor),
            new Check(PackageSubject.CERTIFICATE, OvfPackageAssert::hasCertificateOnlyWithManifest),
            new Check(PackageSubject.CERTIFICATE, OvfPackageAssert::hasWellFormedCertificateFile),
            new Check(PackageSubject.CERTIFICATE, OvfPackageAssert::hasVerifyingManifestSignature));

    private ProducerChecks() {
    }

    /** The failure messages of every applicable check. */
    static List<String> failures(RawOvfPackage pkg) {
        List<String> failures = new ArrayList<>();
        for (Check check : CHECKS) {
            if (check.subject().count(pkg) == 0) {
                continue;
            }
            try {
                check.assertion().accept(OvfAssertions.assertThat(pkg));
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        return failures;
    }

    /** The requirement ids the failures cite. */
    static Set<String> violatedIds(RawOvfPackage pkg) {
        Set<String> ids = new TreeSet<>();
        for (String failure : failures(pkg)) {
            Matcher cited = CITED.matcher(failure);
            while (cited.find()) {
                ids.add(cited.group(1));
            }
        }
        return ids;
    }
}
