package org.vcmtck.simulator.model;

import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Datacenter#systems()} hands out one list until the next change, and never a stale one after it. */
public class SystemListSnapshotTest {

    @Test
    public void theSameListIsSharedUntilAChangeAndTheNextListShowsTheChange() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(2));
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        String a = dc.defineSystem(host, Fixtures.smallSystem("a")).id();

        var first = dc.systems();
        assertThat(dc.systems()).isSameAs(first);
        assertThat(dc.systemCount()).isEqualTo(1);

        dc.requestStateChange(a, StateChange.START);
        var afterStart = dc.systems();
        assertThat(afterStart).isNotSameAs(first);
        assertThat(afterStart.get(0).state()).isEqualTo(SystemState.STARTING);

        dc.advance(2);
        assertThat(dc.systems().get(0).state()).isEqualTo(SystemState.RUNNING);

        dc.defineSystem(host, Fixtures.smallSystem("b"));
        assertThat(dc.systems()).extracting(VirtualSystem::name).containsExactly("a", "b");
        assertThat(dc.systemCount()).isEqualTo(2);
    }
}
