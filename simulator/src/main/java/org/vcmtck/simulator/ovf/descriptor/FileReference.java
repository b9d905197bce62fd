package org.vcmtck.simulator.ovf.descriptor;

/**
 * A {@code References/File}: {@code size} and {@code chunkSize} are null when absent, {@code compression} is ""
 * when absent (same as "identity").
 */
public record FileReference(String id, String href, Long size, String compression, Long chunkSize) {
    public FileReference {
        compression = compression == null ? "" : compression.trim();
    }

    public boolean gzip() {
        return compression.equals("gzip");
    }

    public boolean chunked() {
        return chunkSize != null;
    }

    /** Name of chunk {@code index}: the href, a dot and a zero-padded 9-digit sequence number. */
    public String chunkName(int index) {
        return href + "." + String.format("%09d", index);
    }
}
