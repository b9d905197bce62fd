package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The virtual datacenter: hosts, pools, virtual systems, switches, jobs, events and meters, shared by all
 * protocol views.
 *
 * <p>Every operation applies fully or changes nothing: it checks everything first, then applies steps that
 * cannot fail. One read/write lock per datacenter serialises changes. Everything returned is an immutable record.
 * Ids, UUIDs and MACs are derived from the seed and sequence counters, so the same seed and the same operations
 * give the same model, and a restored snapshot continues the same sequences.
 *
 * <p>Jobs: with {@code jobTicks} = 0 every job finishes inside the call that starts it; otherwise a job advances
 * one step per clock tick and finishes after {@code jobTicks} ticks. While a job runs, its system is busy: other
 * operations on it are refused with {@link ErrorKind#IN_USE}. Capacity a job needs (a migration's destination
 * capacity and switch ports) is reserved when the job starts, so a started job cannot fail; killing it undoes
 * what it did and releases what it holds.
 *
 * <p>This class holds the lock and the listeners; the operations themselves live in package-private classes
 * per concern ({@link PoolOperations}, {@link SystemOperations}, {@link MigrationOperation},
 * {@link SwitchOperations}, {@link JobEngine}).
 */
public final class Datacenter {
    private static final System.Logger LOG = System.getLogger(Datacenter.class.getName());

