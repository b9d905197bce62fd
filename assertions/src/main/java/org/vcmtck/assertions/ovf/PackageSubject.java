package org.vcmtck.assertions.ovf;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * What a package-level check examines, counted per package. As with {@link DescriptorSubject}, a check on a
 * package that holds none of its subject has nothing to judge there: an OVA-only check on a directory package, a
 * manifest check on a package without manifest, the compression check on a package without compressed files.
 */
public enum PackageSubject {
    /** Checks on the package as a whole (how many descriptors, manifests, certificates it holds). */
    PACKAGE("package", pkg -> 1),
    DESCRIPTOR("descriptor", pkg -> pkg.descriptorNames().isEmpty() ? 0 : 1),
    OVA("single-file (OVA) package", pkg -> pkg.isOva() ? 1 : 0),
    OVA_MANIFEST("manifest in an OVA", pkg -> pkg.isOva() ? pkg.manifestNames().size() : 0),
    OVA_STRING_BUNDLE("external string bundle in an OVA",
            pkg -> pkg.isOva() ? pkg.descriptor().map(DescriptorSubject.EXTERNAL_STRINGS::count).orElse(0) : 0),
    REFERENCED_FILE("References/File", pkg -> PackageRules.referencedFiles(pkg).size()),
    SIZED_FILE("File with ovf:size stored in the package",
            pkg -> (int) PackageRules.localFiles(pkg).stream().filter(f -> f.size().isPresent()).count()),
    COMPRESSED_FILE("compressed file (ovf:compression or gzip data)", PackageSubject::compressedFiles),
    CHUNKED_FILE("chunked file (ovf:chunkSize)",
            pkg -> (int) PackageRules.referencedFiles(pkg).stream().filter(PackageRules.ReferencedFile::chunked)
                    .count()),
    MESSAGE_FILE("Msg read from a file (ovf:fileRef)",
            pkg -> pkg.descriptor().map(d -> PackageRules.messagesFromFiles(d).size()).orElse(0)),
    MANIFEST("manifest", pkg -> pkg.manifestNames().size()),
    OVF1_MANIFEST("manifest of an OVF 1 package", pkg -> manifestsOfVersion(pkg, OvfVersion.V1)),
    OVF2_MANIFEST("manifest of an OVF 2 package", pkg -> manifestsOfVersion(pkg, OvfVersion.V2)),
    MANIFEST_OR_CERTIFICATE("manifest or certificate",
            pkg -> pkg.manifestNames().size() + pkg.certificateNames().size()),
    CERTIFICATE("certificate", pkg -> pkg.certificateNames().size());

    private final String label;
    private final ToIntFunction<RawOvfPackage> counter;

    PackageSubject(String label, ToIntFunction<RawOvfPackage> counter) {
        this.label = label;
        this.counter = counter;
    }

    /** What is examined, as reports name it, e.g. {@code manifest}. */
    public String label() {
        return label;
    }

    /** How many of this subject the package holds; 0 means a check on it has nothing to examine there. */
    public int count(RawOvfPackage pkg) {
        return counter.applyAsInt(pkg);
    }

    /** Files that declare a compression, or whose stored bytes are gzip data (declared or not). */
    private static int compressedFiles(RawOvfPackage pkg) {
        int count = 0;
        for (PackageRules.ReferencedFile file : PackageRules.referencedFiles(pkg)) {
            boolean declared = file.compression().map(String::trim).filter(c -> !c.isEmpty()).isPresent();
            List<String> names = MemberNames.hasScheme(file.href()) ? List.of()
                    : PackageRules.memberNamesOf(pkg, file);
            Optional<PackageMember> first = names.isEmpty() ? Optional.empty() : pkg.member(names.get(0));
            if (declared || first.filter(PackageMember::looksGzipped).isPresent()) {
                count++;
            }
        }
        return count;
    }

    private static int manifestsOfVersion(RawOvfPackage pkg, OvfVersion version) {
        return pkg.descriptor().map(OvfDescriptor::version).orElse(OvfVersion.UNKNOWN) == version
                ? pkg.manifestNames().size() : 0;
    }
}
