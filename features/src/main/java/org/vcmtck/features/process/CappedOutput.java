package org.vcmtck.features.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a child process's output stream on its own thread, keeping at most {@code limit} bytes. The rest is read
 * and dropped: a child blocked on a full pipe would never finish, and a chatty one must not exhaust the suite's
 * memory.
 */
final class CappedOutput {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private final Thread reader;
    private long dropped;

    private CappedOutput(InputStream in, int limit, String name) {
        this.limit = limit;
        this.reader = new Thread(() -> drain(in), name);
        this.reader.setDaemon(true); // a grandchild holding the pipe open must not keep the suite's JVM alive
    }

    static CappedOutput start(InputStream in, int limit, String name) {
        CappedOutput output = new CappedOutput(in, limit, name);
        output.reader.start();
        return output;
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (this) {
                    int room = (int) Math.min(n, Math.max(0, limit - kept.size()));
                    kept.write(buffer, 0, room);
                    dropped += n - room;
                }
            }
        } catch (IOException e) {
            // the stream was closed under us (the process was stopped): what was read so far is the output
        }
    }

    /** Waits up to {@code millis} for the stream to end; true when it did. */
    boolean awaitEnd(long millis) throws InterruptedException {
        reader.join(millis);
        return !reader.isAlive();
    }

    /** The text kept so far, with a last line saying how much was dropped, if any. */
    synchronized String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "[vcmtck: output cut at " + limit
                    + " bytes; " + dropped + " more bytes dropped]\n";
        }
        return text;
    }
}
