package org.vcmtck.simulator.ovf.pkg;

/** One manifest line: algorithm, file name and the digest in lower-case hex. */
public record ManifestEntry(DigestAlgorithm algorithm, String fileName, String digest) {
    /** The line exactly as a conformant writer emits it: {@code SHA256(name)= hex}. */
    public String line() {
        return algorithm.token() + "(" + fileName + ")= " + digest;
    }
}
