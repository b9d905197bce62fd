package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.frontend.FrontEnds;
import org.vcmtck.simulator.inventory.StateFile;
import org.vcmtck.simulator.model.Datacenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** The running reference: datacenter, started front ends and the state file following the datacenter. */
final class ReferenceInstance implements RunningReference {
    private final Datacenter datacenter;
    private final FrontEnds frontEnds;
    private final StateFile stateFile;
    private final List<String> deviations;
    private final ClockDriver clock;
    private final CountDownLatch closed = new CountDownLatch(1);

    /** @param clock moves the virtual clock while serving; null when it only moves on request */
    ReferenceInstance(Datacenter datacenter, FrontEnds frontEnds, StateFile stateFile, List<String> deviations,
                      ClockDriver clock) {
        this.datacenter = datacenter;
        this.clock = clock;
        this.frontEnds = frontEnds;
        this.stateFile = stateFile;
        this.deviations = List.copyOf(deviations);
    }

    @Override
    public Map<String, String> endpoints() {
        return frontEnds.endpoints();
    }

    @Override
    public Datacenter datacenter() {
        return datacenter;
    }

    /** The deviations this reference was started with. */
    List<String> deviations() {
        return deviations;
    }

    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            if (clock != null) {
                clock.close();
            }
            frontEnds.stop();
            if (stateFile != null) {
                stateFile.detach();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the state file " + stateFile.path() + ": " + e.getMessage(),
                    e);
        } finally {
            closed.countDown();
        }
    }

    void awaitClose() throws InterruptedException {
        closed.await();
    }
}
