package org.vcmtck.simulator.model;

/** The operation a job carries out; the job's data plus this name is enough to finish or undo it. */
public enum JobOperation {
    /** Bringing a new system into being (see {@link Datacenter#createSystem}). */
    CREATE,
    START, PAUSE, RESUME, SUSPEND, STOP, RESET, DESTROY, MIGRATE_OFFLINE, MIGRATE_LIVE;

    static JobOperation of(StateChange change) {
        return switch (change) {
            case START -> START;
            case PAUSE -> PAUSE;
            case RESUME -> RESUME;
            case SUSPEND -> SUSPEND;
            case STOP -> STOP;
            case RESET -> RESET;
        };
    }

    static JobOperation of(MigrationKind kind) {
        return kind == MigrationKind.LIVE ? MIGRATE_LIVE : MIGRATE_OFFLINE;
    }
}
