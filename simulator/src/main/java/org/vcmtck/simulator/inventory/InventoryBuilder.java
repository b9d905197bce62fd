package org.vcmtck.simulator.inventory;

import org.vcmtck.simulator.model.Allocation;
import org.vcmtck.simulator.model.AllocationSpec;
import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.DatacenterSnapshot;
import org.vcmtck.simulator.model.DeviceKind;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.ResourcePool;
import org.vcmtck.simulator.model.StateChange;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.model.SystemSettings;
import org.vcmtck.simulator.model.SystemSpec;
import org.vcmtck.simulator.model.SystemState;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds a datacenter from a hand-written inventory through the model's ordinary operations, in document order
 * (hosts, pools, switches, systems), so the seed decides every id, UUID and MAC the document leaves out.
 * Any refusal, ours or the model's, is reported at the line of the field at fault; the half-built datacenter is
 * dropped.
 */
final class InventoryBuilder {
    private static final String SNAPSHOT_HINT = " (tick, counters, jobs and events belong to complete snapshots,"
            + " which carry a 'counters' field)";

    private final Entry root;
    private final LoadOptions overrides;
    private Datacenter dc;

    private InventoryBuilder(Entry root, LoadOptions overrides) {
        this.root = root;
        this.overrides = overrides;
    }

    static Datacenter build(InventoryFile doc, LoadOptions overrides) throws InventoryException {
        return new InventoryBuilder(Entry.root(doc), overrides).build();
    }

    private Datacenter build() throws InventoryException {
        long version = root.integer("formatVersion", DatacenterSnapshot.FORMAT_VERSION);
        if (version != DatacenterSnapshot.FORMAT_VERSION) {
            throw root.error("formatVersion", "this simulator reads format " + DatacenterSnapshot.FORMAT_VERSION
                    + ", got " + version);
        }
        long seed = root.integer("seed", LoadOptions.DEFAULT_SEED);
        if (overrides.seed() != null) {
            seed = overrides.seed();
        }
        DatacenterOptions options = options(root.object("options"));
        dc = new Datacenter(seed, options);
        List<Entry> hosts = root.objects("hosts");
        List<Entry> pools = root.objects("pools");
        List<Entry> switches = root.objects("switches");
        List<Entry> systems = root.objects("systems");
        // users belong to the front ends (see InventoryUsers); checked here so a typo fails the load early
        InventoryUsers.of(root);
        root.finish(SNAPSHOT_HINT);
        for (Entry e : hosts) {
            host(e);
        }
        for (Entry e : pools) {
            pool(e);
        }
        for (Entry e : switches) {
            virtualSwitch(e);
        }
        for (Entry e : systems) {
            system(e);
        }
        return dc;
    }

    private DatacenterOptions options(Entry e) throws InventoryException {
        DatacenterOptions d = DatacenterOptions.defaults();
        if (e == null) {
            return overrides.jobTicks() == null ? d
                    : model(root, Map.of(), () -> new DatacenterOptions(overrides.jobTicks()));
        }
        int jobTicks = e.smallInteger("jobTicks", d.jobTicks());
        if (overrides.jobTicks() != null) {
            jobTicks = overrides.jobTicks();
        }
        int events = e.smallInteger("eventLogLimit", d.eventLogLimit());
        int history = e.smallInteger("jobHistoryLimit", d.jobHistoryLimit());
        e.finish();
        int ticks = jobTicks;
        return model(e, Map.of(), () -> new DatacenterOptions(ticks, events, history));
    }

    private void host(Entry e) throws InventoryException {
        String name = e.text("name");
        String id = e.optionalText("id");
        int cpus = e.requiredSmallInteger("logicalProcessors");
        long memory = e.size("memoryBytes");
        double cpuRatio = e.decimal("processorOvercommit", 1.0);
        double memoryRatio = e.decimal("memoryOvercommit", 1.0);
        List<StorageVolume> volumes = new ArrayList<>();
        for (Entry v : e.objects("storageVolumes")) {
            String volumeName = v.text("name");
            long capacity = v.size("capacityBytes");
            v.finish();
            volumes.add(model(v, Map.of(), () -> new StorageVolume(volumeName, capacity)));
        }
        List<PhysicalNic> nics = new ArrayList<>();
        for (Entry n : e.objects("nics")) {
            String nicName = n.text("name");
            String mac = n.text("mac");
            long speed = n.integer("speedBitsPerSecond", 1_000_000_000L);
            n.finish();
            nics.add(model(n, Map.of(), () -> new PhysicalNic(nicName, mac, speed)));
        }
        e.finish();
        Host host = model(e, Map.of(), () -> dc.addHost(
                new HostSpec(name, cpus, memory, volumes, nics, cpuRatio, memoryRatio)));
        expectId(e, "id", id, host.id());
    }

