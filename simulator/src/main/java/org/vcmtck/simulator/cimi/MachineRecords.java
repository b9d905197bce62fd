package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.VirtualSystem;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What CIMI shows about a machine that the model does not keep: wall-clock created/updated times and the
 * consumer's properties. Held by the front end only (lost when it stops); the model's virtual clock counts
 * ticks, not dates.
 */
final class MachineRecords {
    record Meta(Instant created, Instant updated, Map<String, String> properties, Object lastSeen) {
    }

    private final Clock clock;
    private final Map<String, Meta> metas = new ConcurrentHashMap<>();

    MachineRecords(Clock clock) {
        this.clock = clock;
    }

    /**
     * The metadata of a system, created on first sight; {@code updated} moves whenever the system record the
     * model returns differs from the one last seen (state change, rename, ...).
     */
    Meta observe(VirtualSystem system) {
        return metas.compute(system.id(), (id, old) -> {
            Instant now = clock.instant();
            if (old == null) {
                return new Meta(now, now, Map.of(), system);
            }
            // identity first: the model hands out the same record until the system changes
            return old.lastSeen() == system || old.lastSeen().equals(system) ? old : new Meta(old.created(), now, old.properties(), system);
        });
    }

    void setProperties(VirtualSystem system, Map<String, String> properties) {
        metas.compute(system.id(), (id, old) -> {
            Instant now = clock.instant();
            Instant created = old == null ? now : old.created();
            return new Meta(created, now, Map.copyOf(new TreeMap<>(properties)), system);
        });
    }

    void forget(String systemId) {
        metas.remove(systemId);
    }
}
