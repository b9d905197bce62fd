package org.vcmtck.profiles.target;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to start the built-in reference for a run.
 *
 * @param seed       seed of the generated datacenter (same seed and options give the same datacenter)
 * @param hosts      number of generated hosts
 * @param vms        number of generated virtual systems
 * @param jobTicks   simulated duration of asynchronous jobs, 0 for immediate completion
 * @param inventory  inventory file to load instead of generating, resolved against the target file; null when none
 * @param deviations names of deliberate deviations to switch on (empty for a conforming reference)
 */
public record ReferenceOptions(long seed, int hosts, int vms, int jobTicks, Path inventory, List<String> deviations) {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_HOSTS = 2;
    public static final int DEFAULT_VMS = 4;
    /**
     * One tick: the built-in reference's jobs outlive the call that starts them, so the suite sees what a real
     * implementation shows (CIM methods answering 4096 with a job, a migrating system) at a small cost in run time.
     */
    public static final int DEFAULT_JOB_TICKS = 1;

    public ReferenceOptions {
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
    }

    /** The options used when a target file says {@code reference:} with nothing below it. */
    public static ReferenceOptions defaults() {
        return new ReferenceOptions(DEFAULT_SEED, DEFAULT_HOSTS, DEFAULT_VMS, DEFAULT_JOB_TICKS, null, List.of());
    }

    /** The inventory file, when the datacenter is loaded rather than generated. */
    public Optional<Path> inventoryFile() {
        return Optional.ofNullable(inventory);
    }
}
