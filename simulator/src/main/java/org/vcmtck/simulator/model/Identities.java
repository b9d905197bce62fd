package org.vcmtck.simulator.model;

import java.util.UUID;

/**
 * Derives ids, UUIDs and MACs from (seed, sequence number) alone, so a datacenter restored from its counters
 * continues the exact sequences, and two datacenters with the same seed agree.
 */
final class Identities {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long MASK40 = (1L << 40) - 1;

    private final long seed;
    private final long macMultiplier;
    private final long macOffset;

    Identities(long seed) {
        this.seed = seed;
        // An odd multiplier makes counter -> MAC a bijection on 40 bits: unique MACs without remembering draws.
        this.macMultiplier = (mix(seed ^ 0x5DEECE66DL) | 1L) & MASK40;
        this.macOffset = mix(seed + GOLDEN) & MASK40;
    }

    /** splitmix64 finaliser: a good 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String id(String prefix, long number) {
        String digits = Long.toString(number);
        StringBuilder sb = new StringBuilder(prefix.length() + Math.max(4, digits.length()));
        sb.append(prefix);
        for (int i = digits.length(); i < 4; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** RFC 4122 version 4 (random) UUID text for the n-th UUID of this seed. */
    String uuid(long n) {
        long a = mix(seed + GOLDEN * (2 * n + 1));
        long b = mix(a ^ (seed + GOLDEN * (2 * n + 2)));
        long msb = (a & ~0xF000L) | 0x4000L;
        long lsb = (b & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /** Locally administered unicast MAC (first octet 02) for the n-th MAC of this seed. */
    String mac(long n) {
        long low = (n * macMultiplier + macOffset) & MASK40;
        StringBuilder sb = new StringBuilder(17).append("02");
        for (int shift = 32; shift >= 0; shift -= 8) {
            int octet = (int) ((low >>> shift) & 0xFF);
            sb.append(':').append(Character.forDigit(octet >>> 4, 16)).append(Character.forDigit(octet & 0xF, 16));
        }
        return sb.toString();
    }
}
