package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import org.testng.annotations.Test;

public class CreationJobTest {

    private static Datacenter withHost() {
        Datacenter dc = new Datacenter(3);
        dc.addHost(Fixtures.smallHost("h"));
        return dc;
    }

    private static String host(Datacenter dc) {
        return dc.hosts().get(0).id();
    }

    private static long cpuAllocated(Datacenter dc) {
        return dc.primordialPool(host(dc), ResourceType.PROCESSOR).allocated();
    }

    @Test
    public void aCreationHoldsItsResourcesAndKeepsTheSystemBusyUntilItSettles() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), SystemCreation.succeeding(
                SystemState.DEFINED, 3));
        assertThat(job.operation()).isEqualTo(JobOperation.CREATE);
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
        assertThat(cpuAllocated(dc)).isEqualTo(2);
        ModelException busy = refusal(() -> dc.requestStateChange(job.systemId(), StateChange.START));
        assertThat(busy.kind()).isEqualTo(ErrorKind.IN_USE);
        int last = -1;
        for (int i = 0; i < 3; i++) {
            int progress = dc.job(job.id()).percentComplete();
            assertThat(progress).isGreaterThanOrEqualTo(last);
            last = progress;
            dc.tick();
        }
        Job done = dc.job(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.percentComplete()).isEqualTo(100);
        assertThat(dc.system(job.systemId()).state()).isEqualTo(SystemState.DEFINED);
        assertThat(dc.requestStateChange(job.systemId(), StateChange.START).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    public void aCreationAskedToSettleRunningEndsRunning() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), SystemCreation.succeeding(
                SystemState.RUNNING, 2));
        dc.advance(2);
        assertThat(dc.system(job.systemId()).state()).isEqualTo(SystemState.RUNNING);
    }

    @Test
    public void aZeroTickCreationFinishesInsideTheCall() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), SystemCreation.succeeding(
                SystemState.DEFINED, 0));
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(dc.system(job.systemId()).state()).isEqualTo(SystemState.DEFINED);
    }

    @Test
    public void aFailingCreationEndsFailedWithItsReasonAndLeavesNothingBehind() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), new SystemCreation(SystemState.DEFINED, 2,
                "image unreadable"));
        assertThat(dc.system(job.systemId())).isNotNull();
        dc.advance(2);
        Job failed = dc.job(job.id());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("image unreadable");
        assertThat(failed.percentComplete()).isLessThan(100);
        assertThat(refusal(() -> dc.system(job.systemId())).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(cpuAllocated(dc)).isZero();
        assertThat(dc.events().stream().map(Event::kind)).contains(EventKind.JOB_FAILED);
    }

    @Test
    public void killingACreationRemovesTheSystemAndReleasesItsResources() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), SystemCreation.succeeding(
                SystemState.DEFINED, 5));
        dc.tick();
        dc.killJob(job.id());
        assertThat(dc.job(job.id()).state()).isEqualTo(JobState.KILLED);
        assertThat(dc.systems()).isEmpty();
        assertThat(cpuAllocated(dc)).isZero();
    }

    @Test
    public void onlyAFinishedJobCanBeDeleted() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), SystemCreation.succeeding(
                SystemState.DEFINED, 2));
        assertThat(refusal(() -> dc.deleteJob(job.id())).kind()).isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
        dc.advance(2);
        dc.deleteJob(job.id());
        assertThat(dc.jobs()).extracting(Job::id).doesNotContain(job.id());
        assertThat(refusal(() -> dc.job(job.id())).kind()).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    public void aRunningCreationSurvivesASnapshotAndFinishesAfterRestore() {
        Datacenter dc = withHost();
        Job job = dc.createSystem(host(dc), Fixtures.smallSystem("vm"), SystemCreation.succeeding(
                SystemState.RUNNING, 3));
        dc.tick();
        Datacenter restored = Datacenter.restore(dc.snapshot());
        restored.advance(2);
        assertThat(restored.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(restored.system(job.systemId()).state()).isEqualTo(SystemState.RUNNING);
    }

    @Test
    public void aNewSystemSettlesOnlyInAStableState() {
        ModelException refused = refusal(() -> new SystemCreation(SystemState.STARTING, 1, null));
        assertThat(refused.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
        assertThat(refused.field()).isEqualTo("settlesIn");
    }
}
