package org.vcmtck.simulator.launcher;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every 10 ms on a daemon thread while open and keeps the highest value. Used heap counts
 * garbage not yet collected too, so the peak is an upper bound of what the measured work really needs.
 */
final class HeapSampler implements AutoCloseable {
    static final long PERIOD_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile int samples;

    private HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler s = new HeapSampler();
        s.thread.start();
        return s;
    }

    /** Used heap after a few collections; one System.gc() is only a hint and may leave garbage behind. */
    static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            samples++;
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest used heap seen, including one last sample taken when closing. */
    long peakBytes() {
        return peak;
    }

    /** How many samples the thread took; the closing sample is not counted. */
    int samples() {
        return samples;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak = Math.max(peak, used());
    }
}
