package org.vcmtck.features.target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the OVF package locations a target names ({@code endpoints.ovf}) into local package paths: an
 * {@code .ova} or {@code .ovf} file or a package folder as given, and for a location ending in '/' every package
 * in that folder (each {@code .ova}, each loose {@code .ovf}, and each {@code .ovf} of its sub-folders). What
 * cannot be checked (http(s) URLs for now, missing paths) is reported, not dropped silently.
 */
public final class OvfPackages {

    private OvfPackages() {
    }

    /**
     * The packages to check and the locations that cannot be.
     *
     * @param packages    local paths in the order named
     * @param notTestable one line per location the suite cannot read yet (http(s)), with the reason
     * @param missing     one line per local location that names nothing to check: a mistake in the target file
     */
    public record Resolution(List<Path> packages, List<String> notTestable, List<String> missing) {
        public Resolution {
            packages = List.copyOf(packages);
            notTestable = List.copyOf(notTestable);
            missing = List.copyOf(missing);
        }
    }

    /** The packages of the session: those it was given (e.g. the reference's exports), else the target's. */
    public static List<Path> of(TargetSession session) {
        return resolution(session).packages();
    }

    public static Resolution resolution(TargetSession session) {
        if (!session.ovfPackages().isEmpty()) {
            return new Resolution(session.ovfPackages(), List.of(), List.of());
        }
        return resolve(session.target().endpoints().ovf());
    }

    public static Resolution resolve(List<String> locations) {
        List<Path> packages = new ArrayList<>();
        List<String> notTestable = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String location : locations) {
            if (location.matches("(?i)^https?://.*")) {
                notTestable.add(location + ": http(s) package locations are not supported yet");
                continue;
            }
            boolean folderMarker = location.endsWith("/") || location.endsWith("\\");
            Path path = Path.of(location);
            if (folderMarker) {
                if (!Files.isDirectory(path)) {
                    missing.add(location + ": no such folder");
                    continue;
                }
                List<Path> found = packagesIn(path);
                if (found.isEmpty()) {
                    missing.add(location + ": the folder holds no .ova, .ovf or package folder");
                }
                packages.addAll(found);
            } else if (Files.exists(path)) {
                packages.add(path);
            } else {
                missing.add(location + ": no such file or folder");
            }
        }
        return new Resolution(packages, notTestable, missing);
    }

    private static List<Path> packagesIn(Path folder) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    found.addAll(descriptorsIn(entry));
                } else if (hasExtension(entry, ".ova") || hasExtension(entry, ".ovf")) {
                    found.add(entry);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list the OVF package folder " + folder, e);
        }
        return found;
    }

    private static List<Path> descriptorsIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p) && hasExtension(p, ".ovf")).sorted().toList();
        }
    }

    private static boolean hasExtension(Path path, String extension) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
