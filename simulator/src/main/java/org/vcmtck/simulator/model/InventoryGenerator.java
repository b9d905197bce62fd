package org.vcmtck.simulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a populated datacenter for demos, load tests and the launcher: N identical hosts, each with one switch
 * "vswitch0", and M systems spread round-robin over them (1–4 vCPUs, 1–8 GiB, one 10–40 GiB disk, one NIC on
 * the host switch), about half of them started. Sizes come from a RNG seeded with the same seed as the
 * datacenter, so the same arguments always give the same inventory.
 *
 * <p>A host has 64 logical processors, 512 GiB, a 4 TiB volume and two 10 Gb/s NICs; when many systems share a
 * host, its processor/memory over-commit, volumes, NICs and switch ports grow so that every system still fits.
 */
public final class InventoryGenerator {
    public static final String SWITCH_NAME = "vswitch0";

    private static final long GIB = 1L << 30;
    private static final long TIB = 1L << 40;
    private static final int CPUS = 64;
    private static final long MEMORY = 512 * GIB;
    private static final int MAX_VCPUS = 4;
    private static final long MAX_MEMORY = 8 * GIB;
    private static final long MAX_DISK = 40 * GIB;

    private InventoryGenerator() {
    }

    public static Datacenter generate(int hosts, int vms, long seed) {
        return generate(hosts, vms, seed, DatacenterOptions.defaults());
    }

    /** As {@link #generate(int, int, long)}; with job ticks, the clock is advanced until every start completed. */
    public static Datacenter generate(int hosts, int vms, long seed, DatacenterOptions options) {
        if (hosts < 1) {
            throw ModelException.invalid("hosts", "must be at least 1, was " + hosts);
        }
        if (vms < 0) {
            throw ModelException.invalid("vms", "must not be negative, was " + vms);
        }
        Datacenter dc = new Datacenter(seed, options);
        int perHost = (vms + hosts - 1) / hosts;
        List<String> hostIds = new ArrayList<>(hosts);
        List<String> switchIds = new ArrayList<>(hosts);
        for (int h = 0; h < hosts; h++) {
            Host host = dc.addHost(hostSpec(h, perHost));
            hostIds.add(host.id());
            switchIds.add(dc.createSwitch(host.id(), SWITCH_NAME, Math.max(64, perHost)).id());
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < vms; i++) {
            int h = i % hosts;
            String name = "guest-" + (i + 1);
            String format = rnd.nextBoolean() ? "raw" : "vmdk-streamOptimized";
            SystemSpec spec = new SystemSpec(name, null,
                    new SystemSettings("generated guest " + (i + 1), "linux", List.of("disk", "network")),
                    List.of(AllocationSpec.processors(1 + rnd.nextInt(MAX_VCPUS)),
                            AllocationSpec.memory((1 + rnd.nextInt(8)) * GIB),
                            AllocationSpec.disk((10 + rnd.nextInt(31)) * GIB, format,
                                    "/datastore0/" + name + "/disk0.img"),
                            AllocationSpec.nic()));
            VirtualSystem vs = dc.defineSystem(hostIds.get(h), spec);
            dc.connectNic(vs.id(), vs.allocationsOf(DeviceKind.NIC).get(0).id(), switchIds.get(h), 0);
            if (rnd.nextBoolean()) {
                dc.requestStateChange(vs.id(), StateChange.START);
            }
        }
        dc.advance(options.jobTicks());
        return dc;
    }

    private static HostSpec hostSpec(int index, int perHost) {
        // Sized for the worst case (every system at its maximum), so generation can never run out of capacity.
        double cpuRatio = Math.max(8.0, Math.ceil((double) perHost * MAX_VCPUS / CPUS));
        double memoryRatio = Math.max(1.5, Math.ceil((double) perHost * MAX_MEMORY / MEMORY));
        int volumes = (int) Math.max(1, (perHost * MAX_DISK + TIB * 4 - 1) / (TIB * 4));
        int nics = Math.max(2, (perHost + HostSpec.VIRTUAL_PORTS_PER_NIC - 1) / HostSpec.VIRTUAL_PORTS_PER_NIC);
        List<StorageVolume> storage = new ArrayList<>(volumes);
        for (int v = 0; v < volumes; v++) {
            storage.add(new StorageVolume("datastore" + v, 4 * TIB));
        }
        List<PhysicalNic> ports = new ArrayList<>(nics);
        for (int n = 0; n < nics; n++) {
            // globally administered addresses in a fixed vendor block, unique per (host, NIC)
            ports.add(new PhysicalNic("eth" + n, String.format("00:16:3e:%02x:%02x:%02x",
                    (index >> 8) & 0xFF, index & 0xFF, n & 0xFF), 10_000_000_000L));
        }
        return new HostSpec("host" + (index + 1), CPUS, MEMORY, storage, ports, cpuRatio, memoryRatio);
    }
}
