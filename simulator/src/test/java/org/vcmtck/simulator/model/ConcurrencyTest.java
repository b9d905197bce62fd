package org.vcmtck.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.simulator.model.Fixtures.GIB;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Many threads hammer one datacenter; afterwards the books must balance and nothing may be lost. */
public class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int OPERATIONS = 10_000;

    @DataProvider
    public Object[][] jobTicks() {
        return new Object[][] {{0}, {2}};
    }

    @Test(dataProvider = "jobTicks", timeOut = 60_000)
    public void randomOperationsKeepTheInvariants(int jobTicks) throws Exception {
        Datacenter dc = new Datacenter(2024, new DatacenterOptions(jobTicks, 10_000, 100_000));
        List<String> hostIds = new ArrayList<>();
        for (int h = 0; h < 4; h++) {
            String id = dc.addHost(new HostSpec("h" + h, 16, 32 * GIB,
                    List.of(new StorageVolume("v", 200 * GIB)),
                    List.of(new PhysicalNic("eth0", "00:16:3e:00:01:0" + h, 1_000_000_000L)), 2.0, 1.0)).id();
            dc.createSwitch(id, "lan", 24);
            hostIds.add(id);
        }
        AtomicInteger defines = new AtomicInteger();
        AtomicInteger successes = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SplittableRandom rnd = new SplittableRandom(1000 + t);
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < OPERATIONS / THREADS; i++) {
                        try {
                            if (step(dc, hostIds, rnd, defines)) {
                                successes.incrementAndGet();
                            }
                        } catch (ModelException refused) {
                            // a refusal is a legitimate outcome under contention; the invariants are checked below
                        }
                    }
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(unexpected).isEmpty();
        dc.advance(jobTicks + 1); // let the last jobs finish
        assertThat(dc.jobs()).noneSatisfy(j -> assertThat(j.state().finished()).isFalse());
        assertThat(successes.get()).as("the run did real work").isGreaterThan(OPERATIONS / 4);

        long destroyed = dc.jobs().stream()
                .filter(j -> j.operation() == JobOperation.DESTROY && j.state() == JobState.COMPLETED).count();
        assertThat(defines.get() - destroyed).isEqualTo(dc.systems().size());
        assertBooksBalance(dc);
        assertThat(Datacenter.restore(dc.snapshot()).snapshot()).isEqualTo(dc.snapshot());
    }

    /** One random operation; true if it succeeded. */
    private static boolean step(Datacenter dc, List<String> hostIds, SplittableRandom rnd, AtomicInteger defines) {
        String host = hostIds.get(rnd.nextInt(hostIds.size()));
        List<VirtualSystem> systems = dc.systems();
        VirtualSystem vs = systems.isEmpty() ? null : systems.get(rnd.nextInt(systems.size()));
        int op = rnd.nextInt(12);
        if (vs == null || op == 0) {
            dc.defineSystem(host, Fixtures.smallSystem("t"));
            defines.incrementAndGet();
            return true;
        }
        switch (op) {
            case 1 -> dc.destroySystem(vs.id());
            case 2 -> dc.requestStateChange(vs.id(), StateChange.values()[rnd.nextInt(StateChange.values().length)]);
            case 3 -> dc.addAllocation(vs.id(), rnd.nextBoolean() ? AllocationSpec.memory(GIB) : AllocationSpec.nic());
            case 4 -> {
                if (vs.allocations().isEmpty()) {
                    return false;
                }
                dc.removeAllocation(vs.id(), vs.allocations().get(rnd.nextInt(vs.allocations().size())).id());
            }
            case 5 -> {
                List<Allocation> cpus = vs.allocationsOf(DeviceKind.PROCESSOR);
                if (cpus.isEmpty()) {
                    return false;
                }
                dc.modifyAllocation(vs.id(), cpus.get(0).id(), AllocationSpec.processors(1 + rnd.nextInt(6)));
            }
            case 6 -> dc.migrate(vs.id(), host, rnd.nextBoolean() ? MigrationKind.OFFLINE : MigrationKind.LIVE);
            case 7 -> {
                List<Allocation> nics = vs.allocationsOf(DeviceKind.NIC);
                String lan = dc.switches().stream().filter(s -> s.hostId().equals(vs.hostId())).findFirst()
                        .orElseThrow().id();
                if (nics.isEmpty()) {
                    return false;
                }
                dc.connectNic(vs.id(), nics.get(0).id(), lan, rnd.nextInt(4095));
            }
            case 8 -> {
                List<Job> running = dc.jobs().stream().filter(j -> !j.state().finished()).toList();
                if (running.isEmpty()) {
                    dc.tick();
                } else {
                    dc.killJob(running.get(rnd.nextInt(running.size())).id());
                }
            }
            case 9 -> dc.tick();
            case 10 -> {
                ResourcePool pool = dc.primordialPool(host, ResourceType.MEMORY);
                ResourcePool child = dc.createChildPool(pool.id(), "c", GIB, 1.0);
                dc.deletePool(child.id());
            }
            default -> dc.snapshot();
        }
        return true;
    }

    static void assertBooksBalance(Datacenter dc) {
        DatacenterSnapshot s = dc.snapshot();
        Map<String, Long> allocated = new HashMap<>();
        Map<String, Long> children = new HashMap<>();
        for (VirtualSystem v : s.systems()) {
            for (Allocation a : v.allocations()) {
                allocated.merge(a.poolId(), a.quantity(), Long::sum);
            }
        }
        for (Job j : s.jobs()) {
            if (!j.state().finished()) {
                j.reservations().forEach(r -> allocated.merge(r.poolId(), r.amount(), Long::sum));
            }
        }
        for (ResourcePool p : s.pools()) {
            if (p.parentId() != null) {
                children.merge(p.parentId(), p.capacity(), Long::sum);
            }
        }
        assertThat(s.pools()).allSatisfy(p -> {
            assertThat(p.allocated()).as("allocated in %s", p.id()).isEqualTo(allocated.getOrDefault(p.id(), 0L));
            assertThat(p.childReserved()).isEqualTo(children.getOrDefault(p.id(), 0L));
            assertThat(p.reserved()).as("reserved in %s", p.id()).isLessThanOrEqualTo(p.limit());
        });
        Map<String, Integer> portsHeld = new HashMap<>();
        for (VirtualSwitch sw : s.switches()) {
            for (PortConnection c : sw.connections()) {
                portsHeld.merge(c.systemId() + "/" + c.allocationId(), 1, Integer::sum);
            }
        }
        assertThat(portsHeld.values()).allSatisfy(n -> assertThat(n).as("ports per NIC").isEqualTo(1));
    }
}
