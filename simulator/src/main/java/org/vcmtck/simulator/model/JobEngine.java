package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Runs jobs on the virtual clock: starts them (finishing at once when jobs take 0 ticks), advances them one step
 * per tick, applies their effect on completion and undoes them when killed.
 */
final class JobEngine {
    private final ModelState s;

    JobEngine(ModelState s) {
        this.s = s;
    }

    /** Kills a running job: what it changed is undone and what it reserved is released. */
    void kill(String id) {
        Job job = s.jobOrThrow("id", id);
        if (job.state().finished()) {
            throw new ModelException(ErrorKind.INVALID_STATE_TRANSITION, "id",
                    "job " + id + " is already " + job.state());
        }
        undo(job);
        Job killed = job.finished(JobState.KILLED, s.tick, "killed on request");
        retire(killed);
        s.log(EventKind.JOB_KILLED, id, job.operation() + " of " + job.systemId() + " killed");
    }

    /** Moves the clock forward; every running job advances one step per tick. */
    void advance(long ticks) {
        Checks.notNegative("ticks", ticks);
        if (ticks == 0) {
            return;
        }
        for (long i = 0; i < ticks; i++) {
            if (s.activeJobs.isEmpty()) {
                s.tick += ticks - i;
                break;
            }
            s.tick++;
            progress();
        }
        s.clockMoved = true;
    }

    Job start(JobOperation operation, String systemId, SystemState prior, String destination,
                         List<PoolReservation> reservations) {
        return start(new Job(Identities.id("job-", ++s.jobSeq), operation, systemId, JobState.RUNNING, 0,
                s.options.jobTicks(), 0, s.tick, -1, prior, destination, reservations, null, null, null));
    }

    /** Starts the CREATE job of a system just put into the model; its duration is the creation's own. */
    Job startCreation(String systemId, SystemCreation creation) {
        return start(new Job(Identities.id("job-", ++s.jobSeq), JobOperation.CREATE, systemId, JobState.RUNNING, 0,
                creation.ticks(), 0, s.tick, -1, SystemState.DEFINED, null, List.of(), null, creation.settlesIn(),
                creation.failure()));
    }

    private Job start(Job job) {
        String systemId = job.systemId();
        JobOperation operation = job.operation();
        s.jobs.put(job.id(), job);
        if (job.ticksTotal() == 0) {
            return complete(job);
        }
        s.activeJobs.add(job.id());
        s.activeJobBySystem.put(systemId, job.id());
        s.log(EventKind.JOB_STARTED, job.id(), operation + " of " + systemId + " started");
        return job;
    }

    private void progress() {
        for (String id : new ArrayList<>(s.activeJobs)) {
            Job job = s.jobs.get(id);
            int done = job.ticksDone() + 1;
            if (done >= job.ticksTotal()) {
                complete(job);
            } else {
                s.jobs.put(id, job.progressed(done));
            }
        }
    }

    Job complete(Job job) {
        VirtualSystem system = s.systems.get(job.systemId());
        if (job.operation() == JobOperation.CREATE && job.plannedFailure() != null) {
            return fail(job, system);
        }
        switch (job.operation()) {
            case CREATE -> {
                if (job.settlesIn() == SystemState.RUNNING) {
                    s.changeState(system, SystemState.RUNNING);
                }
            }
            case START, RESUME -> s.changeState(system, SystemState.RUNNING);
            case STOP -> s.changeState(system, SystemState.DEFINED);
            case PAUSE -> s.changeState(system, SystemState.PAUSED);
            case SUSPEND -> s.changeState(system, SystemState.SUSPENDED);
            case RESET -> {
                s.systems.put(system.id(), system.withReset());
                s.log(EventKind.STATE_CHANGED, system.id(), "reset");
            }
            case DESTROY -> {
                for (Allocation a : system.allocations()) {
                    s.release(system.id(), a);
                }
                s.systems.remove(system.id());
                s.log(EventKind.SYSTEM_DESTROYED, system.id(), "system " + system.name() + " destroyed");
                s.forgetAppliancesWithoutSystems();
            }
            case MIGRATE_OFFLINE, MIGRATE_LIVE -> finishMigration(system, job.destinationHostId());
        }
        Job done = job.progressed(job.ticksTotal()).finished(JobState.COMPLETED, s.tick, null);
        retire(done);
        if (job.ticksTotal() > 0) {
            s.log(EventKind.JOB_COMPLETED, job.id(), job.operation() + " of " + job.systemId() + " completed");
        }
        return done;
    }

