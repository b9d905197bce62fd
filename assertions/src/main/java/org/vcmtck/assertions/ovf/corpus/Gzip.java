package org.vcmtck.assertions.ovf.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** gzip (RFC 1952) in memory. The JDK writes a zero modification time, so the bytes are reproducible. */
final class Gzip {

    private Gzip() {
    }

    static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory failed", e);
        }
        return out.toByteArray();
    }
}
