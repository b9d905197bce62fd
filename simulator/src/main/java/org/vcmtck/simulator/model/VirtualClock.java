package org.vcmtck.simulator.model;

/** The datacenter's logical time; advancing it drives running jobs. */
public final class VirtualClock {
    private final Datacenter datacenter;

    VirtualClock(Datacenter datacenter) {
        this.datacenter = datacenter;
    }

    public long now() {
        return datacenter.now();
    }

    public void advance(long ticks) {
        datacenter.advance(ticks);
    }
}
