package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Machine representations last built, reused while what they show is unchanged. A representation depends only
 * on the system record, the machine's CIMI metadata and the job running on it; the model and the records replace
 * those objects on every change, so comparing them by identity is both cheap and exact. A page of a large Machine
 * collection then costs little more than writing it out.
 */
final class MachineDocuments {
    /** Entries of systems deleted elsewhere (another front end, a state restore) are dropped in bulk past this. */
    private static final int MIN_CAPACITY = 1_024;

    private record Built(VirtualSystem system, MachineRecords.Meta meta, Job running, CimiDocument doc) {
    }

    private final Map<String, Built> built = new ConcurrentHashMap<>();

    CimiDocument get(VirtualSystem system, MachineRecords.Meta meta, Job running, int systemCount,
                     Supplier<CimiDocument> build) {
        Built b = built.get(system.id());
        if (b != null && b.system == system && b.meta == meta && b.running == running) {
            return b.doc;
        }
        CimiDocument doc = build.get();
        if (built.size() > Math.max(MIN_CAPACITY, 2 * systemCount)) {
            built.clear();
        }
        built.put(system.id(), new Built(system, meta, running, doc));
        return doc;
    }
}
