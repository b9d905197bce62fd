package org.vcmtck.assertions.ovf;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
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

    /** The Msg elements (in any Strings bundle of the descriptor) that take their text from a file. */
    static List<Element> messagesFromFiles(OvfDescriptor d) {
        List<Element> found = new ArrayList<>();
        org.w3c.dom.NodeList all = d.document().getElementsByTagNameNS(d.namespace(), "Msg");
        for (int i = 0; i < all.getLength(); i++) {
            Element msg = (Element) all.item(i);
            if (d.attr(msg, "fileRef").isPresent()) {
                found.add(msg);
            }
        }
        return found;
    }

    /**
     * OVF-I18N-005: a Msg whose text comes from a file names, with ovf:fileRef, a File of References that the
     * package holds, and that file is plain UTF-8 text. A file stored gzip-compressed is judged only on its
     * reference: its stored bytes are not the text.
     */
    static List<Violation> messageFilesArePlainText(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-I18N-005");
        if (pkg.descriptor().isEmpty()) {
            return f.list();
        }
        OvfDescriptor d = pkg.descriptor().get();
        Map<String, ReferencedFile> byId = new LinkedHashMap<>();
        referencedFiles(pkg).forEach(file -> byId.putIfAbsent(file.id(), file));
        for (Element msg : messagesFromFiles(d)) {
            String ref = d.attr(msg, "fileRef").orElseThrow();
            String where = d.path(msg) + " ovf:msgid=\"" + d.attr(msg, "msgid").orElse("") + "\"";
            ReferencedFile file = byId.get(ref);
            if (file == null) {
                f.at(where, "ovf:fileRef=\"" + ref + "\" with no such File", "the ovf:id of a File in References");
                continue;
            }
            if (file.href().isEmpty() || MemberNames.hasScheme(file.href())) {
                continue; // nothing stored in the package to read; the href rules judge such a File
            }
            if (file.compression().map(String::trim).filter(c -> !c.isEmpty() && !c.equals("identity")).isPresent()) {
                continue;
            }
            List<String> names = memberNamesOf(pkg, file);
            List<PackageMember> members = names.stream().map(pkg::member).flatMap(Optional::stream).toList();
            if (members.isEmpty()) {
                f.at(where, "File " + ref + " (" + file.href() + ") is not in the package",
                        "the message file stored in the package");
                continue;
            }
            for (PackageMember member : members) {
                member.textProblem().ifPresent(problem -> f.at(where, "message file " + member.name() + ": "
                        + problem, "plain UTF-8 text"));
            }
        }
        return f.list();
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

    /** Extensions tools give manifests, signatures and certificates under other names than .mf and .cert. */
    private static final Set<String> MANIFEST_OR_CERTIFICATE_LIKE = Set.of("sha1", "sha256", "sha512", "manifest",
            "crt", "cer", "pem", "sig", "signature", "der");

    /**
     * OVF-PKG-002: descriptor, manifest and certificate carry exactly the extensions .ovf, .mf and .cert. A member
     * the descriptor does not reference that shares the descriptor's base name, or carries a digest or
     * certificate extension, can only be a manifest or certificate under another name: no consumer would find it.
     */
    static List<Violation> standardExtensions(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-PKG-002");
        exactExtension(pkg.descriptorNames(), ".ovf", "descriptor", f);
        exactExtension(pkg.manifestNames(), ".mf", "manifest", f);
        exactExtension(pkg.certificateNames(), ".cert", "certificate", f);
        Set<String> known = new HashSet<>(pkg.descriptorNames());
        known.addAll(pkg.manifestNames());
        known.addAll(pkg.certificateNames());
        localFiles(pkg).forEach(file -> known.addAll(memberNamesOf(pkg, file)));
        Optional<String> base = pkg.descriptorName().map(MemberNames::baseName);
        for (String name : pkg.memberNames()) {
            if (known.contains(name)) {
                continue;
            }
            String extension = extension(name);
            boolean sameBase = base.filter(b -> b.equals(MemberNames.baseName(name))).isPresent();
            if (sameBase || MANIFEST_OR_CERTIFICATE_LIKE.contains(extension.toLowerCase(java.util.Locale.ROOT))) {
                f.at("member " + name, (sameBase ? "an unreferenced member named after the descriptor"
                        : "an unreferenced member") + (extension.isEmpty() ? " without an extension"
                        : " with the extension ." + extension), "a manifest named *.mf and a certificate named *.cert");
            }
        }
        return f.list();
    }

    private static void exactExtension(List<String> names, String extension, String role, Findings f) {
        for (String name : names) {
            if (!name.endsWith(extension)) {
                f.at("member " + name, role + " named \"" + name + "\"", "the extension " + extension
                        + " in lower case");
            }
        }
    }

    private static String extension(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
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

    // ---- certificate -------------------------------------------------------------------------------------------

    /** Digest tokens whose signatures the JDK verifies as {@code <token>with<key algorithm>}. */
    private static final Set<String> VERIFIABLE_DIGESTS = Set.of("SHA1", "SHA256", "SHA512");

    /** The package's certificate file parsed, or a finding saying why there is none to judge. */
    private static Optional<CertificateFile> certificateFile(RawOvfPackage pkg, Findings f) {
        if (pkg.certificateText().isEmpty()) {
            f.at("(package)", pkg.certificateName().map(n -> "certificate " + n + " could not be read")
                    .orElse("no certificate"), "a certificate file (*.cert)");
            return Optional.empty();
        }
        return Optional.of(CertificateFile.parse(pkg.certificateText().get()));
    }

    private static String certificateName(RawOvfPackage pkg) {
        return pkg.certificateName().orElse("(certificate)");
    }

    /** OVF-CERT-002: a line ALGO(manifest)= hex naming the package's manifest, then X.509 PEM certificates. */
    static List<Violation> certificateFileForm(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-CERT-002");
        Optional<CertificateFile> parsed = certificateFile(pkg, f);
        if (parsed.isEmpty()) {
            return f.list();
        }
        CertificateFile cert = parsed.get();
        String member = certificateName(pkg);
        if (!cert.linesBeforeSignature().isEmpty()) {
            f.at(member, "text before the signature line: " + String.join(", ", cert.linesBeforeSignature()),
                    "the signature line ALGO(manifest)= hex first");
        }
        if (cert.signatureLine().isEmpty()) {
            f.at(member, cert.signatureAfterBlocks().map(l -> "the signature line after the certificates, " + l)
                    .orElse("no signature line"), "a line ALGO(" + pkg.manifestName().orElse("manifest.mf")
                    + ")= hex signature before the PEM certificates");
        } else {
            CertificateFile.SignatureLine line = cert.signatureLine().get();
            String location = member + " line " + line.number();
            if (!line.strict()) {
                f.at(location, "\"" + line.raw().replace("\r", "\\r") + "\"",
                        "exactly ALGO(file)= hexsignature, one space after '=' and nothing else");
            }
            if (pkg.manifestName().isEmpty()) {
                f.at(location, "a signature of \"" + line.fileName() + "\" but the package has no manifest",
                        "a signature of the package's manifest");
            } else if (!line.fileName().equals(pkg.manifestName().get())) {
                f.at(location, "a signature of \"" + line.fileName() + "\"",
                        "a signature of the package's manifest \"" + pkg.manifestName().get() + "\"");
            }
            if (line.signature().isEmpty()) {
                f.at(location, line.hex().isEmpty() ? "no hex signature" : "a hex signature of odd length "
                        + line.hex().length(), "the signature as an even number of hex digits");
            }
        }
        if (cert.blocks().isEmpty()) {
            f.at(member, "no -----BEGIN CERTIFICATE----- block", "the signer's X.509 certificate in PEM");
        }
        for (CertificateFile.PemBlock block : cert.blocks()) {
            block.problem().ifPresent(problem -> f.at(block.location(member), problem,
                    "a PEM block holding a DER X.509 certificate"));
        }
        return f.list();
    }

    /**
     * OVF-CERT-003: the algorithm suits the version (1.x SHA1; 2.x SHA1 or SHA256, SHA512 tolerated) and the
     * signature verifies over the manifest bytes as stored, with the first certificate's public key.
     */
    static List<Violation> certificateSignatureVerifies(RawOvfPackage pkg) {
        Findings f = new Findings("OVF-CERT-003");
        Optional<CertificateFile> parsed = certificateFile(pkg, f);
        if (parsed.isEmpty()) {
            return f.list();
        }
        CertificateFile cert = parsed.get();
        String member = certificateName(pkg);
        if (cert.signatureLine().isEmpty()) {
            f.at(member, "no signature line (see OVF-CERT-002)", "ALGO(manifest)= hex signature to verify");
            return f.list();
        }
        CertificateFile.SignatureLine line = cert.signatureLine().get();
        String location = member + " line " + line.number();
        boolean v2 = pkg.descriptor().map(OvfDescriptor::version).orElse(OvfVersion.UNKNOWN) == OvfVersion.V2;
        Set<String> allowed = v2 ? Set.of("SHA1", "SHA256", "SHA512") : Set.of("SHA1");
        if (!allowed.contains(line.algorithm())) {
            f.at(location, line.algorithm() + " in an OVF " + (v2 ? "2.x" : "1.x") + " package",
                    v2 ? "SHA1 or SHA256" : "SHA1");
        }
        Optional<X509Certificate> signer = cert.signer();
        if (signer.isEmpty()) {
            f.at(member, "no readable first certificate (see OVF-CERT-002)", "the signer's certificate to verify with");
            return f.list();
        }
        if (pkg.manifestText().isEmpty()) {
            f.at(location, pkg.manifestName().map(n -> "manifest " + n + " could not be read").orElse("no manifest"),
                    "the manifest the signature covers");
            return f.list();
        }
        String digest = VERIFIABLE_DIGESTS.contains(line.algorithm()) ? line.algorithm() : null;
        Optional<byte[]> signature = line.signature();
        if (digest == null || signature.isEmpty()) {
            f.at(location, digest == null ? "algorithm " + line.algorithm() + ", which cannot be verified"
                    : "no usable hex signature", "a verifiable SHA1, SHA256 or SHA512 signature");
            return f.list();
        }
        PublicKey key = signer.get().getPublicKey();
        String scheme = switch (key.getAlgorithm()) {
            case "RSA" -> digest + "withRSA";
            case "EC" -> digest + "withECDSA";
            case "DSA" -> digest + "withDSA";
            default -> null;
        };
        String manifest = pkg.manifestName().orElse("(manifest)");
        if (scheme == null) {
            f.at(member + " certificate block 1", "a " + key.getAlgorithm() + " public key",
                    "an RSA, EC or DSA key whose " + digest + " signature can be verified");
            return f.list();
        }
        byte[] manifestBytes = pkg.manifestBytes();
        String signerName = signer.get().getSubjectX500Principal().getName();
        try {
            Signature verifier = Signature.getInstance(scheme);
            verifier.initVerify(key);
            verifier.update(manifestBytes);
            if (!verifier.verify(signature.get())) {
                f.at(location, "a " + line.algorithm() + " signature that does not verify over the "
                        + manifestBytes.length + " bytes of " + manifest + " with the key of " + signerName,
                        "a " + scheme + " signature of " + manifest + " as stored, by the first certificate's key");
            }
        } catch (GeneralSecurityException e) {
            f.at(location, "a signature that cannot be checked as " + scheme + ": " + e.getMessage(),
                    "a " + scheme + " signature of " + manifest + " by the first certificate's key");
        }
        return f.list();
    }

    /**
     * OVF-CERT-004 (SHOULD, producer side): the signing certificate is valid at the given instant. Chains and trust
     * are not judged — a producer may sign with a self-signed certificate — only the validity dates.
     */
    static List<Violation> signingCertificateValidAt(RawOvfPackage pkg, Instant instant) {
        Findings f = new Findings("OVF-CERT-004");
        Optional<CertificateFile> parsed = certificateFile(pkg, f);
        if (parsed.isEmpty()) {
            return f.list();
        }
        String member = certificateName(pkg);
        Optional<X509Certificate> signer = parsed.get().signer();
        if (signer.isEmpty()) {
            f.at(member, "no readable first certificate (see OVF-CERT-002)", "a signing certificate valid at "
                    + instant);
            return f.list();
        }
        Instant notBefore = signer.get().getNotBefore().toInstant();
        Instant notAfter = signer.get().getNotAfter().toInstant();
        String validity = "notBefore " + notBefore + ", notAfter " + notAfter;
        String location = member + " certificate block 1 (" + signer.get().getSubjectX500Principal().getName() + ")";
        if (instant.isAfter(notAfter)) {
            f.at(location, "a certificate expired at " + notAfter + " (" + validity + ")",
                    "a signing certificate valid at the check time " + instant);
        } else if (instant.isBefore(notBefore)) {
            f.at(location, "a certificate not valid before " + notBefore + " (" + validity + ")",
                    "a signing certificate valid at the check time " + instant);
        }
        return f.list();
    }
}
