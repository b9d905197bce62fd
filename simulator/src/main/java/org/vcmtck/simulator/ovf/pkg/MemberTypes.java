package org.vcmtck.simulator.ovf.pkg;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Tar member types a package may hold (OVF-PKG-012). Checked explicitly per type because
 * {@link TarArchiveEntry#isFile()} also answers true for some link entries, so it cannot tell a link from data.
 */
final class MemberTypes {
    private MemberTypes() {
    }

    /** Why {@code entry} cannot stand for package data (a link or device), or null when its type is acceptable. */
    static String linkOrDevice(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return "symbolic link to '" + entry.getLinkName() + "'";
        }
        if (entry.isLink()) {
            return "hard link to '" + entry.getLinkName() + "'";
        }
        if (entry.isCharacterDevice()) {
            return "character device";
        }
        if (entry.isBlockDevice()) {
            return "block device";
        }
        if (entry.isFIFO()) {
            return "FIFO";
        }
        return null;
    }

    /** Why {@code entry} cannot hold the bytes of a file, or null when it is a regular file. */
    static String notRegularFile(TarArchiveEntry entry) {
        String problem = linkOrDevice(entry);
        if (problem != null) {
            return problem;
        }
        if (entry.isDirectory()) {
            return "directory";
        }
        return entry.isFile() ? null : "not a regular file";
    }

    /** The member's name without the trailing slash a directory entry carries. */
    static String bareName(TarArchiveEntry entry) {
        String name = entry.getName();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
