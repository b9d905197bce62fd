package org.vcmtck.assertions.ovf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Rules that need the package and not only the descriptor: member format and order, the files behind
 * References, and the manifest. Each method returns the violations of one requirement.
 */
final class PackageRules {

    private PackageRules() {
    }

    /** A File of References as it concerns the package: its href and, for a chunked file, its chunk names. */
    record ReferencedFile(Element element, String id, String href, boolean chunked, Optional<String> size,
                          Optional<String> compression) {
    }

    static List<ReferencedFile> referencedFiles(RawOvfPackage pkg) {
        List<ReferencedFile> files = new ArrayList<>();
        pkg.descriptor().ifPresent(d -> {
            for (Element file : d.files()) {
                String href = d.attr(file, "href").map(String::trim).orElse("");
                if (href.startsWith("./")) {
                    href = href.substring(2);
                }
                files.add(new ReferencedFile(file, d.attr(file, "id").orElse(""), href,
                        d.attr(file, "chunkSize").isPresent(), d.attr(file, "size"), d.attr(file, "compression")));
            }
        });
        return files;
    }

    /** Files whose href names a member of the package (no URL scheme, non-empty). */
    static List<ReferencedFile> localFiles(RawOvfPackage pkg) {
        return referencedFiles(pkg).stream().filter(f -> !f.href().isEmpty() && !MemberNames.hasScheme(f.href()))
                .toList();
    }

    /** The member names a File stands for: its chunks in order (those present) or the href itself. */
    static List<String> memberNamesOf(RawOvfPackage pkg, ReferencedFile file) {
        if (!file.chunked()) {
            return List.of(file.href());
        }
        List<String> chunks = new ArrayList<>();
        for (int i = 0; pkg.member(MemberNames.chunkName(file.href(), i)).isPresent(); i++) {
            chunks.add(MemberNames.chunkName(file.href(), i));
        }
        return chunks;
    }

    // ---- package form -------------------------------------------------------------------------------------

    /** OVF-ENV-001 (package side): the descriptor is well-formed XML. */
    static List<Violation> descriptorReadable(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-ENV-001");
        if (pkg.descriptor().isEmpty()) {
            f.at(pkg.descriptorName().orElse("(package)"), pkg.descriptorProblem().orElse("no descriptor"),
                    "a well-formed XML descriptor");
        }
        return f.list();
    }

    /** OVF-PKG-001: one descriptor, at most one manifest, at most one certificate. */
    static List<Violation> singleDescriptor(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-001");
        if (pkg.descriptorNames().size() != 1) {
            f.at("(package)", pkg.descriptorNames().size() + " descriptors " + pkg.descriptorNames(),
                    "exactly one *.ovf descriptor");
        }
        if (pkg.manifestNames().size() > 1) {
            f.at("(package)", "manifests " + pkg.manifestNames(), "at most one *.mf manifest");
        }
        if (pkg.certificateNames().size() > 1) {
            f.at("(package)", "certificates " + pkg.certificateNames(), "at most one *.cert certificate");
        }
        return f.list();
    }

    /** OVF-PKG-005: every tar header carries the POSIX USTAR magic "ustar\0" and version "00" at offset 257. */
    static List<Violation> ustarHeaders(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-005");
        requireOva(pkg, f);
        pkg.findings().stream().filter(x -> x.requirementId().equals("OVF-PKG-005"))
                .forEach(x -> f.at("(archive)", x.message(), "a POSIX USTAR tar archive"));
        if (pkg.isOva() && pkg.members().isEmpty()) {
            f.at("(archive)", "no members", "a USTAR archive holding the package files");
        }
        for (PackageMember member : pkg.members()) {
            if (member.headerFormat() != TarHeaderFormat.POSIX_USTAR && member.headerFormat() != TarHeaderFormat.NONE) {
                f.at("member " + member.name(), member.headerFormat() + " header, magic \"" + member.magic() + "\"",
                        "POSIX USTAR magic \"ustar\\x00\" version \"00\" at offset 257");
            }
        }
        return f.list();
    }

    private static void requireOva(RawOvfPackage pkg, Findings f) {
        if (!pkg.isOva()) {
            f.at("(package)", "a directory package", "an OVA (this rule applies to the single-file form only)");
        }
    }

    /** OVF-PKG-006: the single-file form is named *.ova. */
    static List<Violation> ovaExtension(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-006");
        requireOva(pkg, f);
        String name = pkg.source().getFileName().toString();
        if (pkg.isOva() && !name.endsWith(".ova")) {
            f.at("(file name)", "\"" + name + "\"", "the extension .ova");
        }
        return f.list();
    }

