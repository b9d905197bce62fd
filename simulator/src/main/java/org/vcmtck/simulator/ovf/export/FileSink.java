package org.vcmtck.simulator.ovf.export;

import java.io.IOException;

/**
 * Puts one kept file into the package being exported (compressed and chunked as the export asks) and says how
 * the References File describes it. {@code wantedHref} is the href the deployed package used; the sink may
 * change it (e.g. to keep it clear of the descriptor's name or of another file's).
 */
interface FileSink {
    WrittenFile write(String wantedHref, String contentKey) throws IOException;

    /** A file as written: its href, total size in the package (after compression), compression, chunk size. */
    record WrittenFile(String href, long size, String compression, Long chunkSize) {
    }
}
