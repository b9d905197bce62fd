package org.vcmtck.simulator.launcher;

/**
 * Latencies in microseconds, counted in a fixed set of log-linear buckets so memory stays bounded however long a
 * benchmark runs. Values below {@value #EXACT_BELOW} µs are counted exactly; above, each power-of-two range is
 * split into {@value #SUB_BUCKETS} equal buckets, so a reported percentile is at most 1/{@value #SUB_BUCKETS}
 * (under 1 %) above the true value. Values above {@link #MAX_MICROS} are counted in the last bucket. Not
 * thread-safe: each client thread records into its own histogram, and the results are merged afterwards.
 */
final class CimiBenchmarkHistogram {
    static final int SUB_BUCKETS = 128;
    static final long EXACT_BELOW = 2L * SUB_BUCKETS;
    /** One minute: a request slower than this already says everything a percentile could. */
    static final long MAX_MICROS = 60_000_000L;
    private static final int SUB_BITS = Integer.numberOfTrailingZeros(SUB_BUCKETS);

    private final long[] counts = new long[index(MAX_MICROS) + 1];
    private long total;
    private long max;

    void record(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("a latency cannot be negative, was " + micros + " µs");
        }
        long clamped = Math.min(micros, MAX_MICROS);
        counts[index(clamped)]++;
        total++;
        max = Math.max(max, clamped);
    }

    /** Adds every count of {@code other} to this histogram. */
    void add(CimiBenchmarkHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    long count() {
        return total;
    }

    /** The largest value recorded (clamped to {@link #MAX_MICROS}), 0 when empty. */
    long maxMicros() {
        return max;
    }

    /**
     * The smallest bucket's upper bound at or below which at least {@code percent} % of the values lie, never
     * above the largest value recorded; 0 when nothing was recorded.
     */
    long percentileMicros(double percent) {
        if (!(percent > 0) || percent > 100) {
            throw new IllegalArgumentException("a percentile lies in (0, 100], was " + percent);
        }
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highestInBucket(i), max);
            }
        }
        return max;
    }

    /** The bucket of a value: exact below EXACT_BELOW, then SUB_BUCKETS per doubling. */
    static int index(long micros) {
        if (micros < EXACT_BELOW) {
            return (int) micros;
        }
        int shift = 63 - Long.numberOfLeadingZeros(micros) - SUB_BITS;
        long sub = (micros >>> shift) - SUB_BUCKETS;
        return (int) (EXACT_BELOW + (long) (shift - 1) * SUB_BUCKETS + sub);
    }

    /** The largest value that falls into bucket {@code index}. */
    static long highestInBucket(int index) {
        if (index < EXACT_BELOW) {
            return index;
        }
        int above = (int) (index - EXACT_BELOW);
        int shift = above / SUB_BUCKETS + 1;
        long sub = above % SUB_BUCKETS + SUB_BUCKETS;
        return ((sub + 1) << shift) - 1;
    }
}
