package org.vcmtck.simulator.ovf.pkg;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Counts and digests the bytes read through it, without buffering. {@link #close()} does not close the
 * underlying stream: in an OVA that is the whole archive.
 */
final class DigestingInputStream extends FilterInputStream {
    private final Map<DigestAlgorithm, MessageDigest> digests = new EnumMap<>(DigestAlgorithm.class);
    private long count;

    DigestingInputStream(InputStream in, Set<DigestAlgorithm> algorithms) {
        super(in);
        for (DigestAlgorithm a : algorithms) {
            digests.put(a, a.newDigest());
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count++;
            for (MessageDigest d : digests.values()) {
                d.update((byte) b);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            count += n;
            for (MessageDigest d : digests.values()) {
                d.update(b, off, n);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would leave bytes out of the digest; read them instead
        byte[] buf = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the underlying stream belongs to the caller
    }

    /** Closes the underlying stream, for callers that own it (a file of a directory package). */
    void closeUnderlying() throws IOException {
        in.close();
    }

    /** Reads to the end of the underlying stream. */
    void drain() throws IOException {
        byte[] buf = new byte[64 * 1024];
        while (read(buf, 0, buf.length) >= 0) {
            // only counting and digesting
        }
    }

    long count() {
        return count;
    }

    Map<DigestAlgorithm, String> hex() {
        Map<DigestAlgorithm, String> out = new EnumMap<>(DigestAlgorithm.class);
        digests.forEach((a, d) -> out.put(a, HexFormat.of().formatHex(d.digest())));
        return out;
    }
}
