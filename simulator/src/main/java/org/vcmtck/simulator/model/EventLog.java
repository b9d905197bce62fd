package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.List;

/** Ring buffer keeping the most recent events; sequences are contiguous, so lookup by sequence is arithmetic. */
final class EventLog {
    private final Event[] ring;
    private int start;
    private int size;

    EventLog(int limit) {
        ring = new Event[limit];
    }

    void append(Event e) {
        if (size < ring.length) {
            ring[(start + size) % ring.length] = e;
            size++;
        } else {
            ring[start] = e;
            start = (start + 1) % ring.length;
        }
    }

    List<Event> all() {
        return since(Long.MIN_VALUE);
    }

    /** Events with a sequence greater than {@code sequence}, oldest first. */
    List<Event> since(long sequence) {
        if (size == 0) {
            return List.of();
        }
        long first = ring[start].sequence();
        long skip = Math.max(0, Math.min(size, sequence < first ? 0 : sequence - first + 1));
        List<Event> out = new ArrayList<>((int) (size - skip));
        for (long i = skip; i < size; i++) {
            out.add(ring[(int) ((start + i) % ring.length)]);
        }
        return out;
    }
}
