package org.vcmtck.assertions.ovf.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes an assembled package: an OVA as a POSIX USTAR archive whose headers carry fixed times, owners and
 * modes (so two runs give the same bytes), or a directory package as a folder of loose files.
 */
final class PackageWriter {

    /** 2024-01-01T00:00:00Z: any fixed instant will do; a fixed one keeps the archive reproducible. */
    private static final Date FIXED_MTIME = new Date(1_704_067_200_000L);

    private PackageWriter() {
    }

    /** Writes the package under the folder and returns the .ova, or the .ovf of the directory package. */
    static Path write(Path folder, String packageName, AssembledPackage pkg) throws IOException {
        Files.createDirectories(folder);
        if (pkg.draft().form() == PackageForm.OVA) {
            Path ova = folder.resolve(packageName + ".ova");
            writeOva(ova, pkg);
            return ova;
        }
        Path directory = folder.resolve(packageName);
        Files.createDirectories(directory);
        for (Member member : pkg.members()) {
            Files.write(directory.resolve(member.name()), member.bytes());
        }
        return directory.resolve(pkg.draft().descriptorName());
    }

    private static void writeOva(Path ova, AssembledPackage pkg) throws IOException {
        try (OutputStream out = Files.newOutputStream(ova);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Member member : pkg.members()) {
                // preserve the name exactly: the traversal case stores "../evil" on purpose
                TarArchiveEntry entry = new TarArchiveEntry(member.name(), true);
                entry.setSize(member.size());
                entry.setModTime(FIXED_MTIME);
                entry.setMode(0100644);
                entry.setUserId(0);
                entry.setGroupId(0);
                entry.setUserName("");
                entry.setGroupName("");
                tar.putArchiveEntry(entry);
                tar.write(member.bytes());
                tar.closeArchiveEntry();
            }
        }
    }
}
