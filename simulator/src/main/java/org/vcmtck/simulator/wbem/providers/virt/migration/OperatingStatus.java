package org.vcmtck.simulator.wbem.providers.virt.migration;

import org.vcmtck.simulator.model.Job;
import org.vcmtck.simulator.model.JobOperation;
import org.vcmtck.simulator.model.VirtualSystem;

/**
 * CIM_ManagedSystemElement.OperatingStatus of a virtual system: 9 Migrating while a model migration job moves it
 * (MIG-007), else the value that corresponds to its EnabledState (16 In Service, 5 Stopped, 3 Starting, 4 Stopping,
 * 7 Dormant for a paused or suspended system).
 */
public final class OperatingStatus {
    static final int MIGRATING = 9;

    private OperatingStatus() {
    }

    /** {@code running} is the system's running job, or null when it is idle. */
    public static int of(VirtualSystem vs, Job running) {
        if (running != null && (running.operation() == JobOperation.MIGRATE_LIVE
                || running.operation() == JobOperation.MIGRATE_OFFLINE)) {
            return MIGRATING;
        }
        return switch (vs.state()) {
            case RUNNING -> 16;
            case DEFINED -> 5;
            case STARTING -> 3;
            case STOPPING -> 4;
            case PAUSED, SUSPENDED -> 7;
        };
    }
}
