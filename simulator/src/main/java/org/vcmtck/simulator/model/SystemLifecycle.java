package org.vcmtck.simulator.model;

import java.util.Optional;

/**
 * The lifecycle state machine of a virtual system.
 * <pre>
 * START   DEFINED -> STARTING -> RUNNING      (STARTING while the job runs)
 *         SUSPENDED -> RUNNING                (start of a suspended system resumes it)
 * STOP    RUNNING -> STOPPING -> DEFINED      (STOPPING while the job runs)
 * PAUSE   RUNNING -> PAUSED
 * RESUME  PAUSED -> RUNNING, SUSPENDED -> RUNNING
 * SUSPEND RUNNING -> SUSPENDED
 * RESET   RUNNING -> RUNNING                  (counts a reset)
 * </pre>
 * Anything else, and any request while a transitional state lasts, is an invalid transition.
 * Destroy is legal from DEFINED only.
 */
public final class SystemLifecycle {
    private SystemLifecycle() {
    }

    /** The state the system ends in after the change, or empty when the change is not legal from {@code from}. */
    public static Optional<SystemState> target(SystemState from, StateChange change) {
        SystemState to = switch (change) {
            case START -> from == SystemState.DEFINED || from == SystemState.SUSPENDED ? SystemState.RUNNING : null;
            case STOP -> from == SystemState.RUNNING ? SystemState.DEFINED : null;
            case PAUSE -> from == SystemState.RUNNING ? SystemState.PAUSED : null;
            case RESUME -> from == SystemState.PAUSED || from == SystemState.SUSPENDED ? SystemState.RUNNING : null;
            case SUSPEND -> from == SystemState.RUNNING ? SystemState.SUSPENDED : null;
            case RESET -> from == SystemState.RUNNING ? SystemState.RUNNING : null;
        };
        return Optional.ofNullable(to);
    }

    /** The state shown while the change's job runs: STARTING/STOPPING, or the unchanged state otherwise. */
    static SystemState during(SystemState from, StateChange change) {
        if (change == StateChange.START && from == SystemState.DEFINED) {
            return SystemState.STARTING;
        }
        if (change == StateChange.STOP) {
            return SystemState.STOPPING;
        }
        return from;
    }

    public static boolean destroyable(SystemState state) {
        return state == SystemState.DEFINED;
    }
}
