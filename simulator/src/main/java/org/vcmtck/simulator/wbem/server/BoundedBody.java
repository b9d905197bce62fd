package org.vcmtck.simulator.wbem.server;

import java.io.IOException;
import java.io.InputStream;

/** Reads a request body up to a limit; a longer one is refused with 413 and is never kept in memory. */
final class BoundedBody {
    private BoundedBody() {
    }

    static byte[] read(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            drain(in, limit);
            throw tooLarge(limit);
        }
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            drain(in, limit);
            throw tooLarge(limit);
        }
        return bytes;
    }

    /*
     * Answering while the client is still sending makes many clients (the JDK's among them) lose the answer to a
     * reset connection; so a bounded amount is read and dropped before the 413 goes out.
     */
    private static void drain(InputStream in, int limit) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long left = 8L * limit;
        int n;
        while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
            left -= n;
        }
    }

    private static HttpRejection tooLarge(int limit) {
        return new HttpRejection(413, null, "the request body is larger than " + limit + " bytes");
    }
}