    /** OVF-PKG-007: the descriptor is the first member. */
    static List<Violation> descriptorFirst(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-007");
        requireOva(pkg, f);
        if (pkg.isOva() && (pkg.members().isEmpty() || !MemberNames.isDescriptor(pkg.members().get(0).name()))) {
            f.at("member 0", pkg.members().isEmpty() ? "no members" : "\"" + pkg.members().get(0).name() + "\"",
                    "the descriptor (*.ovf) as the first member");
        }
        return f.list();
    }

    /** OVF-PKG-009: manifest and certificate both right after the descriptor, or both at the end. */
    static List<Violation> manifestAndCertificatePlacement(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-009");
        requireOva(pkg, f);
        if (!pkg.isOva()) {
            return f.list();
        }
        List<String> names = pkg.memberNames();
        int n = names.size();
        int mf = pkg.manifestName().map(names::indexOf).orElse(-1);
        int cert = pkg.certificateName().map(names::indexOf).orElse(-1);
        if (mf < 0) {
            return f.list();
        }
        boolean afterDescriptor = mf == 1 && (cert < 0 || cert == 2);
        boolean atEnd = cert < 0 ? mf == n - 1 : (mf == n - 2 && cert == n - 1);
        if (!afterDescriptor && !atEnd) {
            f.at("members", "manifest at position " + mf + (cert < 0 ? "" : ", certificate at position " + cert)
                            + " of " + n,
                    "manifest (then certificate) right after the descriptor, or both at the end of the archive");
        }
        return f.list();
    }

    /** OVF-PKG-008: apart from descriptor, manifest and certificate, members follow the order of References. */
    static List<Violation> membersInReferencesOrder(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-008");
        requireOva(pkg, f);
        if (!pkg.isOva() || pkg.descriptor().isEmpty()) {
            return f.list();
        }
        Set<String> special = new HashSet<>();
        pkg.descriptorName().ifPresent(special::add);
        pkg.manifestName().ifPresent(special::add);
        pkg.certificateName().ifPresent(special::add);
        List<String> expected = new ArrayList<>();
        for (ReferencedFile file : localFiles(pkg)) {
            memberNamesOf(pkg, file).stream().filter(name -> !expected.contains(name)).forEach(expected::add);
        }
        List<String> actual = new ArrayList<>();
        for (String name : pkg.memberNames()) {
            if (special.contains(name)) {
                continue;
            }
            if (expected.contains(name)) {
                actual.add(name);
            } else {
                f.at("member " + name, "a member no File of References names", "only the files References lists");
            }
        }
        List<String> present = expected.stream().filter(actual::contains).toList();
        for (int i = 0; i < actual.size(); i++) {
            if (i >= present.size() || !actual.get(i).equals(present.get(i))) {
                f.at("member " + actual.get(i), "order " + actual, "the References order " + present);
                break;
            }
        }
        return f.list();
    }

    /** OVF-PKG-010: in an OVA, external string bundles are the first Files of References. */
    static List<Violation> stringBundlesFirst(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-010");
        requireOva(pkg, f);
        if (pkg.descriptor().isEmpty()) {
            return f.list();
        }
        OvfDescriptor d = pkg.descriptor().get();
        Set<String> bundles = new HashSet<>();
        d.childrenOfKind(d.envelope(), "Strings").forEach(s -> d.attr(s, "fileRef").ifPresent(bundles::add));
        boolean otherSeen = false;
        for (Element file : d.files()) {
            boolean bundle = bundles.contains(d.attr(file, "id").orElse(""));
            if (bundle && otherSeen) {
                f.at(d.path(file), "string bundle " + d.attr(file, "id").orElse("") + " after other files",
                        "string-bundle Files listed first in References");
            }
            otherSeen |= !bundle;
        }
        return f.list();
    }

    /** OVF-PKG-012: member names are simple relative names. */
    static List<Violation> simpleMemberNames(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-012");
        pkg.findings().stream().filter(x -> x.requirementId().equals("OVF-PKG-012"))
                .forEach(x -> f.at("(package)", x.message(), "simple relative member names"));
        return f.list();
    }

    // ---- references against members --------------------------------------------------------------------------

    /** OVF-REF-005: every File names a file present in the package (hrefs with a URL scheme are not checked). */
    static List<Violation> resolvableFileReferences(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-REF-005");
        OvfDescriptor d = pkg.descriptor().orElse(null);
        for (ReferencedFile file : localFiles(pkg)) {
            boolean present = file.chunked() ? !memberNamesOf(pkg, file).isEmpty() : pkg.member(file.href()).isPresent();
            if (!present) {
                f.at(d.path(file.element()), "ovf:href \"" + file.href() + "\" with no such file in the package"
                        + (MemberNames.isSafeRelative(file.href()) ? "" : " (it points outside the package)"),
                        "every referenced file present");
            }
        }
        return f.list();
    }

