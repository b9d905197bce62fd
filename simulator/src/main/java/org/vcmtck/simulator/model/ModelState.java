package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mutable state of one datacenter and the small helpers every operation shares. Only touched while the
 * datacenter's write lock (or, for reads, its read lock) is held; {@link Datacenter} takes care of that.
 */
final class ModelState {
    final DatacenterOptions options;
    final Identities identities;
    final EventLog eventLog;

    final Map<String, Host> hosts = new LinkedHashMap<>();
    /** Primordial pools by host id, indexed by ResourceType ordinal. */
    final Map<String, PoolState[]> primordial = new HashMap<>();
    final Map<String, PoolState> pools = new LinkedHashMap<>();
    final Map<String, VirtualSystem> systems = new LinkedHashMap<>();
    final Map<String, SwitchState> switches = new LinkedHashMap<>();
    final Map<String, Job> jobs = new LinkedHashMap<>();
    /** Package metadata of deployed OVF packages, by appliance id (see {@link Appliance}). */
    final Map<String, Appliance> appliances = new LinkedHashMap<>();
    /** Running job ids in creation order, so jobs progress in a deterministic order. */
    final Set<String> activeJobs = new LinkedHashSet<>();
    final Map<String, String> activeJobBySystem = new HashMap<>();
    final Set<String> macs = new HashSet<>();
    int finishedJobs;

    /** Written under the write lock only; volatile so the clock can be read without the lock. */
    volatile long tick;
    long hostSeq;
    long poolSeq;
    long systemSeq;
    long allocationSeq;
    long switchSeq;
    long jobSeq;
    long eventSeq;
    long uuidSeq;
    long macSeq;
    long changeSeq;

    /** Events logged by the write operation in progress. */
    List<Event> operationEvents = new ArrayList<>();
    /** Whether the write operation in progress moved the clock (a change even when it logged nothing). */
    boolean clockMoved;

    ModelState(long seed, DatacenterOptions options) {
        this.options = options;
        this.identities = new Identities(seed);
        this.eventLog = new EventLog(options.eventLogLimit());
    }

    void changeState(VirtualSystem system, SystemState to) {
        systems.put(system.id(), system.withState(to, tick));
        log(EventKind.STATE_CHANGED, system.id(), system.state() + " -> " + to);
    }

    Allocation allocate(AllocationSpec spec, PoolState pool, String parentId) {
        String mac = spec.kind() != DeviceKind.NIC ? null : spec.mac() != null ? spec.mac() : nextMac();
        if (mac != null) {
            macs.add(mac);
        }
        String format = spec.kind() == DeviceKind.DISK && spec.format() == null ? "raw" : spec.format();
        pool.allocated += spec.quantity();
        return new Allocation(Identities.id("alloc-", ++allocationSeq), spec.kind(), pool.id, spec.quantity(),
                parentId, spec.addressOnParent(), format, spec.backing(), mac, null, -1, 0);
    }

    void release(String systemId, Allocation a) {
        pools.get(a.poolId()).allocated -= a.quantity();
        if (a.mac() != null) {
            macs.remove(a.mac());
        }
        if (a.connected()) {
            switches.get(a.switchId()).release(a.switchPort());
        }
    }

    String nextMac() {
        String mac;
        do {
            mac = identities.mac(macSeq++);
        } while (macs.contains(mac)); // skip a generated MAC someone already chose by hand
        return mac;
    }

    PoolState resolvePool(String field, String hostId, AllocationSpec spec) {
        ResourceType type = spec.kind().poolType();
        if (spec.poolId() == null) {
            return primordial.get(hostId)[type.ordinal()];
        }
        PoolState pool = pools.get(spec.poolId());
        if (pool == null) {
            throw ModelException.notFound(field, "pool", spec.poolId());
        }
        if (!pool.hostId.equals(hostId)) {
            throw ModelException.invalid(field, "pool " + pool.id + " belongs to " + pool.hostId + ", not " + hostId);
        }
        if (pool.type != type) {
            throw ModelException.invalid(field, "pool " + pool.id + " holds " + pool.type + " resources; a "
                    + spec.kind() + " allocation needs " + type);
        }
        return pool;
    }

