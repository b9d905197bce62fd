package org.vcmtck.simulator.model;

import java.util.List;

/**
 * An asynchronous operation (immutable view). {@code priorState} is the system state to return to if the job
 * is killed; {@code destinationHostId} and {@code reservations} are set for migrations only.
 * {@code finishTick} is -1 while the job runs. For a CREATE job, {@code settlesIn} is the state the new system
 * reaches when the job succeeds and {@code plannedFailure}, when not null, is why the creation will fail when
 * the job ends (both null for every other operation, and in state files written before creation jobs existed).
 */
public record Job(String id, JobOperation operation, String systemId, JobState state, int percentComplete,
                  int ticksTotal, int ticksDone, long startTick, long finishTick, SystemState priorState,
                  String destinationHostId, List<PoolReservation> reservations, String error,
                  SystemState settlesIn, String plannedFailure) {
    public Job {
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
    }

    Job progressed(int done) {
        int percent = ticksTotal == 0 ? 100 : (int) (100L * done / ticksTotal);
        return new Job(id, operation, systemId, state, percent, ticksTotal, done, startTick, finishTick, priorState,
                destinationHostId, reservations, error, settlesIn, plannedFailure);
    }

    Job finished(JobState end, long tick, String errorText) {
        int percent = end == JobState.COMPLETED ? 100 : percentComplete;
        return new Job(id, operation, systemId, end, percent, ticksTotal, ticksDone, startTick, tick, priorState,
                destinationHostId, List.of(), errorText, settlesIn, plannedFailure);
    }
}
