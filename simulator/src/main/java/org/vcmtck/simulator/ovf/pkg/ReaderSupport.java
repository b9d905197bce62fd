package org.vcmtck.simulator.ovf.pkg;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.FileReference;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What the three package readers (OVA, folder, folder over http) do alike, kept in one place so that an href
 * or a gzip File is judged the same whichever form the package comes in.
 */
final class ReaderSupport {
    private static final int GZIP_BUFFER = 64 * 1024;

    private ReaderSupport() {
    }

    /**
     * The digests worth computing for a File: those the manifest uses, or all of them while there is no manifest
     * (or an empty one), so any manifest seen later can still be checked.
     */
    static Set<DigestAlgorithm> algorithms(Manifest manifest) {
        Set<DigestAlgorithm> set = EnumSet.noneOf(DigestAlgorithm.class);
        if (manifest != null) {
            manifest.entries().forEach(e -> set.add(e.algorithm()));
        }
        if (set.isEmpty()) {
            set.addAll(EnumSet.allOf(DigestAlgorithm.class));
        }
        return set;
    }

    /**
     * Whether an href is an absolute http(s) URL (OVF-REF-006), which a folder package, read from disk or over
     * http, may use for a File kept on a web server. Other schemes (file: among them) stay refused: a package
     * must not reach into the reader's own file system.
     */
    static boolean isRemote(String href) {
        return href.matches("(?i)^https?://[^/?#].*");
    }

    /**
     * Refuses an href that is not a plain relative path (OVF-REF-006 for a URI scheme, OVF-REF-004 otherwise),
     * adding the finding; {@code inside} names what the path must stay inside, for the message. With
     * {@code remoteAllowed} an absolute http(s) URL is accepted: the caller fetches it.
     *
     * @return true when the href was refused and the File must not be read
     */
    static boolean hrefRefused(FileReference f, String inside, List<OvfFinding> findings, boolean remoteAllowed) {
        if (remoteAllowed && isRemote(f.href())) {
            return false;
        }
        if (MemberNames.hasScheme(f.href())) {
            findings.add(OvfFinding.error("OVF-REF-006", f.href(), "File " + f.id() + ": href with a URI scheme is"
                    + " not supported " + (remoteAllowed ? "(only http, https and paths relative to the descriptor)"
                    : "(only paths relative to the descriptor; this reader does not fetch absolute URLs)")));
            return true;
        }
        String problem = MemberNames.problem(f.href());
        if (problem != null) {
            findings.add(OvfFinding.error("OVF-REF-004", f.href(), "File " + f.id() + ": href refused (" + problem
                    + "); it must be a relative path inside " + inside));
            return true;
        }
        return false;
    }

    /**
     * Decompresses {@code in} to its end only to prove the bytes are gzip, leaving {@code in} open so the caller
     * can drain the rest. Any read failure counts against the data.
     *
     * @return why the data is not gzip, or null when it is
     */
    static String gzipProblem(InputStream in) {
        try {
            inflate(in);
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /**
     * As {@link #gzipProblem(InputStream)}, but a failure of type {@code passThrough} is the source failing, not
     * the data, and is thrown on.
     */
    static <E extends IOException> String gzipProblem(InputStream in, Class<E> passThrough) throws E {
        try {
            inflate(in);
            return null;
        } catch (IOException e) {
            if (passThrough.isInstance(e)) {
                throw passThrough.cast(e);
            }
            return e.getMessage();
        }
    }

    private static void inflate(InputStream in) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(new NotClosing(in), GZIP_BUFFER)) {
            gz.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The OVF-REF-007 finding for a File declared gzip whose bytes are not. */
    static OvfFinding notGzip(String member, FileReference f, String problem) {
        return OvfFinding.error("OVF-REF-007", member, "File " + f.id()
                + " is declared gzip but its data is not valid gzip: " + problem);
    }

    /** Single-byte read for a stream that only implements the array read. */
    static int readOne(InputStream in) throws IOException {
        byte[] one = new byte[1];
        int n = in.read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    /** Keeps GZIPInputStream.close() from closing the stream beneath before the remainder is drained. */
    private static final class NotClosing extends FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller drains and closes the stream beneath
        }
    }
}