    /** A creation that cannot succeed: the half-made system is removed, so nothing of it is left behind. */
    private Job fail(Job job, VirtualSystem system) {
        discard(system);
        Job failed = job.progressed(job.ticksDone()).finished(JobState.FAILED, s.tick, job.plannedFailure());
        retire(failed);
        s.log(EventKind.JOB_FAILED, job.id(), job.operation() + " of " + job.systemId() + " failed: "
                + job.plannedFailure());
        return failed;
    }

    private void discard(VirtualSystem system) {
        for (Allocation a : system.allocations()) {
            s.release(system.id(), a);
        }
        s.systems.remove(system.id());
        s.log(EventKind.SYSTEM_DESTROYED, system.id(), "system " + system.name() + " removed: its creation ended"
                + " without success");
    }

    /** Forgets a finished job; a running job cannot be forgotten (kill it first). */
    void forget(String id) {
        Job job = s.jobOrThrow("id", id);
        if (!job.state().finished()) {
            throw new ModelException(ErrorKind.INVALID_STATE_TRANSITION, "id",
                    "job " + id + " is still " + job.state() + "; only a finished job can be deleted");
        }
        s.jobs.remove(id);
        s.finishedJobs--;
        s.log(EventKind.JOB_DELETED, id, job.operation() + " job of " + job.systemId() + " deleted");
    }

    private void finishMigration(VirtualSystem system, String destinationHostId) {
        PoolState[] target = s.primordial.get(destinationHostId);
        List<Allocation> moved = new ArrayList<>(system.allocations().size());
        for (Allocation a : system.allocations()) {
            // the destination capacity was reserved when the job started; only the source is given back here
            s.pools.get(a.poolId()).allocated -= a.quantity();
            Allocation m = a.withPool(target[a.type().ordinal()].id);
            if (a.connected()) {
                SwitchState source = s.switches.get(a.switchId());
                source.release(a.switchPort());
                SwitchState peer = s.switchNamed(destinationHostId, source.name);
                m = m.withConnection(peer.id, peer.portOf(system.id(), a.id()), a.vlanId());
            }
            moved.add(m);
        }
        s.systems.put(system.id(), system.withHost(destinationHostId, moved));
        s.log(EventKind.SYSTEM_MIGRATED, system.id(), "moved from " + system.hostId() + " to " + destinationHostId);
    }

    private void undo(Job job) {
        VirtualSystem system = s.systems.get(job.systemId());
        switch (job.operation()) {
            case CREATE -> discard(system);
            case START, STOP -> {
                if (system.state() != job.priorState()) {
                    s.changeState(system, job.priorState());
                }
            }
            case MIGRATE_OFFLINE, MIGRATE_LIVE -> {
                for (PoolReservation r : job.reservations()) {
                    s.pools.get(r.poolId()).allocated -= r.amount();
                }
                for (SwitchState s : s.switches.values()) {
                    if (s.hostId.equals(job.destinationHostId())) {
                        s.releaseAll(job.systemId());
                    }
                }
            }
            default -> {
                // PAUSE, RESUME, SUSPEND, RESET and DESTROY only take effect on completion: nothing to undo
            }
        }
    }

    /** Records a finished job and forgets the oldest finished jobs beyond the history limit. */
    private void retire(Job finished) {
        s.jobs.put(finished.id(), finished);
        s.activeJobs.remove(finished.id());
        s.activeJobBySystem.remove(finished.systemId(), finished.id());
        s.finishedJobs++;
        Iterator<Job> oldest = s.jobs.values().iterator();
        while (s.finishedJobs > s.options.jobHistoryLimit() && oldest.hasNext()) {
            if (oldest.next().state().finished()) {
                oldest.remove();
                s.finishedJobs--;
            }
        }
    }
}
