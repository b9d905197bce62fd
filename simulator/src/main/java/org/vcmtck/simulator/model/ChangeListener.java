package org.vcmtck.simulator.model;

import java.util.List;

/**
 * Told after each successful change of a datacenter, outside its lock and in change order.
 * {@code changeCount} increases by one per change; {@code events} are the events that change logged
 * (empty for a clock tick that moved no job).
 */
@FunctionalInterface
public interface ChangeListener {
    void changed(long changeCount, List<Event> events);
}