    /** OVF-REF-011: ovf:size equals the stored bytes (for chunked files, the sum of the chunks). */
    static List<Violation> declaredSizesMatching(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-REF-011");
        OvfDescriptor d = pkg.descriptor().orElse(null);
        for (ReferencedFile file : localFiles(pkg)) {
            if (file.size().isEmpty() || !ReferenceRules.isUnsignedLong(file.size().get())) {
                continue;
            }
            List<PackageMember> members = memberNamesOf(pkg, file).stream().map(pkg::member)
                    .flatMap(Optional::stream).toList();
            if (members.isEmpty()) {
                continue;
            }
            long stored = members.stream().mapToLong(PackageMember::size).sum();
            if (!Long.toString(stored).equals(file.size().get().trim().replaceFirst("^\\+", ""))) {
                f.at(d.path(file.element()), "ovf:size=\"" + file.size().get() + "\" but " + file.href() + " has "
                        + stored + " bytes", "ovf:size equal to the stored byte count");
            }
        }
        return f.list();
    }

    /** OVF-REF-007: gzip data carries ovf:compression="gzip"; compression="gzip" is only on gzip data. */
    static List<Violation> compressionMatchesContent(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-REF-007");
        OvfDescriptor d = pkg.descriptor().orElse(null);
        for (ReferencedFile file : localFiles(pkg)) {
            List<String> names = memberNamesOf(pkg, file);
            Optional<PackageMember> first = names.isEmpty() ? Optional.empty() : pkg.member(names.get(0));
            if (first.isEmpty() || first.get().size() == 0) {
                continue;
            }
            boolean declaredGzip = file.compression().map(String::trim).filter("gzip"::equals).isPresent();
            boolean gzipped = first.get().looksGzipped();
            if (declaredGzip && !gzipped) {
                f.at(d.path(file.element()), "ovf:compression=\"gzip\" on data without the gzip magic",
                        "gzip data (RFC 1952) where ovf:compression=\"gzip\"");
            } else if (!declaredGzip && gzipped && !isGzipFormatByName(file.href())) {
                f.at(d.path(file.element()), file.href() + " holds gzip data but ovf:compression is "
                        + file.compression().map(c -> "\"" + c + "\"").orElse("absent"), "ovf:compression=\"gzip\"");
            }
        }
        return f.list();
    }

    /** A file that is itself a gzip document (e.g. a .tar.gz payload) is data, not OVF compression. */
    private static boolean isGzipFormatByName(String href) {
        return href.endsWith(".gz") || href.endsWith(".tgz");
    }

    // ---- manifest ----------------------------------------------------------------------------------------------

    private static String manifestName(RawOvfPackage pkg) {
        return pkg.manifestName().orElse("(manifest)");
    }

    private static List<ManifestLine> manifestLines(RawOvfPackage pkg, Findings f) {
        if (pkg.manifestText().isEmpty()) {
            f.at("(package)", pkg.manifestName().map(n -> "manifest " + n + " could not be read")
                    .orElse("no manifest"), "a manifest (*.mf)");
            return List.of();
        }
        return ManifestLine.parse(pkg.manifestText().get());
    }

    /** OVF-MF-001: every line is exactly ALGO(name)= hexdigest followed by a newline. */
    static List<Violation> wellFormedManifestLines(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-MF-001");
        for (ManifestLine line : manifestLines(pkg, f)) {
            if (!line.strict()) {
                f.at(line.location(manifestName(pkg)), "\"" + line.raw().replace("\r", "\\r") + "\"",
                        "ALGO(file)= hexdigest with one space after '=', a digest of the algorithm's length, "
                                + "and a newline");
            }
        }
        return f.list();
    }

    /** OVF-MF-002 / OVF-MF-003: SHA1 in 1.x manifests; SHA1 or SHA256 (SHA512 tolerated) in 2.x. */
    static List<Violation> manifestAlgorithmOfVersion(RawOvfPackage pkg) {
        OvfVersion version = pkg.descriptor().map(OvfDescriptor::version).orElse(OvfVersion.UNKNOWN);
        boolean v2 = version == OvfVersion.V2;
        Findings f = new Findings(v2 ? "OVF-MF-003" : "OVF-MF-002");
        Set<String> allowed = v2 ? Set.of("SHA1", "SHA256", "SHA512") : Set.of("SHA1");
        for (ManifestLine line : manifestLines(pkg, f)) {
            line.algorithm().filter(a -> !allowed.contains(a)).ifPresent(a ->
                    f.at(line.location(manifestName(pkg)), a + " in an OVF " + (v2 ? "2.x" : "1.x") + " package",
                            v2 ? "SHA1 or SHA256" : "SHA1"));
        }
        return f.list();
    }

