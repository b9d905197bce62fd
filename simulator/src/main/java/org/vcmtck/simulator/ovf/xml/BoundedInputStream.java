package org.vcmtck.simulator.ovf.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading with an error once more than {@code limit} bytes were asked for, so nothing big is buffered. */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean exceeded;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("more than " + limit + " bytes");
        }
    }
}