    private final long seed;
    private final DatacenterOptions options;
    private final VirtualClock clock = new VirtualClock(this);
    private final WorkloadMeter meter;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** {@link #systems()} as of the last change; dropped by every write. */
    private volatile List<VirtualSystem> systemsSnapshot;
    private final ModelState state;
    private final JobEngine engine;
    private final PoolOperations poolOps;
    private final SystemOperations systemOps;
    private final MigrationOperation migration;
    private final SwitchOperations switchOps;

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<Notification> undelivered = new ConcurrentLinkedQueue<>();
    private final Object deliveryLock = new Object();

    private record Notification(long changeCount, List<Event> events) {
    }

    public Datacenter(long seed) {
        this(seed, DatacenterOptions.defaults());
    }

    public Datacenter(long seed, DatacenterOptions options) {
        ModelState.requireArgument("options", options);
        this.seed = seed;
        this.options = options;
        this.meter = new WorkloadMeter(seed);
        this.state = new ModelState(seed, options);
        this.engine = new JobEngine(state);
        this.poolOps = new PoolOperations(state);
        this.systemOps = new SystemOperations(state, engine);
        this.migration = new MigrationOperation(state, engine);
        this.switchOps = new SwitchOperations(state);
    }

    public long seed() {
        return seed;
    }

    public DatacenterOptions options() {
        return options;
    }

    public VirtualClock clock() {
        return clock;
    }

    long now() {
        return state.tick;
    }

    // ---------------------------------------------------------------- hosts and pools

    /** Adds a host and its five primordial pools (one per {@link ResourceType}). */
    public Host addHost(HostSpec spec) {
        return write(() -> poolOps.addHost(spec));
    }

    public List<Host> hosts() {
        return read(() -> List.copyOf(state.hosts.values()));
    }

    public Host host(String id) {
        return read(() -> state.hostOrThrow("id", id));
    }

    public ResourcePool primordialPool(String hostId, ResourceType type) {
        ModelState.requireArgument("type", type);
        return read(() -> {
            state.hostOrThrow("hostId", hostId);
            return state.primordial.get(hostId)[type.ordinal()].view();
        });
    }

    public List<ResourcePool> pools() {
        return read(() -> state.pools.values().stream().map(PoolState::view).toList());
    }

    public ResourcePool pool(String id) {
        return read(() -> state.poolOrThrow("id", id).view());
    }

    /** Carves a child pool out of a parent: the child's capacity is reserved in the parent. */
    public ResourcePool createChildPool(String parentPoolId, String name, long capacity, double overcommit) {
        return write(() -> poolOps.createChildPool(parentPoolId, name, capacity, overcommit));
    }

    /** Deletes a child pool; refused for primordial pools and pools with allocations or children. */
    public void deletePool(String poolId) {
        run(() -> poolOps.deletePool(poolId));
    }

    // ---------------------------------------------------------------- virtual systems

    /**
     * Defines a system on a host, in state DEFINED, allocating every resource of the spec or none.
     * Parents inside the spec are written "#n" (see {@link AllocationSpec}).
     */
    public VirtualSystem defineSystem(String hostId, SystemSpec spec) {
        return write(() -> systemOps.defineSystem(hostId, spec));
    }

    /**
     * Creates a system asynchronously: it is defined at once (every resource of the spec is allocated, or the
     * call is refused as {@link #defineSystem} would be) and stays busy while the returned CREATE job runs for
     * {@code creation.ticks()} ticks. On success it settles in {@code creation.settlesIn()}; a creation given a
     * failure ends FAILED and removes the system again, releasing what it held. Killing the job does the same.
     */
    public Job createSystem(String hostId, SystemSpec spec, SystemCreation creation) {
        return write(() -> systemOps.createSystem(hostId, spec, creation));
    }

    /**
     * Every system, in definition order. The list is a snapshot kept until the next change, so the frequent
     * reads of a large datacenter (a CIMI collection page, say) do not copy every system each time.
     */
    public List<VirtualSystem> systems() {
        return read(() -> {
            List<VirtualSystem> snapshot = systemsSnapshot;
            if (snapshot == null) {
                // taken under the read lock, so no change can slip in between the copy and the caching
                snapshot = List.copyOf(state.systems.values());
                systemsSnapshot = snapshot;
            }
            return snapshot;
        });
    }

    public int systemCount() {
        return read(() -> state.systems.size());
    }

    public VirtualSystem system(String id) {
        return read(() -> state.systemOrThrow("id", id));
    }

    /**
     * Requests a lifecycle change (see {@link SystemLifecycle}). START (from DEFINED) and STOP show STARTING /
     * STOPPING while their job runs; the other changes take effect when their job completes.
     */
    public Job requestStateChange(String systemId, StateChange change) {
        return write(() -> systemOps.requestStateChange(systemId, change));
    }

    /** Destroys a system that is off (DEFINED); its resources return to their pools when the job completes. */
    public Job destroySystem(String systemId) {
        return write(() -> systemOps.destroySystem(systemId));
    }

    public Allocation addAllocation(String systemId, AllocationSpec spec) {
        return write(() -> systemOps.addAllocation(systemId, spec));
    }

    /**
     * Changes an allocation: quantity, pool, parent, address, format, backing, MAC. Null fields of the spec keep
     * the current value; the kind cannot change.
     */
    public Allocation modifyAllocation(String systemId, String allocationId, AllocationSpec spec) {
        return write(() -> systemOps.modifyAllocation(systemId, allocationId, spec));
    }

    /** Removes an allocation, returning its quantity to its pool; a controller still parenting devices stays. */
    public void removeAllocation(String systemId, String allocationId) {
        run(() -> systemOps.removeAllocation(systemId, allocationId));
    }

    public VirtualSystem modifySettings(String systemId, SystemSettings settings) {
        return write(() -> systemOps.modifySettings(systemId, settings));
    }

    public VirtualSystem renameSystem(String systemId, String name) {
        return write(() -> systemOps.renameSystem(systemId, name));
    }

    /**
     * Moves a system to another host. All allocations are re-homed to the destination's primordial pools, and
     * connected NICs to the destination switch with the same name (same VLAN); both are reserved when the job
     * starts, and a lack of either refuses the request with INSUFFICIENT_CAPACITY. OFFLINE needs a DEFINED
     * system, LIVE a RUNNING one, which keeps running. Id, UUID and MACs stay.
     */
    public Job migrate(String systemId, String destinationHostId, MigrationKind kind) {
        return write(() -> migration.migrate(systemId, destinationHostId, kind));
    }

    // ---------------------------------------------------------------- appliances (deployed OVF packages)

    /**
     * Records the package metadata of systems deployed together. Refused (INVALID_ARGUMENT) when the id is taken,
     * a system id is unknown, or a system already belongs to another appliance. Forgotten automatically when the
     * last of its systems is destroyed.
     */
    public Appliance recordAppliance(Appliance appliance) {
        ModelState.requireArgument("appliance", appliance);
        return write(() -> {
            ApplianceRules.check(state, appliance);
            state.appliances.put(appliance.id(), appliance);
            state.log(EventKind.APPLIANCE_RECORDED, appliance.id(), "package metadata kept for systems "
                    + appliance.systemIds());
            return appliance;
        });
    }

    public List<Appliance> appliances() {
        return read(() -> List.copyOf(state.appliances.values()));
    }

    /** The appliance a system was deployed in, or null when it did not come from a package. */
    public Appliance applianceOf(String systemId) {
        return read(() -> state.appliances.values().stream().filter(a -> a.systemIds().contains(systemId))
                .findFirst().orElse(null));
    }

    // ---------------------------------------------------------------- switches

    public VirtualSwitch createSwitch(String hostId, String name, int ports) {
        return write(() -> switchOps.createSwitch(hostId, name, ports));
    }

    public List<VirtualSwitch> switches() {
        return read(() -> state.switches.values().stream().map(SwitchState::view).toList());
    }

    public VirtualSwitch virtualSwitch(String id) {
        return read(() -> state.switchOrThrow("id", id).view());
    }

    /** Deletes a switch; refused while NICs are connected to it. */
    public void deleteSwitch(String id) {
        run(() -> switchOps.deleteSwitch(id));
    }

    /** Connects a NIC to a free port of a switch on the system's host (or changes its VLAN if already there). */
    public void connectNic(String systemId, String nicAllocationId, String switchId, int vlanId) {
        run(() -> switchOps.connectNic(systemId, nicAllocationId, switchId, vlanId));
    }

    /** Disconnects a NIC from its switch; a NIC that is not connected is left as it is. */
    public void disconnectNic(String systemId, String nicAllocationId) {
        run(() -> switchOps.disconnectNic(systemId, nicAllocationId));
    }

    // ---------------------------------------------------------------- jobs and clock

    public List<Job> jobs() {
        return read(() -> List.copyOf(state.jobs.values()));
    }

    public Job job(String id) {
        return read(() -> state.jobOrThrow("id", id));
    }

    /**
     * The job running on a system, or null when it is idle: a map lookup, so views that show a system's state on
     * every request need not copy and scan the whole job history.
     */
    public Job runningJobOf(String systemId) {
        return read(() -> {
            String jobId = state.activeJobBySystem.get(systemId);
            return jobId == null ? null : state.jobs.get(jobId);
        });
    }

    /** Kills a running job: what it changed is undone and what it reserved is released. */
    public void killJob(String id) {
        run(() -> engine.kill(id));
    }

    /** Forgets a finished job (refused with INVALID_STATE_TRANSITION while it runs). */
    public void deleteJob(String id) {
        run(() -> engine.forget(id));
    }

    public void tick() {
        advance(1);
    }

    /** Moves the clock forward; every running job advances one step per tick. */
    public void advance(long ticks) {
        Checks.notNegative("ticks", ticks);
        if (ticks > 0) {
            run(() -> engine.advance(ticks));
        }
    }

    // ---------------------------------------------------------------- events, meters, listeners

    public List<Event> events() {
        return read(state.eventLog::all);
    }

    /** Events with a sequence number greater than {@code sequence} still in the log, oldest first. */
    public List<Event> eventsSince(long sequence) {
        return read(() -> state.eventLog.since(sequence));
    }

    /** CPU and memory use of a system at a tick, derived from (seed, system id, tick); zero unless RUNNING. */
    public MeterSample sample(String systemId, long tick) {
        Checks.notNegative("tick", tick);
        return read(() -> meter.sample(state.systemOrThrow("systemId", systemId), tick));
    }

    public void addChangeListener(ChangeListener listener) {
        listeners.add(ModelState.requireArgument("listener", listener));
    }

    public void removeChangeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- snapshot / restore

    /** The whole model as plain records, taken consistently under the lock. */
    public DatacenterSnapshot snapshot() {
        return read(() -> SnapshotCodec.snapshot(seed, state));
    }

    /**
     * Rebuilds a datacenter from a snapshot: the same state, and the same next ids, UUIDs and MACs. Running jobs
     * continue on the restored clock. Refuses (INVALID_ARGUMENT) a snapshot whose pool accounting, references or
     * switch ports do not add up.
     */
    public static Datacenter restore(DatacenterSnapshot snapshot) {
        ModelState.requireArgument("snapshot", snapshot);
        if (snapshot.formatVersion() != DatacenterSnapshot.FORMAT_VERSION) {
            throw ModelException.invalid("formatVersion", "unsupported snapshot format " + snapshot.formatVersion());
        }
        ModelState.requireArgument("options", snapshot.options());
        ModelState.requireArgument("counters", snapshot.counters());
        Datacenter dc = new Datacenter(snapshot.seed(), snapshot.options());
        SnapshotCodec.load(dc.state, snapshot);
        return dc;
    }

    // ---------------------------------------------------------------- locking and notification

    private <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void run(Runnable body) {
        write(() -> {
            body.run();
            return null;
        });
    }

    /** Runs a change under the write lock; counts it and queues listener calls if it changed anything. */
    private <T> T write(Supplier<T> body) {
        T result;
        lock.writeLock().lock();
        try {
            state.operationEvents = new ArrayList<>(4);
            state.clockMoved = false;
            result = body.get();
            if (!state.operationEvents.isEmpty() || state.clockMoved) {
                state.changeSeq++;
                if (!listeners.isEmpty()) {
                    undelivered.add(new Notification(state.changeSeq, List.copyOf(state.operationEvents)));
                }
            }
        } finally {
            // after the body: a snapshot taken by the body itself (reads inside a change) must not survive it
            systemsSnapshot = null;
            lock.writeLock().unlock();
        }
        deliver();
        return result;
    }

    /** Delivers queued notifications in change order; one thread at a time so listeners never see them reordered. */
    private void deliver() {
        if (undelivered.isEmpty()) {
            return;
        }
        synchronized (deliveryLock) {
            Notification n;
            while ((n = undelivered.poll()) != null) {
                for (ChangeListener l : listeners) {
                    try {
                        l.changed(n.changeCount(), n.events());
                    } catch (RuntimeException e) {
                        // a broken listener must neither undo a committed change nor starve the other listeners
                        LOG.log(System.Logger.Level.WARNING, "change listener failed", e);
                    }
                }
            }
        }
    }
}
