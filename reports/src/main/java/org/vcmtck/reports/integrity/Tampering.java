package org.vcmtck.reports.integrity;

/** How a report was found altered. */
public enum Tampering {
    /** The content no longer hashes to the recorded digest. */
    DIGEST_MISMATCH("digest mismatch"),
    /** The signature does not verify over the content with the key used. */
    BAD_SIGNATURE("bad signature"),
    /** A key was given to check a signature, but the report carries none (it may have been stripped). */
    SIGNATURE_MISSING("signature missing"),
    /** The content is intact but the file's bytes differ from the layout the writer gives it (e.g. whitespace). */
    LAYOUT_CHANGED("layout changed");

    private final String label;

    Tampering(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
