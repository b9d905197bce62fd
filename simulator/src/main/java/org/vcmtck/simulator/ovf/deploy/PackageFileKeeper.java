package org.vcmtck.simulator.ovf.deploy;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.vcmtck.simulator.model.ApplianceFile;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.FileReference;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.PackageForm;
import org.vcmtck.simulator.ovf.pkg.PackageMember;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Copies the References Files of a package that is being deployed into a {@link PackageFileStore}. What is kept
 * is each file's content as the package means it: chunks joined in order and gzip undone, so that an export can
 * write it with whatever compression and chunking it is asked for. The reader checked the members already
 * (digests, sizes, traversal); this reads them a second time, by name: from the package's folder, or from the OVA
 * archive (whose members are first copied to a temporary folder, one stream each, since a chunked file's chunks
 * must be read together). Files whose bytes cannot be had (a package read from a URL or standard input without a
 * copy, an href to another server) are reported and left out: their disks export as capacity-only disks.
 */
final class PackageFileKeeper {
    private PackageFileKeeper() {
    }

    /**
     * Keeps every File of {@code pkg}; {@code source} is the OVA file or the descriptor file the package was read
     * from (null: none, nothing is kept). Problems become warnings: a deploy does not fail for want of re-export.
     */
    static List<ApplianceFile> keep(OvfPackage pkg, Path source, PackageFileStore store, List<OvfFinding> warnings) {
        List<FileReference> files = pkg.descriptor().files();
        if (files.isEmpty()) {
            return List.of();
        }
        if (source == null || store == null) {
            warnings.add(OvfFinding.warning("OVF-REF-002", "", "the package's files are not kept (no local copy of"
                    + " the package); an export writes its disks without image files"));
            return List.of();
        }
        Path scratch = null;
        try {
            Path folder;
            if (pkg.form() == PackageForm.DIRECTORY) {
                folder = source.toAbsolutePath().normalize().getParent();
            } else {
                scratch = Files.createTempDirectory("vcmtck-ova-");
                extract(source, scratch, memberNames(pkg));
                folder = scratch;
            }
            List<ApplianceFile> kept = new ArrayList<>();
            for (FileReference f : files) {
                ApplianceFile a = keep(pkg, f, folder, store, warnings);
                if (a != null) {
                    kept.add(a);
                }
            }
            return kept;
        } catch (IOException e) {
            warnings.add(OvfFinding.warning("OVF-REF-002", "", "the package's files cannot be kept for re-export ("
                    + e.getMessage() + "); an export writes its disks without image files"));
            return List.of();
        } finally {
            if (scratch != null) {
                delete(scratch);
            }
        }
    }

    private static ApplianceFile keep(OvfPackage pkg, FileReference f, Path folder, PackageFileStore store,
                                      List<OvfFinding> warnings) throws IOException {
        List<String> names = members(pkg, f);
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            Path p = folder.resolve(name).normalize();
            // the reader refused traversal already; this keeps the second read just as confined
            if (!p.startsWith(folder) || !Files.isRegularFile(p)) {
                warnings.add(OvfFinding.warning("OVF-REF-002", name, "File '" + f.id() + "' ("
                        + f.href() + ") is not in the package; it is not kept for re-export"));
                return null;
            }
            paths.add(p);
        }
        if (paths.isEmpty()) {
            warnings.add(OvfFinding.warning("OVF-REF-002", f.href(), "File '" + f.id() + "' has no member in the"
                    + " package; it is not kept for re-export"));
            return null;
        }
        try (InputStream in = content(paths, f.gzip())) {
            PackageFileStore.Stored stored = store.put(in);
            return new ApplianceFile(f.id(), f.href(), stored.size(), stored.key());
        }
    }

    /** The member names holding File {@code f}, chunks in order. */
    private static List<String> members(OvfPackage pkg, FileReference f) {
        List<PackageMember> own = pkg.members().stream().filter(m -> f.id().equals(m.fileId()))
                .sorted(Comparator.comparingInt(PackageMember::chunkIndex)).toList();
        if (!own.isEmpty()) {
            return own.stream().map(PackageMember::name).toList();
        }
        return f.chunked() ? List.of() : List.of(f.href());
    }

    private static Set<String> memberNames(OvfPackage pkg) {
        Set<String> names = new HashSet<>();
        for (FileReference f : pkg.descriptor().files()) {
            names.addAll(members(pkg, f));
        }
        return names;
    }

    private static InputStream content(List<Path> paths, boolean gzip) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        try {
            for (Path p : paths) {
                streams.add(Files.newInputStream(p));
            }
        } catch (IOException e) {
            for (InputStream s : streams) {
                s.close();
            }
            throw e;
        }
        Enumeration<InputStream> parts = Collections.enumeration(streams);
        InputStream joined = new BufferedInputStream(new SequenceInputStream(parts));
        return gzip ? new GZIPInputStream(joined, 64 * 1024) : joined;
    }

    private static void extract(Path ova, Path into, Set<String> names) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new BufferedInputStream(Files.newInputStream(ova)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                if (!entry.isFile() || !names.contains(name)) {
                    continue;
                }
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into) || Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind wastes space, nothing else
        }
    }
}