    /** OVF-MF-004 (SHOULD): a 2.x package's manifest uses SHA256. */
    static List<Violation> manifestPrefersSha256(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-MF-004");
        boolean v2 = pkg.descriptor().map(OvfDescriptor::version).orElse(OvfVersion.UNKNOWN) == OvfVersion.V2;
        for (ManifestLine line : manifestLines(pkg, f)) {
            if (v2) {
                line.algorithm().filter(a -> !a.equals("SHA256")).ifPresent(a ->
                        f.at(line.location(manifestName(pkg)), a + " in an OVF 2.x package", "SHA256"));
            }
        }
        return f.list();
    }

    /** OVF-MF-005: every referenced file is listed, and nothing beyond the files and the descriptor. */
    static List<Violation> manifestCoversEveryFile(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-MF-005");
        List<ManifestLine> lines = manifestLines(pkg, f);
        Map<String, ManifestLine> listed = new LinkedHashMap<>();
        lines.forEach(line -> line.fileName().ifPresent(name -> listed.putIfAbsent(name, line)));
        Set<String> allowed = new HashSet<>();
        pkg.descriptorName().ifPresent(allowed::add);
        pkg.manifestName().ifPresent(allowed::add);
        pkg.certificateName().ifPresent(allowed::add);
        for (ReferencedFile file : localFiles(pkg)) {
            List<String> chunks = memberNamesOf(pkg, file);
            allowed.add(file.href());
            allowed.addAll(chunks);
            boolean covered = listed.containsKey(file.href())
                    || (file.chunked() && !chunks.isEmpty() && listed.keySet().containsAll(chunks));
            if (!covered) {
                f.at(manifestName(pkg), "no line for " + file.href(), "a digest line for every file in References");
            }
        }
        listed.forEach((name, line) -> {
            if (!allowed.contains(name)) {
                f.at(line.location(manifestName(pkg)), "a line for " + name + ", which no File references",
                        "only the descriptor and the files in References");
            }
        });
        return f.list();
    }

    /** OVF-MF-006: the manifest lists the descriptor. */
    static List<Violation> manifestListsDescriptor(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-MF-006");
        List<ManifestLine> lines = manifestLines(pkg, f);
        if (pkg.manifestText().isPresent() && pkg.descriptorName().isPresent()) {
            String descriptor = pkg.descriptorName().get();
            if (lines.stream().noneMatch(l -> l.fileName().filter(descriptor::equals).isPresent())) {
                f.at(manifestName(pkg), "no line for " + descriptor, "a digest line for the descriptor");
            }
        }
        return f.list();
    }

    /** OVF-MF-007: neither the manifest nor a certificate is listed. */
    static List<Violation> noManifestSelfEntries(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-MF-007");
        for (ManifestLine line : manifestLines(pkg, f)) {
            line.fileName().filter(n -> MemberNames.isManifest(n) || MemberNames.isCertificate(n)).ifPresent(n ->
                    f.at(line.location(manifestName(pkg)), "a line for " + n, "no manifest or certificate entries"));
        }
        return f.list();
    }

    /** OVF-MF-008: each digest equals the digest of the stored bytes. */
    static List<Violation> matchingManifestDigests(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-MF-008");
        for (ManifestLine line : manifestLines(pkg, f)) {
            if (line.fileName().isEmpty() || line.algorithm().isEmpty() || line.digest().isEmpty()) {
                continue;
            }
            Optional<PackageMember> member = pkg.member(line.fileName().get());
            Optional<String> actual = member.flatMap(m -> m.digest(line.algorithm().get()));
            if (actual.isPresent() && !actual.get().equalsIgnoreCase(line.digest().get())) {
                f.at(line.location(manifestName(pkg)), line.algorithm().get() + " " + line.digest().get(),
                        "the " + line.algorithm().get() + " of " + line.fileName().get() + ": " + actual.get());
            }
        }
        return f.list();
    }

    /** OVF-PKG-003 (SHOULD): manifest and certificate share the descriptor's base name. */
    static List<Violation> manifestNamedAfterDescriptor(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-003");
        if (pkg.descriptorName().isEmpty()) {
            return f.list();
        }
        String base = MemberNames.baseName(pkg.descriptorName().get());
        for (String name : List.of(pkg.manifestName(), pkg.certificateName()).stream().flatMap(Optional::stream)
                .toList()) {
            if (!MemberNames.baseName(name).equals(base)) {
                f.at(name, "base name \"" + MemberNames.baseName(name) + "\"", "the descriptor's base name \"" + base
                        + "\"");
            }
        }
        return f.list();
    }

    /** OVF-CERT-001: a certificate only together with a manifest. */
    static List<Violation> certificateOnlyWithManifest(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-CERT-001");
        if (!pkg.certificateNames().isEmpty() && pkg.manifestNames().isEmpty()) {
            f.at(pkg.certificateNames().get(0), "a certificate without a manifest", "a manifest for it to sign");
        }
        return f.list();
    }
}