    static int specParent(String field, List<AllocationSpec> wanted, int index) {
        String ref = wanted.get(index).parentId();
        int parent;
        try {
            parent = ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
        } catch (NumberFormatException e) {
            parent = -1;
        }
        if (parent < 0 || parent >= index) {
            throw ModelException.invalid(field, "'" + ref + "' must be \"#n\" naming an earlier allocation of the spec");
        }
        if (!wanted.get(parent).kind().controller()) {
            throw ModelException.invalid(field, "allocation " + ref + " is a " + wanted.get(parent).kind()
                    + ", not a controller");
        }
        return parent;
    }

    static void requireController(String field, VirtualSystem system, String parentId, String self) {
        Allocation parent = system.allocation(parentId);
        if (parent == null || !parent.kind().controller() || parentId.equals(self)) {
            throw ModelException.invalid(field, "'" + parentId + "' is not a controller of system " + system.id());
        }
    }

    static void requireAvailable(String field, PoolState pool, long amount) {
        if (pool.available() < amount) {
            throw capacityError(field, pool, amount);
        }
    }

    static ModelException capacityError(String field, PoolState pool, long amount) {
        return new ModelException(ErrorKind.INSUFFICIENT_CAPACITY, field, "pool " + pool.id + " (" + pool.type
                + ") has " + Math.max(0, pool.available()) + " " + pool.type.unit() + " available, " + amount
                + " needed");
    }

    void requireIdle(VirtualSystem system) {
        String jobId = activeJobBySystem.get(system.id());
        if (jobId != null) {
            throw new ModelException(ErrorKind.IN_USE, "systemId", "system " + system.id() + " is busy with job "
                    + jobId + " (" + jobs.get(jobId).operation() + ")");
        }
    }

    SwitchState switchNamed(String hostId, String name) {
        for (SwitchState s : switches.values()) {
            if (s.hostId.equals(hostId) && s.name.equals(name)) {
                return s;
            }
        }
        return null;
    }

    static List<Allocation> replace(List<Allocation> all, Allocation changed) {
        List<Allocation> out = new ArrayList<>(all.size());
        for (Allocation a : all) {
            out.add(a.id().equals(changed.id()) ? changed : a);
        }
        return out;
    }

    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    Host hostOrThrow(String field, String id) {
        return found(field, "host", id, hosts.get(requireArgument(field, id)));
    }

    PoolState poolOrThrow(String field, String id) {
        return found(field, "pool", id, pools.get(requireArgument(field, id)));
    }

    VirtualSystem systemOrThrow(String field, String id) {
        return found(field, "system", id, systems.get(requireArgument(field, id)));
    }

    SwitchState switchOrThrow(String field, String id) {
        return found(field, "switch", id, switches.get(requireArgument(field, id)));
    }

    Job jobOrThrow(String field, String id) {
        return found(field, "job", id, jobs.get(requireArgument(field, id)));
    }

    static Allocation allocationOrThrow(VirtualSystem system, String allocationId) {
        Allocation a = system.allocation(requireArgument("allocationId", allocationId));
        if (a == null) {
            throw ModelException.notFound("allocationId", "allocation of " + system.id(), allocationId);
        }
        return a;
    }

    static <T> T found(String field, String what, String id, T value) {
        if (value == null) {
            throw ModelException.notFound(field, what, id);
        }
        return value;
    }

    static <T> T requireArgument(String field, T value) {
        if (value == null) {
            throw ModelException.invalid(field, "must not be null");
        }
        return value;
    }

    /** Forgets the appliances none of whose systems exist any more (called when a system goes away). */
    void forgetAppliancesWithoutSystems() {
        var it = appliances.values().iterator();
        while (it.hasNext()) {
            Appliance a = it.next();
            if (a.systemIds().stream().noneMatch(systems::containsKey)) {
                it.remove();
                log(EventKind.APPLIANCE_FORGOTTEN, a.id(), "all systems of appliance " + a.id() + " are gone");
            }
        }
    }

    void log(EventKind kind, String subject, String message) {
        Event e = new Event(++eventSeq, tick, kind, subject, message);
        eventLog.append(e);
        operationEvents.add(e);
    }
}
