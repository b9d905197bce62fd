package org.vcmtck.simulator.ovf.env;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.PackageForm;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The bytes of a few members of a package that was already read and checked (the files an
 * EnvironmentFilesSection puts on the environment medium). The package reader streams members and keeps only
 * digests, so this reads them a second time, by name, from the folder or the OVA; the total is capped because
 * everything ends up in memory.
 */
public final class PackageContents {
    public static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    private final Map<String, byte[]> members;

    private PackageContents(Map<String, byte[]> members) {
        this.members = members;
    }

    /** Nothing available (e.g. a package read from standard input and not kept). */
    public static PackageContents none() {
        return new PackageContents(Map.of());
    }

    /** Contents given directly (tests, callers that hold the members already). */
    public static PackageContents of(Map<String, byte[]> members) {
        return new PackageContents(Map.copyOf(members));
    }

    /**
     * Reads the members called {@code names} from the package {@code pkg} was read from: its folder for a
     * directory package, {@code ova} (the archive file) for an OVA. Names not found are simply absent.
     *
     * @throws IOException reading failed, or the members together exceed {@link #MAX_TOTAL_BYTES}
     */
    public static PackageContents read(OvfPackage pkg, Path ova, Set<String> names) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        long[] budget = {MAX_TOTAL_BYTES};
        if (pkg.form() == PackageForm.DIRECTORY) {
            Path folder = Paths.get(pkg.source()).toAbsolutePath().normalize().getParent();
            for (String name : names) {
                Path file = folder.resolve(name).normalize();
                // the reader refused traversal already; this keeps the second read just as confined
                if (file.startsWith(folder) && Files.isRegularFile(file)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        out.put(name, capped(in, name, budget));
                    }
                }
            }
        } else {
            if (ova == null) {
                throw new IOException("the OVA's members cannot be read again: no archive file was given");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new BufferedInputStream(Files.newInputStream(ova)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                    if (entry.isFile() && names.contains(name) && !out.containsKey(name)) {
                        out.put(name, capped(tar, name, budget));
                    }
                }
            }
        }
        return new PackageContents(out);
    }

    /** The member's bytes, or null when it was not read. */
    public byte[] member(String name) {
        byte[] b = members.get(name);
        return b == null ? null : b.clone();
    }

    private static byte[] capped(InputStream in, String name, long[] budget) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            budget[0] -= n;
            if (budget[0] < 0) {
                throw new IOException("member '" + name + "': the environment files together exceed "
                        + MAX_TOTAL_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
