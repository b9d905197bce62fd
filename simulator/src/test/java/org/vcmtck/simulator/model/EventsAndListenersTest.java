package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testng.annotations.Test;

public class EventsAndListenersTest {

    @Test
    public void operationsAreLoggedInOrderWithTheirTick() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(2));
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        String vm = dc.defineSystem(host, Fixtures.smallSystem("vm")).id();
        Job job = dc.requestStateChange(vm, StateChange.START);
        dc.advance(2);
        List<Event> events = dc.events();
        assertThat(events).extracting(Event::kind).containsExactly(EventKind.HOST_ADDED, EventKind.SYSTEM_DEFINED,
                EventKind.STATE_CHANGED, EventKind.JOB_STARTED, EventKind.STATE_CHANGED, EventKind.JOB_COMPLETED);
        assertThat(events).extracting(Event::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events.get(4).tick()).isEqualTo(2);
        assertThat(events.get(4).subjectId()).isEqualTo(vm);
        assertThat(events.get(5).subjectId()).isEqualTo(job.id());
        assertThat(dc.eventsSince(4)).extracting(Event::sequence).containsExactly(5L, 6L);
        assertThat(dc.eventsSince(6)).isEmpty();
    }

    @Test
    public void theLogKeepsOnlyTheMostRecentEvents() {
        Datacenter dc = new Datacenter(1, new DatacenterOptions(0, 3, 10));
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        for (int i = 0; i < 4; i++) {
            dc.defineSystem(host, Fixtures.smallSystem("vm" + i));
        }
        assertThat(dc.events()).extracting(Event::sequence).containsExactly(3L, 4L, 5L);
        assertThat(dc.eventsSince(1)).extracting(Event::sequence).containsExactly(3L, 4L, 5L);
        assertThat(dc.eventsSince(4)).extracting(Event::sequence).containsExactly(5L);
    }

    @Test
    public void listenersHearEverySuccessfulChangeButNoRefusal() {
        Datacenter dc = new Datacenter(1);
        List<Long> counts = new ArrayList<>();
        List<EventKind> kinds = new ArrayList<>();
        dc.addChangeListener((count, events) -> {
            counts.add(count);
            events.forEach(e -> kinds.add(e.kind()));
        });
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        String vm = dc.defineSystem(host, Fixtures.smallSystem("vm")).id();
        refusal(() -> dc.destroySystem("vm-9999"));
        refusal(() -> dc.requestStateChange(vm, StateChange.STOP));
        dc.tick();
        assertThat(counts).containsExactly(1L, 2L, 3L);
        assertThat(kinds).containsExactly(EventKind.HOST_ADDED, EventKind.SYSTEM_DEFINED);
    }

    @Test
    public void listenersRunOutsideTheLockAndMayReadTheModel() {
        Datacenter dc = new Datacenter(1);
        List<Integer> seen = new ArrayList<>();
        dc.addChangeListener((count, events) -> seen.add(dc.hosts().size()));
        dc.addHost(Fixtures.smallHost("a"));
        dc.addHost(Fixtures.smallHost("b"));
        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    public void aFailingListenerDoesNotStopTheOthersNorTheChange() {
        Datacenter dc = new Datacenter(1);
        List<Long> heard = new ArrayList<>();
        dc.addChangeListener((count, events) -> {
            throw new IllegalStateException("boom");
        });
        dc.addChangeListener((count, events) -> heard.add(count));
        dc.addHost(Fixtures.smallHost("a"));
        assertThat(dc.hosts()).hasSize(1);
        assertThat(heard).containsExactly(1L);
    }

    @Test
    public void concurrentChangesAreDeliveredInOrder() throws Exception {
        Datacenter dc = new Datacenter(1);
        String host = dc.addHost(Fixtures.smallHost("h")).id();
        List<Long> counts = new CopyOnWriteArrayList<>();
        dc.addChangeListener((count, events) -> counts.add(count));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    dc.createSwitch(host, Thread.currentThread().getName() + "-" + i, 1);
                }
            }, "t" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(counts).hasSize(800).isSorted().doesNotHaveDuplicates();
        assertThat(dc.snapshot().counters().changes()).isEqualTo(801);
    }
}
