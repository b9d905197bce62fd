package org.vcmtck.assertions.ovf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a member once, computing SHA-1/256/512 and the size as the bytes pass, so disk images are never held in
 * memory; only small members the checker must read (descriptor, manifest, certificate) are kept, up to a limit.
 */
final class StreamingDigester {

    /** What one pass over a member produced. */
    record Result(long size, Map<String, String> digests, byte[] leadingBytes, Optional<byte[]> kept,
                  boolean keptTruncated, Optional<String> textProblem) {
    }

    private StreamingDigester() {
    }

    static Result read(InputStream in, long keepLimit) throws IOException {
        Map<String, MessageDigest> digests = new LinkedHashMap<>();
        digests.put("SHA1", digest("SHA-1"));
        digests.put("SHA256", digest("SHA-256"));
        digests.put("SHA512", digest("SHA-512"));
        ByteArrayOutputStream kept = keepLimit > 0 ? new ByteArrayOutputStream() : null;
        boolean truncated = false;
        byte[] leading = new byte[4];
        int leadingCount = 0;
        long size = 0;
        PlainTextCheck text = new PlainTextCheck();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) != -1) {
            for (MessageDigest digest : digests.values()) {
                digest.update(buffer, 0, read);
            }
            text.update(buffer, 0, read);
            int copy = Math.min(read, leading.length - leadingCount);
            if (copy > 0) {
                System.arraycopy(buffer, 0, leading, leadingCount, copy);
                leadingCount += copy;
            }
            if (kept != null && !truncated) {
                if (size + read <= keepLimit) {
                    kept.write(buffer, 0, read);
                } else {
                    truncated = true;
                }
            }
            size += read;
        }
        Map<String, String> hex = new LinkedHashMap<>();
        digests.forEach((name, digest) -> hex.put(name, HexFormat.of().formatHex(digest.digest())));
        byte[] leadingBytes = java.util.Arrays.copyOf(leading, leadingCount);
        Optional<byte[]> keptBytes = kept == null || truncated ? Optional.empty() : Optional.of(kept.toByteArray());
        return new Result(size, hex, leadingBytes, keptBytes, truncated, text.problem());
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + name, e);
        }
    }
}
