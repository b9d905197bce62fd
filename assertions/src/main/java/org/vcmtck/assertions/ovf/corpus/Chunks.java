package org.vcmtck.assertions.ovf.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Splits a file into the chunk members OVF-REF-012 names: href + '.' + a 9-digit sequence number from 0. */
final class Chunks {

    private Chunks() {
    }

    static String chunkName(String href, int index) {
        return href + "." + String.format(Locale.ROOT, "%09d", index);
    }

    static List<Member> split(Member file, int chunkSize) {
        if (chunkSize <= 0) {
            throw new IllegalArgumentException("chunk size " + chunkSize + " for " + file.name());
        }
        byte[] bytes = file.bytes();
        List<Member> chunks = new ArrayList<>();
        for (int start = 0, index = 0; start < bytes.length; start += chunkSize, index++) {
            chunks.add(new Member(chunkName(file.name(), index),
                    Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + chunkSize))));
        }
        return chunks;
    }
}
