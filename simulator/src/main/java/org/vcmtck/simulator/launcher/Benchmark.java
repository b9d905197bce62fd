package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.DatacenterOptions;
import org.vcmtck.simulator.model.InventoryGenerator;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * {@code --benchmark}: how long generating a datacenter takes and how much heap it keeps, against the targets of
 * the reference (10,000 systems on 100 hosts in under 2 s and under 300 MB). Figures are printed, never judged by
 * a unit test: they depend on the machine.
 */
final class Benchmark {
    static final long TARGET_MILLIS = 2_000;
    static final long TARGET_MEGABYTES = 300;

    private Benchmark() {
    }

    static void run(PrintWriter out, int hosts, int vms, long seed) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        long start = System.nanoTime();
        Datacenter dc = InventoryGenerator.generate(hosts, vms, seed, DatacenterOptions.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = settledHeap(memory);
        Reference.reachabilityFence(dc);
        long megabytes = Math.max(0, after - before) / (1024 * 1024);
        out.println("generate: " + millis + " ms for " + vms + " virtual systems on " + hosts + " hosts");
        out.println("retained heap: " + megabytes + " MB");
        out.println("target generate under " + TARGET_MILLIS + " ms: " + (millis < TARGET_MILLIS ? "PASS" : "OVER"));
        out.println("target retained heap under " + TARGET_MEGABYTES + " MB: "
                + (megabytes < TARGET_MEGABYTES ? "PASS" : "OVER"));
        out.flush();
    }

    /** Used heap after a few collections; one System.gc() is only a hint and may leave garbage behind. */
    private static long settledHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
