package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import org.testng.annotations.Test;

public class JobProgressTest {

    private static String definedSystem(Datacenter dc) {
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        return dc.defineSystem(host, Fixtures.smallSystem("vm")).id();
    }

    @Test
    public void zeroTickJobsCompleteInsideTheCall() {
        Datacenter dc = new Datacenter(1);
        String vm = definedSystem(dc);
        long tickBefore = dc.clock().now();
        Job job = dc.requestStateChange(vm, StateChange.START);
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.percentComplete()).isEqualTo(100);
        assertThat(job.finishTick()).isEqualTo(tickBefore);
        assertThat(dc.clock().now()).isEqualTo(tickBefore);
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.RUNNING);
    }

    @Test
    public void nTickJobsShowPercentCompleteStepByStep() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(4));
        String vm = definedSystem(dc);
        Job job = dc.requestStateChange(vm, StateChange.START);
        assertThat(job.percentComplete()).isZero();
        assertThat(job.ticksTotal()).isEqualTo(4);
        assertThat(job.systemId()).isEqualTo(vm);
        assertThat(job.operation()).isEqualTo(JobOperation.START);
        int[] expected = {25, 50, 75};
        for (int step : expected) {
            dc.tick();
            Job now = dc.job(job.id());
            assertThat(now.state()).isEqualTo(JobState.RUNNING);
            assertThat(now.percentComplete()).isEqualTo(step);
            assertThat(dc.system(vm).state()).isEqualTo(SystemState.STARTING);
        }
        dc.tick();
        Job done = dc.job(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.percentComplete()).isEqualTo(100);
        assertThat(done.finishTick()).isEqualTo(job.startTick() + 4);
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.RUNNING);
        assertThat(dc.system(vm).stateChangedTick()).isEqualTo(done.finishTick());
    }

    @Test
    public void theVirtualClockDrivesJobsToo() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(3));
        String vm = definedSystem(dc);
        Job job = dc.requestStateChange(vm, StateChange.START);
        dc.clock().advance(2);
        assertThat(dc.clock().now()).isEqualTo(2);
        assertThat(dc.job(job.id()).state()).isEqualTo(JobState.RUNNING);
        dc.clock().advance(100);
        assertThat(dc.clock().now()).isEqualTo(102);
        assertThat(dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    public void killingAStartReturnsTheSystemToDefined() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(5));
        String vm = definedSystem(dc);
        Job job = dc.requestStateChange(vm, StateChange.START);
        dc.advance(2);
        dc.killJob(job.id());
        Job killed = dc.job(job.id());
        assertThat(killed.state()).isEqualTo(JobState.KILLED);
        assertThat(killed.percentComplete()).isEqualTo(40);
        assertThat(killed.error()).isNotBlank();
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.DEFINED);
        dc.advance(10);
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.DEFINED);
        // and the system is free again
        assertThat(dc.requestStateChange(vm, StateChange.START).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    public void killingAStopReturnsTheSystemToRunning() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(2));
        String vm = definedSystem(dc);
        dc.requestStateChange(vm, StateChange.START);
        dc.advance(2);
        Job stop = dc.requestStateChange(vm, StateChange.STOP);
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.STOPPING);
        dc.killJob(stop.id());
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.RUNNING);
    }

    @Test
    public void killingADestroyKeepsTheSystem() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(2));
        String vm = definedSystem(dc);
        Job destroy = dc.destroySystem(vm);
        dc.killJob(destroy.id());
        dc.advance(5);
        assertThat(dc.system(vm).state()).isEqualTo(SystemState.DEFINED);
        assertThat(dc.pools()).anySatisfy(p -> assertThat(p.allocated()).isPositive());
    }

    @Test
    public void finishedJobsCannotBeKilledAndUnknownJobsAreNotFound() {
        Datacenter dc = new Datacenter(1);
        String vm = definedSystem(dc);
        Job job = dc.requestStateChange(vm, StateChange.START);
        assertThat(refusal(() -> dc.killJob(job.id())).kind()).isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
        assertThat(dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(refusal(() -> dc.killJob("job-9999")).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(refusal(() -> dc.advance(-1)).kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT);
    }

    @Test
    public void jobHistoryIsBoundedButRunningJobsAreKept() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(0, 100, 3));
        String vm = definedSystem(dc);
        for (int i = 0; i < 5; i++) {
            dc.requestStateChange(vm, i % 2 == 0 ? StateChange.START : StateChange.STOP);
        }
        assertThat(dc.jobs()).extracting(Job::id).containsExactly("job-0003", "job-0004", "job-0005");
    }
}
