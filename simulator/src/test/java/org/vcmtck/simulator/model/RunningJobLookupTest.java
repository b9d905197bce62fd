package org.vcmtck.simulator.model;

import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Datacenter#runningJobOf}: the job a system is busy with, for views that show it on every request. */
public class RunningJobLookupTest {

    @Test
    public void namesTheRunningJobUntilItFinishesAndNothingForIdleOrUnknownSystems() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(2));
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        String busy = dc.defineSystem(host, Fixtures.smallSystem("busy")).id();
        String idle = dc.defineSystem(host, Fixtures.smallSystem("idle")).id();

        Job start = dc.requestStateChange(busy, StateChange.START);
        assertThat(dc.runningJobOf(busy)).isNotNull().extracting(Job::id).isEqualTo(start.id());
        assertThat(dc.runningJobOf(idle)).isNull();
        assertThat(dc.runningJobOf("no-such-system")).isNull();

        dc.advance(2);
        assertThat(dc.job(start.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(dc.runningJobOf(busy)).isNull();
    }

    @Test
    public void aKilledJobNoLongerCounts() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(5));
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        String vm = dc.defineSystem(host, Fixtures.smallSystem("vm")).id();
        Job start = dc.requestStateChange(vm, StateChange.START);
        dc.killJob(start.id());
        assertThat(dc.runningJobOf(vm)).isNull();
    }
}
