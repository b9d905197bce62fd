package org.vcmtck.simulator.ovf.export;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** A member: its name, length and where its bytes come from (read once, streamed). */
    record Member(String name, long size, Opener content) {
        static Member of(String name, byte[] bytes) {
            return new Member(name, bytes.length, () -> new ByteArrayInputStream(bytes));
        }

        static Member of(String name, Path file) throws IOException {
            return new Member(name, Files.size(file), () -> Files.newInputStream(file));
        }
    }

    interface Opener {
        InputStream open() throws IOException;
    }

    static void write(OutputStream out, Map<String, byte[]> members) throws IOException {
        List<Member> list = new ArrayList<>();
        members.forEach((n, b) -> list.add(Member.of(n, b)));
        write(out, list);
    }

    static void write(OutputStream out, List<Member> members) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_ERROR);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_ERROR);
            tar.setAddPaxHeadersForNonAsciiNames(false);
            for (Member m : members) {
                TarArchiveEntry e = new TarArchiveEntry(m.name());
                e.setSize(m.size());
                e.setMode(MODE);
                e.setLastModifiedTime(FileTime.fromMillis(0));
                e.setUserId(0);
                e.setGroupId(0);
                e.setUserName("");
                e.setGroupName("");
                tar.putArchiveEntry(e);
                try (InputStream in = m.content().open()) {
                    in.transferTo(tar);
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }
}
