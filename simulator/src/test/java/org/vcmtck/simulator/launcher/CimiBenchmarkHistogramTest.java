package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The latency histogram's buckets and percentiles, checked against values computed by hand. */
public class CimiBenchmarkHistogramTest {

    @Test
    public void bucketsTileTheRangeWithoutGapsOrOverlaps() {
        int last = CimiBenchmarkHistogram.index(CimiBenchmarkHistogram.MAX_MICROS);
        for (int i = 0; i < last; i++) {
            long top = CimiBenchmarkHistogram.highestInBucket(i);
            assertThat(CimiBenchmarkHistogram.index(top)).as("top of bucket %d", i).isEqualTo(i);
            assertThat(CimiBenchmarkHistogram.index(top + 1)).as("just above bucket %d", i).isEqualTo(i + 1);
        }
    }

    @Test
    public void smallValuesAreExactAndLargeOnesWithinOnePercent() {
        for (long v = 0; v < CimiBenchmarkHistogram.EXACT_BELOW; v++) {
            assertThat(CimiBenchmarkHistogram.highestInBucket(CimiBenchmarkHistogram.index(v))).isEqualTo(v);
        }
        for (long v = CimiBenchmarkHistogram.EXACT_BELOW; v <= CimiBenchmarkHistogram.MAX_MICROS; v = v * 3 / 2 + 7) {
            long top = CimiBenchmarkHistogram.highestInBucket(CimiBenchmarkHistogram.index(v));
            assertThat(top).isGreaterThanOrEqualTo(v);
            assertThat((double) (top - v) / v).as("relative error at %d", v).isLessThan(0.01);
        }
    }

    @Test
    public void percentilesOfAUniformRun() {
        CimiBenchmarkHistogram h = new CimiBenchmarkHistogram();
        for (long v = 1; v <= 10_000; v++) {
            h.record(v);
        }
        assertThat(h.count()).isEqualTo(10_000);
        // the 5,000th and 9,900th smallest values, reported as their bucket's top (at most 1 % above)
        assertThat((double) h.percentileMicros(50)).isCloseTo(5_000, within(50.0)).isGreaterThanOrEqualTo(5_000);
        assertThat((double) h.percentileMicros(99)).isCloseTo(9_900, within(99.0)).isGreaterThanOrEqualTo(9_900);
        assertThat(h.percentileMicros(100)).isEqualTo(10_000);
        assertThat(h.maxMicros()).isEqualTo(10_000);
    }

    @Test
    public void aFewSlowRequestsMoveP99ButNotP50() {
        CimiBenchmarkHistogram h = new CimiBenchmarkHistogram();
        for (int i = 0; i < 980; i++) {
            h.record(100);
        }
        for (int i = 0; i < 20; i++) {
            h.record(50_000);
        }
        assertThat(h.percentileMicros(50)).isEqualTo(100);
        assertThat(h.percentileMicros(98)).isEqualTo(100);
        assertThat(h.percentileMicros(99)).isBetween(50_000L, 50_500L);
    }

    @Test
    public void mergingAddsCountsAndKeepsTheMaximum() {
        CimiBenchmarkHistogram a = new CimiBenchmarkHistogram();
        CimiBenchmarkHistogram b = new CimiBenchmarkHistogram();
        for (int i = 0; i < 99; i++) {
            a.record(10);
        }
        b.record(200);
        a.add(b);
        assertThat(a.count()).isEqualTo(100);
        assertThat(a.maxMicros()).isEqualTo(200);
        assertThat(a.percentileMicros(99)).isEqualTo(10);
        assertThat(a.percentileMicros(100)).isEqualTo(200);
    }

    @Test
    public void emptyClampedAndInvalidInputs() {
        CimiBenchmarkHistogram h = new CimiBenchmarkHistogram();
        assertThat(h.percentileMicros(99)).isZero();
        h.record(CimiBenchmarkHistogram.MAX_MICROS * 10);
        assertThat(h.maxMicros()).isEqualTo(CimiBenchmarkHistogram.MAX_MICROS);
        assertThat(h.percentileMicros(50)).isEqualTo(CimiBenchmarkHistogram.MAX_MICROS);
        assertThatThrownBy(() -> h.record(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> h.percentileMicros(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.percentileMicros(100.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