    private void pool(Entry e) throws InventoryException {
        String name = e.text("name");
        String id = e.optionalText("id");
        ResourcePool parent = poolRef(e, "parentId", e.text("parentId"));
        long capacity = "byte".equals(parent.unit()) ? e.size("capacity") : e.requiredInteger("capacity");
        double overcommit = e.decimal("overcommit", 1.0);
        e.finish();
        ResourcePool created = model(e, Map.of("parentPoolId", "parentId"),
                () -> dc.createChildPool(parent.id(), name, capacity, overcommit));
        expectId(e, "id", id, created.id());
    }

    private void virtualSwitch(Entry e) throws InventoryException {
        String name = e.text("name");
        String id = e.optionalText("id");
        Host host = hostRef(e, "hostId", e.text("hostId"));
        int ports = e.requiredSmallInteger("portCount");
        e.finish();
        VirtualSwitch created = model(e, Map.of("ports", "portCount"), () -> dc.createSwitch(host.id(), name, ports));
        expectId(e, "id", id, created.id());
    }

    /** What a NIC of a system entry asks to be connected to, resolved once the system exists. */
    private record Connection(Entry entry, int allocationIndex, String switchRef, int vlanId) {
    }

    private void system(Entry e) throws InventoryException {
        String name = e.text("name");
        String id = e.optionalText("id");
        String uuid = e.optionalText("uuid");
        Host host = hostRef(e, "hostId", e.text("hostId"));
        String systemType = e.optionalText("systemType");
        SystemState state = e.enumValue("state", SystemState.class);
        SystemSettings settings = settings(e.object("settings"));
        List<AllocationSpec> allocations = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        List<Entry> allocationEntries = e.objects("allocations");
        for (int i = 0; i < allocationEntries.size(); i++) {
            Entry a = allocationEntries.get(i);
            allocations.add(allocation(a, host));
            if (a.has("switchId")) {
                connections.add(new Connection(a, i, a.text("switchId"), a.smallInteger("vlanId", 0)));
            } else if (a.has("vlanId")) {
                throw a.error("vlanId", "needs a switchId to connect the NIC to");
            }
            a.finish();
        }
        e.finish();
        if (state != null && state.transitional()) {
            throw e.error("state", state + " only lasts while a job runs; give DEFINED, RUNNING, PAUSED or SUSPENDED");
        }
        VirtualSystem system = model(e, Map.of(),
                () -> dc.defineSystem(host.id(), new SystemSpec(name, systemType, settings, allocations)));
        expectId(e, "id", id, system.id());
        expectId(e, "uuid", uuid, system.uuid());
        for (int i = 0; i < allocationEntries.size(); i++) {
            expectId(allocationEntries.get(i), "id", allocationEntries.get(i).optionalText("id"),
                    system.allocations().get(i).id());
        }
        for (Connection c : connections) {
            Allocation nic = system.allocations().get(c.allocationIndex());
            if (nic.kind() != DeviceKind.NIC) {
                throw c.entry().error("switchId", "only NIC allocations connect to a switch");
            }
            VirtualSwitch target = switchRef(c.entry(), host, c.switchRef());
            model(c.entry(), Map.of(), () -> {
                dc.connectNic(system.id(), nic.id(), target.id(), c.vlanId());
                return null;
            });
        }
        reach(e, system.id(), state == null ? SystemState.DEFINED : state);
    }

    private AllocationSpec allocation(Entry a, Host host) throws InventoryException {
        a.optionalText("id");
        DeviceKind kind = a.enumValue("kind", DeviceKind.class);
        if (kind == null) {
            throw a.error("kind", "is required (one of PROCESSOR, MEMORY, DISK, NIC, CD_DVD, IDE_CONTROLLER,"
                    + " SCSI_CONTROLLER, SATA_CONTROLLER, PCI_CONTROLLER)");
        }
        long quantity = kind == DeviceKind.MEMORY || kind == DeviceKind.DISK ? a.size("quantity")
                : kind.sized() ? a.requiredInteger("quantity") : a.integer("quantity", 1);
        String poolRef = a.optionalText("poolId");
        String poolId = poolRef == null ? null : poolRef(a, "poolId", poolRef).id();
        String parentId = a.optionalText("parentId");
        String address = a.optionalText("addressOnParent");
        String format = a.optionalText("format");
        String backing = a.optionalText("backing");
        String mac = a.optionalText("mac");
        if (poolId != null && !dc.pool(poolId).hostId().equals(host.id())) {
            throw a.error("poolId", "pool " + poolRef + " belongs to another host than " + host.name());
        }
        return model(a, Map.of(),
                () -> new AllocationSpec(kind, quantity, poolId, parentId, address, format, backing, mac));
    }

