package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.refusal;
import static org.vcmtck.simulator.model.StateChange.PAUSE;
import static org.vcmtck.simulator.model.StateChange.RESET;
import static org.vcmtck.simulator.model.StateChange.RESUME;
import static org.vcmtck.simulator.model.StateChange.START;
import static org.vcmtck.simulator.model.StateChange.STOP;
import static org.vcmtck.simulator.model.StateChange.SUSPEND;
import static org.vcmtck.simulator.model.SystemState.DEFINED;
import static org.vcmtck.simulator.model.SystemState.PAUSED;
import static org.vcmtck.simulator.model.SystemState.RUNNING;
import static org.vcmtck.simulator.model.SystemState.STARTING;
import static org.vcmtck.simulator.model.SystemState.STOPPING;
import static org.vcmtck.simulator.model.SystemState.SUSPENDED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class LifecycleTransitionTest {

    /** The expected outcome of every (state, change) pair; null = refused as an invalid transition. */
    private static final Map<SystemState, Map<StateChange, SystemState>> TABLE = new EnumMap<>(SystemState.class);

    static {
        row(DEFINED, RUNNING, null, null, null, null, null);
        row(STARTING, null, null, null, null, null, null);
        row(RUNNING, null, PAUSED, null, SUSPENDED, DEFINED, RUNNING);
        row(PAUSED, null, null, RUNNING, null, null, null);
        row(SUSPENDED, RUNNING, null, RUNNING, null, null, null);
        row(STOPPING, null, null, null, null, null, null);
    }

    private static void row(SystemState from, SystemState start, SystemState pause, SystemState resume,
                            SystemState suspend, SystemState stop, SystemState reset) {
        Map<StateChange, SystemState> r = new EnumMap<>(StateChange.class);
        r.put(START, start);
        r.put(PAUSE, pause);
        r.put(RESUME, resume);
        r.put(SUSPEND, suspend);
        r.put(STOP, stop);
        r.put(RESET, reset);
        TABLE.put(from, r);
    }

    @DataProvider
    public Object[][] everyStateAndChange() {
        List<Object[]> rows = new ArrayList<>();
        for (SystemState s : SystemState.values()) {
            for (StateChange c : StateChange.values()) {
                rows.add(new Object[] {s, c, TABLE.get(s).get(c)});
            }
        }
        return rows.toArray(new Object[0][]);
    }

    /** Brings a fresh system into the given state on a datacenter whose jobs take one tick. */
    private static String systemIn(Datacenter dc, SystemState state) {
        String host = dc.addHost(Fixtures.smallHost("h1")).id();
        String id = dc.defineSystem(host, Fixtures.smallSystem("vm")).id();
        switch (state) {
            case DEFINED -> { }
            case STARTING -> dc.requestStateChange(id, START);
            case RUNNING -> run(dc, id, START);
            case PAUSED -> { run(dc, id, START); run(dc, id, PAUSE); }
            case SUSPENDED -> { run(dc, id, START); run(dc, id, SUSPEND); }
            case STOPPING -> { run(dc, id, START); dc.requestStateChange(id, STOP); }
        }
        assertThat(dc.system(id).state()).as("set-up").isEqualTo(state);
        return id;
    }

    private static void run(Datacenter dc, String id, StateChange change) {
        dc.requestStateChange(id, change);
        dc.advance(dc.options().jobTicks());
    }

    @Test(dataProvider = "everyStateAndChange")
    public void transitionWithOneTickJobs(SystemState from, StateChange change, SystemState expected) {
        Datacenter dc = new Datacenter(7, new DatacenterOptions(1));
        String id = systemIn(dc, from);
        VirtualSystem before = dc.system(id);
        int jobsBefore = dc.jobs().size();
        if (expected == null) {
            ModelException e = refusal(() -> dc.requestStateChange(id, change));
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
            assertThat(e.getMessage()).contains(change.name()).contains(from.name());
            assertThat(dc.system(id)).isEqualTo(before);
            assertThat(dc.jobs()).hasSize(jobsBefore);
            return;
        }
        Job job = dc.requestStateChange(id, change);
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
        SystemState during = dc.system(id).state();
        if (change == START && from == DEFINED) {
            assertThat(during).isEqualTo(STARTING);
        } else if (change == STOP) {
            assertThat(during).isEqualTo(STOPPING);
        } else {
            assertThat(during).as("no transitional state for %s", change).isEqualTo(from);
        }
        dc.tick();
        assertThat(dc.system(id).state()).isEqualTo(expected);
        assertThat(dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(dc.system(id).lastRequest()).isEqualTo(change);
    }

    @Test(dataProvider = "everyStateAndChange")
    public void instantJobsAgreeWithTheTableAndTheLifecycleClass(SystemState from, StateChange change,
                                                                 SystemState expected) {
        assertThat(SystemLifecycle.target(from, change).orElse(null)).isEqualTo(expected);
        if (from.transitional()) {
            return; // with instant jobs a transitional state never lasts
        }
        Datacenter dc = new Datacenter(7, new DatacenterOptions(1));
        String id = systemIn(dc, from);
        Datacenter instant = Datacenter.restore(withJobTicks(dc.snapshot(), 0));
        if (expected == null) {
            assertThat(refusal(() -> instant.requestStateChange(id, change)).kind())
                    .isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
            assertThat(instant.system(id).state()).isEqualTo(from);
        } else {
            Job job = instant.requestStateChange(id, change);
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.percentComplete()).isEqualTo(100);
            assertThat(instant.system(id).state()).isEqualTo(expected);
        }
    }

    static DatacenterSnapshot withJobTicks(DatacenterSnapshot s, int ticks) {
        return new DatacenterSnapshot(s.formatVersion(), s.seed(), new DatacenterOptions(ticks), s.tick(),
                s.counters(), s.hosts(), s.pools(), s.systems(), s.switches(), s.jobs(), s.events());
    }

    @Test
    public void resetKeepsRunningAndCountsResets() {
        Datacenter dc = new Datacenter(1);
        String id = systemIn(dc, RUNNING);
        dc.requestStateChange(id, RESET);
        dc.requestStateChange(id, RESET);
        assertThat(dc.system(id).state()).isEqualTo(RUNNING);
        assertThat(dc.system(id).resetCount()).isEqualTo(2);
    }

    @DataProvider
    public Object[][] states() {
        return new Object[][] {{DEFINED}, {STARTING}, {RUNNING}, {PAUSED}, {SUSPENDED}, {STOPPING}};
    }

    @Test(dataProvider = "states")
    public void destroyOnlyFromDefined(SystemState state) {
        Datacenter dc = new Datacenter(3, new DatacenterOptions(1));
        String id = systemIn(dc, state);
        long memoryBefore = dc.pools().stream().filter(p -> p.type() == ResourceType.MEMORY)
                .mapToLong(ResourcePool::allocated).sum();
        if (state != DEFINED) {
            VirtualSystem before = dc.system(id);
            assertThat(refusal(() -> dc.destroySystem(id)).kind()).isEqualTo(ErrorKind.INVALID_STATE_TRANSITION);
            assertThat(dc.system(id)).isEqualTo(before);
            return;
        }
        Job job = dc.destroySystem(id);
        assertThat(dc.systems()).hasSize(1);
        dc.tick();
        assertThat(dc.job(job.id()).state()).isEqualTo(JobState.COMPLETED);
        assertThat(dc.systems()).isEmpty();
        assertThat(refusal(() -> dc.system(id)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(memoryBefore).isEqualTo(2 * Fixtures.GIB);
        assertThat(dc.pools()).allSatisfy(p -> assertThat(p.allocated()).isZero());
    }

    @Test
    public void aSystemWithARunningJobIsBusy() {
        Datacenter dc = new Datacenter(3, new DatacenterOptions(2));
        String id = systemIn(dc, RUNNING);
        Job pause = dc.requestStateChange(id, PAUSE);
        ModelException e = refusal(() -> dc.requestStateChange(id, STOP));
        assertThat(e.kind()).isEqualTo(ErrorKind.IN_USE);
        assertThat(e.getMessage()).contains(pause.id());
        assertThat(refusal(() -> dc.addAllocation(id, AllocationSpec.processors(1))).kind())
                .isEqualTo(ErrorKind.IN_USE);
        dc.advance(2);
        assertThat(dc.system(id).state()).isEqualTo(PAUSED);
    }

    @Test
    public void enabledStateCodesFollowTheVirtualSystemProfile() {
        assertThat(DEFINED.cimEnabledState()).isEqualTo(3);
        assertThat(RUNNING.cimEnabledState()).isEqualTo(2);
        assertThat(PAUSED.cimEnabledState()).isEqualTo(9);
        assertThat(SUSPENDED.cimEnabledState()).isEqualTo(6);
        assertThat(STARTING.cimEnabledState()).isEqualTo(10);
        assertThat(STOPPING.cimEnabledState()).isEqualTo(4);
    }
}
