package org.vcmtck.assertions.ovf.corpus;

import java.nio.charset.StandardCharsets;

/**
 * Stand-ins for disk images and ISO files. A consumer sizes the disk from {@code ovf:capacity}, so the stored
 * bytes only need to be stable and distinguishable; they are a repeated line naming what they stand for.
 */
final class PlaceholderBytes {

    private PlaceholderBytes() {
    }

    static byte[] of(String label, int length) {
        byte[] line = ("VCM-TCK corpus placeholder: " + label + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = line[i % line.length];
        }
        return bytes;
    }
}
