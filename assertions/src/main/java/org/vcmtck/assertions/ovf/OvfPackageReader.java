package org.vcmtck.assertions.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.w3c.dom.Element;

/**
 * Reads a package from raw bytes: an {@code .ova} through its tar headers, or a directory package (a folder
 * holding a descriptor, or the path of the {@code .ovf} itself). It never extracts anything: member names that
 * would escape an extraction folder are reported as findings, digests are computed while streaming, and only the
 * descriptor, manifest and certificate are kept in memory.
 */
public final class OvfPackageReader {

    static final long DESCRIPTOR_LIMIT = 32L * 1024 * 1024;
    static final long SMALL_FILE_LIMIT = 4L * 1024 * 1024;
    private static final int TAR_HEADER = 512;
    private static final int MAGIC_OFFSET = 257;

    private OvfPackageReader() {
    }

    public static RawOvfPackage read(Path path) throws OvfPackageReadException {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new OvfPackageReadException(path, "no such file or folder");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ovf")) {
            return readDescriptorFile(path);
        }
        // anything else is treated as a single-file package; OVF-PKG-006 judges its extension
        return readArchive(path);
    }

    /** Collects the pieces while reading; turned into the immutable {@link RawOvfPackage} at the end. */
    private static final class Assembly {
        final Path source;
        final PackageForm form;
        final List<PackageMember> members = new ArrayList<>();
        final List<String> descriptorNames = new ArrayList<>();
        final List<String> manifestNames = new ArrayList<>();
        final List<String> certificateNames = new ArrayList<>();
        final List<RawOvfPackage.ReaderFinding> findings = new ArrayList<>();
        byte[] descriptorBytes;
        String manifestText;
        byte[] manifestBytes;
        String certificateText;

        Assembly(Path source, PackageForm form) {
            this.source = source;
            this.form = form;
        }

        void add(PackageMember member, StreamingDigester.Result result) {
            members.add(member);
            String name = member.name();
            if (MemberNames.isDescriptor(name)) {
                descriptorNames.add(name);
                if (descriptorBytes == null) {
                    descriptorBytes = result.kept().orElse(null);
                    if (descriptorBytes == null) {
                        findings.add(new RawOvfPackage.ReaderFinding("OVF-PKG-001",
                                "descriptor " + name + " is larger than " + DESCRIPTOR_LIMIT + " bytes; not read"));
                    }
                }
            } else if (MemberNames.isManifest(name)) {
                manifestNames.add(name);
                if (manifestText == null) {
                    manifestBytes = result.kept().orElse(null);
                    manifestText = manifestBytes == null ? null : new String(manifestBytes, StandardCharsets.UTF_8);
                }
            } else if (MemberNames.isCertificate(name)) {
                certificateNames.add(name);
                if (certificateText == null) {
                    certificateText = result.kept().map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
                }
            }
        }

        RawOvfPackage build() {
            Optional<OvfDescriptor> descriptor = Optional.empty();
            Optional<String> problem = Optional.empty();
            if (descriptorBytes != null) {
                try {
                    descriptor = Optional.of(OvfDescriptor.parse(descriptorBytes));
                } catch (OvfDescriptor.DescriptorNotReadable e) {
                    problem = Optional.of("descriptor " + descriptorNames.get(0) + " is not well-formed XML: "
                            + e.getMessage());
                }
            } else if (descriptorNames.isEmpty()) {
                problem = Optional.of("the package has no descriptor (*.ovf)");
            } else {
                problem = Optional.of("descriptor " + descriptorNames.get(0) + " could not be read");
            }
            return new RawOvfPackage(source, form, members, descriptorNames,
                    descriptorBytes == null ? new byte[0] : descriptorBytes, descriptor, problem, manifestNames,
                    Optional.ofNullable(manifestText), manifestBytes == null ? new byte[0] : manifestBytes,
                    certificateNames, Optional.ofNullable(certificateText),
                    findings);
        }
    }

    private static long keepLimit(String name) {
        if (MemberNames.isDescriptor(name)) {
            return DESCRIPTOR_LIMIT;
        }
        return MemberNames.isManifest(name) || MemberNames.isCertificate(name) ? SMALL_FILE_LIMIT : 0;
    }

    private static RawOvfPackage readArchive(Path path) throws OvfPackageReadException {
        Assembly assembly = new Assembly(path, PackageForm.OVA);
        try (TarFile tar = new TarFile(path);
             FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (TarArchiveEntry entry : tar.getEntries()) {
                String name = entry.getName();
                if (!MemberNames.isSafeRelative(name)) {
                    assembly.findings.add(new RawOvfPackage.ReaderFinding("OVF-PKG-012",
                            "member \"" + name + "\" is not a simple relative name (it would escape the folder "
                                    + "it is extracted to); its content was not read"));
                    assembly.members.add(new PackageMember(name, entry.getSize(), formatOf(channel, entry),
                            magicOf(channel, entry), java.util.Map.of(), new byte[0]));
                    continue;
                }
                String linkOrDevice = linkOrDevice(entry);
                if (linkOrDevice != null) {
                    assembly.findings.add(new RawOvfPackage.ReaderFinding("OVF-PKG-012",
                            "member \"" + name + "\" is a " + linkOrDevice + ", not a regular file (extracting it "
                                    + "could reach outside the folder); its content was not read"));
                    assembly.members.add(new PackageMember(name, entry.getSize(), formatOf(channel, entry),
                            magicOf(channel, entry), java.util.Map.of(), new byte[0]));
                    continue;
                }
                StreamingDigester.Result result;
                try (InputStream in = tar.getInputStream(entry)) {
                    result = StreamingDigester.read(in, keepLimit(name));
                }
                assembly.add(new PackageMember(name, result.size(), formatOf(channel, entry), magicOf(channel, entry),
                        result.digests(), result.leadingBytes(), result.textProblem()), result);
            }
        } catch (IOException | IllegalArgumentException e) {
            assembly.findings.add(new RawOvfPackage.ReaderFinding("OVF-PKG-005",
                    "not a readable tar archive: " + e.getMessage()));
        }
        return assembly.build();
    }

    /**
     * What kind of link or device the entry is, or null for data and directories. Asked type by type because
     * {@link TarArchiveEntry#isFile()} is also true for some link entries.
     */
    private static String linkOrDevice(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return "symbolic link to \"" + entry.getLinkName() + "\"";
        }
        if (entry.isLink()) {
            return "hard link to \"" + entry.getLinkName() + "\"";
        }
        if (entry.isCharacterDevice()) {
            return "character device";
        }
        if (entry.isBlockDevice()) {
            return "block device";
        }
        return entry.isFIFO() ? "FIFO" : null;
    }

    private static byte[] headerMagic(FileChannel channel, TarArchiveEntry entry) throws IOException {
        long header = entry.getDataOffset() - TAR_HEADER;
        ByteBuffer buffer = ByteBuffer.allocate(8);
        if (header < 0) {
            return new byte[0];
        }
        channel.read(buffer, header + MAGIC_OFFSET);
        return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static TarHeaderFormat formatOf(FileChannel channel, TarArchiveEntry entry) throws IOException {
        return TarHeaderFormat.of(headerMagic(channel, entry));
    }

    private static String magicOf(FileChannel channel, TarArchiveEntry entry) throws IOException {
        StringBuilder text = new StringBuilder();
        for (byte b : headerMagic(channel, entry)) {
            int c = b & 0xff;
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return text.toString();
    }

    private static RawOvfPackage readFolder(Path folder) throws OvfPackageReadException {
        Assembly assembly = new Assembly(folder, PackageForm.DIRECTORY);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new OvfPackageReadException(folder, "cannot list the folder: " + e.getMessage(), e);
        }
        // descriptors first so the assembly keeps the top-level one, then the rest by name
        List<Path> ordered = new ArrayList<>(files.stream()
                .filter(p -> p.getParent().equals(folder) && MemberNames.isDescriptor(p.getFileName().toString()))
                .toList());
        files.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        for (Path file : ordered) {
            addLooseFile(assembly, folder, file);
        }
        return assembly.build();
    }

    private static RawOvfPackage readDescriptorFile(Path descriptor) throws OvfPackageReadException {
        Path folder = descriptor.toAbsolutePath().getParent();
        Assembly assembly = new Assembly(descriptor, PackageForm.DIRECTORY);
        addLooseFile(assembly, folder, descriptor.toAbsolutePath());
        String base = MemberNames.baseName(descriptor.getFileName().toString());
        Set<Path> wanted = new LinkedHashSet<>();
        wanted.add(folder.resolve(base + ".mf"));
        wanted.add(folder.resolve(base + ".cert"));
        if (assembly.descriptorBytes != null) {
            try {
                OvfDescriptor parsed = OvfDescriptor.parse(assembly.descriptorBytes);
                for (Element file : parsed.files()) {
                    String href = parsed.attr(file, "href").orElse("").trim();
                    if (href.isEmpty() || MemberNames.hasScheme(href) || !MemberNames.isSafeRelative(href)) {
                        continue;
                    }
                    wanted.add(folder.resolve(href).normalize());
                    if (parsed.attr(file, "chunkSize").isPresent()) {
                        for (int i = 0; Files.isRegularFile(folder.resolve(MemberNames.chunkName(href, i))); i++) {
                            wanted.add(folder.resolve(MemberNames.chunkName(href, i)).normalize());
                        }
                    }
                }
            } catch (OvfDescriptor.DescriptorNotReadable e) {
                // build() reports the descriptor problem; without hrefs only manifest and certificate are read
            }
        }
        for (Path file : wanted) {
            if (Files.isRegularFile(file) && !file.equals(descriptor.toAbsolutePath())) {
                addLooseFile(assembly, folder, file);
            }
        }
        return assembly.build();
    }

    private static void addLooseFile(Assembly assembly, Path folder, Path file) throws OvfPackageReadException {
        String name = folder.relativize(file).toString().replace('\\', '/');
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                assembly.findings.add(new RawOvfPackage.ReaderFinding("OVF-PKG-012",
                        "file \"" + name + "\" links outside the package folder; not read"));
                return;
            }
            StreamingDigester.Result result;
            try (InputStream in = Files.newInputStream(file)) {
                result = StreamingDigester.read(in, keepLimit(name));
            }
            assembly.add(new PackageMember(name, result.size(), TarHeaderFormat.NONE, "", result.digests(),
                    result.leadingBytes(), result.textProblem()), result);
        } catch (IOException e) {
            throw new OvfPackageReadException(file, "cannot read: " + e.getMessage(), e);
        }
    }
}