    private SystemSettings settings(Entry e) throws InventoryException {
        if (e == null) {
            return null;
        }
        String description = e.optionalText("description");
        String osType = e.optionalText("osType");
        List<String> bootOrder = e.texts("bootOrder");
        e.finish();
        return model(e, Map.of(), () -> new SystemSettings(description, osType,
                bootOrder == null ? SystemSettings.DEFAULT.bootOrder() : bootOrder));
    }

    /** Drives a freshly defined system to the state the document asks for, letting each job finish. */
    private void reach(Entry e, String systemId, SystemState wanted) throws InventoryException {
        List<StateChange> steps = switch (wanted) {
            case DEFINED -> List.of();
            case RUNNING -> List.of(StateChange.START);
            case PAUSED -> List.of(StateChange.START, StateChange.PAUSE);
            case SUSPENDED -> List.of(StateChange.START, StateChange.SUSPEND);
            default -> throw new IllegalStateException("transitional state " + wanted);
        };
        for (StateChange step : steps) {
            model(e, Map.of("change", "state"), () -> dc.requestStateChange(systemId, step));
            dc.advance(dc.options().jobTicks());
        }
    }

    private Host hostRef(Entry e, String field, String ref) throws InventoryException {
        Host byName = null;
        for (Host h : dc.hosts()) {
            if (h.id().equals(ref)) {
                return h;
            }
            if (h.name().equals(ref)) {
                byName = h;
            }
        }
        if (byName == null) {
            throw e.error(field, "no host with id or name \"" + ref + "\" (hosts must be listed under 'hosts')");
        }
        return byName;
    }

    private ResourcePool poolRef(Entry e, String field, String ref) throws InventoryException {
        List<ResourcePool> named = new ArrayList<>();
        for (ResourcePool p : dc.pools()) {
            if (p.id().equals(ref)) {
                return p;
            }
            if (p.name().equals(ref)) {
                named.add(p);
            }
        }
        if (named.size() != 1) {
            throw e.error(field, named.isEmpty()
                    ? "no pool with id or name \"" + ref + "\" (primordial pools are named <host>-processor,"
                    + " <host>-memory, <host>-storage, <host>-ethernet, <host>-generic_device)"
                    : "pool name \"" + ref + "\" is ambiguous; use the pool id");
        }
        return named.get(0);
    }

    private VirtualSwitch switchRef(Entry e, Host host, String ref) throws InventoryException {
        for (VirtualSwitch s : dc.switches()) {
            if (s.id().equals(ref) || (s.name().equals(ref) && s.hostId().equals(host.id()))) {
                return s;
            }
        }
        throw e.error("switchId", "no switch with id \"" + ref + "\" or named so on host " + host.name());
    }

    private static void expectId(Entry e, String field, String given, String assigned) throws InventoryException {
        if (given != null && !given.equals(assigned)) {
            throw e.error(field, "the model assigns \"" + assigned + "\" here, not \"" + given
                    + "\"; leave it out, or use a complete snapshot (with counters) to fix ids");
        }
    }

    /**
     * Runs a model call, turning its refusal into an error at the field it names: {@code renames} maps model
     * parameter names to this document's field names, and a refusal naming no field points at the entry.
     */
    private static <T> T model(Entry scope, Map<String, String> renames, Supplier<T> call) throws InventoryException {
        try {
            return call.get();
        } catch (ModelException ex) {
            String field = ex.field();
            String message = ex.getMessage();
            if (field != null && message.startsWith(field + ": ")) {
                message = message.substring(field.length() + 2);
            }
            if (field == null) {
                throw scope.error(null, message);
            }
            String head = field.split("[.\\[]", 2)[0];
            String renamed = renames.getOrDefault(field, renames.getOrDefault(head, null));
            String local = renamed != null ? renamed : field;
            throw scope.error(local, message);
        }
    }
}
