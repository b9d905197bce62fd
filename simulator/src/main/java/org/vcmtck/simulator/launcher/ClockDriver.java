package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Job;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves a served datacenter's virtual clock in real time, so that asynchronous jobs started through a front end
 * (a CIMI start, a WBEM RequestStateChange) finish without anyone calling {@link Datacenter#advance}. The clock
 * only moves while some job is running: an idle datacenter does not change, so a state file is not rewritten.
 */
final class ClockDriver implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private ClockDriver(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Ticks every {@code tickMillis} ms; null (nothing to stop) when {@code tickMillis} is 0. */
    static ClockDriver start(Datacenter dc, long tickMillis) {
        if (tickMillis <= 0) {
            return null;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vcmtck-clock");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                if (dc.jobs().stream().anyMatch(ClockDriver::running)) {
                    dc.tick();
                }
            } catch (RuntimeException e) {
                // a failed tick must not stop the clock for good; the next one tries again
            }
        }, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        return new ClockDriver(timer);
    }

    private static boolean running(Job job) {
        return !job.state().finished();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
