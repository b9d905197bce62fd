package org.vcmtck.simulator.ovf.export;

import org.vcmtck.simulator.ovf.deploy.PackageFileStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The {@link FileSink} of an export: streams each kept file out of the content store into a scratch folder, as
 * the members the package will hold (gzip-compressed and/or cut into chunks named {@code href.000000000}, ...,
 * when asked), so that sizes and digests are known before the descriptor and manifest are written and nothing is
 * held in memory. Hrefs are flattened to a plain file name and kept clear of the package's own names and of each
 * other.
 */
final class StagedFiles implements FileSink {
    private final PackageFileStore store;
    private final Path scratch;
    private final boolean gzip;
    private final Long chunkSize;
    private final Set<String> usedNames = new HashSet<>();
    private final List<String> members = new ArrayList<>();

    StagedFiles(PackageFileStore store, Path scratch, boolean gzip, Long chunkSize, Set<String> reservedNames) {
        this.store = store;
        this.scratch = scratch;
        this.gzip = gzip;
        this.chunkSize = chunkSize;
        reservedNames.forEach(n -> usedNames.add(n.toLowerCase()));
    }

    @Override
    public WrittenFile write(String wantedHref, String contentKey) throws IOException {
        String href = unique(OvfExporter.fileName(baseName(wantedHref)));
        long size;
        try (InputStream in = store.open(contentKey); Chunks out = new Chunks(href)) {
            OutputStream sink = gzip ? new GZIPOutputStream(out, 64 * 1024) : out;
            in.transferTo(sink);
            sink.flush();
            if (sink instanceof GZIPOutputStream g) {
                g.finish();
            }
            size = out.total;
        }
        return new WrittenFile(href, size, gzip ? "gzip" : null, chunkSize);
    }

    /** The staged members in the order written (References order, chunks in order). */
    List<String> members() {
        return List.copyOf(members);
    }

    Path path(String member) {
        return scratch.resolve(member);
    }

    private static String baseName(String href) {
        String h = href.replace('\\', '/');
        return h.substring(h.lastIndexOf('/') + 1);
    }

    private String unique(String wanted) {
        String name = wanted;
        int dot = wanted.lastIndexOf('.');
        String stem = dot > 0 ? wanted.substring(0, dot) : wanted;
        String ext = dot > 0 ? wanted.substring(dot) : "";
        for (int n = 2; !usedNames.add(name.toLowerCase()); n++) {
            name = stem + "-" + n + ext;
        }
        return name;
    }

    /** Writes into one member, or into consecutive chunk members of {@code chunkSize} bytes. */
    private final class Chunks extends OutputStream {
        private final String href;
        private OutputStream current;
        private long inCurrent;
        private int index;
        long total;

        Chunks(String href) {
            this.href = href;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (current == null || (chunkSize != null && inCurrent == chunkSize)) {
                    next();
                }
                int n = chunkSize == null ? len : (int) Math.min(len, chunkSize - inCurrent);
                current.write(b, off, n);
                inCurrent += n;
                total += n;
                off += n;
                len -= n;
            }
        }

        private void next() throws IOException {
            if (current != null) {
                current.close();
            }
            String name = chunkSize == null ? href : href + "." + String.format("%09d", index++);
            members.add(name);
            current = Files.newOutputStream(scratch.resolve(name));
            inCurrent = 0;
        }

        @Override
        public void close() throws IOException {
            if (current == null) {
                // an empty file is still a member
                next();
            }
            current.close();
        }
    }
}
