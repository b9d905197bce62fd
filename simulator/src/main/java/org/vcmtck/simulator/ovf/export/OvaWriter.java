package org.vcmtck.simulator.ovf.export;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * Writes members into a POSIX USTAR archive (OVF-PKG-005) in the order given. Headers are fixed (mtime 0, mode
 * 0644, uid/gid 0, no user/group names) so the same members always give the same bytes; names too long for
 * USTAR are refused rather than written with a GNU or PAX extension.
 */
final class OvaWriter {
    private static final int MODE = 0644;

    private OvaWriter() {
    }

    static void write(OutputStream out, Map<String, byte[]> members) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_ERROR);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_ERROR);
            tar.setAddPaxHeadersForNonAsciiNames(false);
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                e.setSize(m.getValue().length);
                e.setMode(MODE);
                e.setLastModifiedTime(FileTime.fromMillis(0));
                e.setUserId(0);
                e.setGroupId(0);
                e.setUserName("");
                e.setGroupName("");
                tar.putArchiveEntry(e);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }
}
