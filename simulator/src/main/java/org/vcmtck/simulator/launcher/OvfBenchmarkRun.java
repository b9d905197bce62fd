package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.OvfPackageException;
import org.vcmtck.simulator.ovf.descriptor.DescriptorReading;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptorReader;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.vcmtck.simulator.ovf.pkg.PackageMember;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs a parsed {@link OvfBenchmarkCommand} and prints one figure line per target: {@code verify throughput
 * ratio}, {@code descriptor validation rate} and {@code peak heap while verifying}, each ending in PASS or in
 * BELOW/OVER. Figures depend on the machine, so they are printed for a person to judge, never asserted by tests.
 */
final class OvfBenchmarkRun {
    static final double TARGET_RATIO = 0.8;
    static final int TARGET_DESCRIPTORS_PER_SECOND = 2_000;
    static final long TARGET_HEAP_MEGABYTES = 64;
    private static final int RUNS = 2;
    private static final double MB = 1_000_000.0;

    private final PrintWriter out;
    private final PrintWriter err;
    private final String name;

    private OvfBenchmarkRun(PrintWriter out, PrintWriter err, String name) {
        this.out = out;
        this.err = err;
        this.name = name;
    }

    /** Returns the exit code; messages go to {@code err} prefixed with {@code name}. */
    static int run(OvfBenchmarkCommand command, PrintWriter out, PrintWriter err, String name) {
        return run(command, Sha256Baseline.detect(), out, err, name);
    }

    static int run(OvfBenchmarkCommand command, Sha256Baseline baseline, PrintWriter out, PrintWriter err,
                   String name) {
        long diskBytes;
        int descriptors;
        try {
            diskBytes = command.diskBytes();
            descriptors = command.descriptorCount();
        } catch (IllegalArgumentException | ArithmeticException e) {
            err.println(name + " benchmark-ovf: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        OvfBenchmarkRun run = new OvfBenchmarkRun(out, err, name);
        try {
            return run.measure(command.workDir, diskBytes, descriptors, baseline);
        } catch (IOException | UncheckedIOException e) {
            err.println(name + " benchmark-ovf: " + e.getMessage());
            return LaunchException.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int measure(Path workDir, long diskBytes, int descriptors, Sha256Baseline baseline) throws IOException {
        boolean ownFolder = workDir == null;
        Path folder = ownFolder ? Files.createTempDirectory("vcmtck-benchmark-ovf")
                : Files.createDirectories(workDir);
        Path ova = null;
        try {
            out.println("generating: " + diskBytes + " bytes of disk image into " + folder);
            out.flush();
            BenchmarkOva.Generated generated = BenchmarkOva.write(folder, diskBytes);
            ova = generated.path();
            out.println("package: " + ova + " (" + generated.fileBytes() + " bytes)");
            out.flush();
            boolean verified = throughput(generated, baseline);
            descriptorRate(descriptors);
            return verified ? 0 : LaunchException.FAILURE;
        } finally {
            if (ownFolder) {
                deleteTree(folder);
            } else if (ova != null) {
                Files.deleteIfExists(ova);
            }
        }
    }

    /** Parts 1 and 3: verification against the baseline, and the heap the verification needs. */
    private boolean throughput(BenchmarkOva.Generated ova, Sha256Baseline baseline) throws IOException {
        warmUp(ova.path());
        OvfPackageReader reader = new OvfPackageReader();
        long bestVerify = Long.MAX_VALUE;
        long peakHeap = 0;
        int samples = 0;
        OvfPackage pkg = null;
        for (int i = 0; i < RUNS; i++) {
            long idle = HeapSampler.settledHeap();
            long start;
            long nanos;
            try (HeapSampler heap = HeapSampler.start()) {
                start = System.nanoTime();
                pkg = read(reader, ova.path());
                nanos = System.nanoTime() - start;
                heap.close();
                peakHeap = Math.max(peakHeap, heap.peakBytes() - idle);
                samples += heap.samples();
            }
            if (pkg == null) {
                return false;
            }
            bestVerify = Math.min(bestVerify, nanos);
        }
        if (pkg.hasErrors()) {
            err.println(name + " benchmark-ovf: the package reader reported errors on the generated OVA:");
            pkg.errors().forEach(f -> err.println("  " + f));
            return false;
        }
        PackageMember disk = pkg.member(BenchmarkOva.DISK_NAME);
        if (disk == null || disk.size() != ova.diskBytes()) {
            err.println(name + " benchmark-ovf: the package reader did not stream the whole disk image");
            return false;
        }
        long bestBaseline = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            String digest = baseline.digest(ova.path());
            bestBaseline = Math.min(bestBaseline, System.nanoTime() - start);
            if (i == 0 && digest.length() != 64) {
                throw new IOException("the baseline gave no SHA-256: " + digest);
            }
        }
        double verifyRate = rate(ova.fileBytes(), bestVerify);
        double baselineRate = rate(ova.fileBytes(), bestBaseline);
        double ratio = verifyRate / baselineRate;
        out.println(String.format(Locale.ROOT, "verify: OvfPackageReader %.1f MB/s (best of %d: %.3f s, %d"
                + " findings, no errors)", verifyRate, RUNS, bestVerify / 1e9, pkg.findings().size()));
        out.println(String.format(Locale.ROOT, "baseline: %s %.1f MB/s (best of %d: %.3f s)",
                baseline.description(), baselineRate, RUNS, bestBaseline / 1e9));
        out.println(String.format(Locale.ROOT, "verify throughput ratio: %.2f (target >= %.2f): %s",
                ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "PASS" : "BELOW"));
        double heapMegabytes = Math.max(0, peakHeap) / (1024.0 * 1024);
        out.println(String.format(Locale.ROOT, "peak heap while verifying: %.1f MB above idle (%d samples, one"
                        + " every %d ms) (target under %d MB): %s", heapMegabytes, samples, HeapSampler.PERIOD_MILLIS,
                TARGET_HEAP_MEGABYTES, heapMegabytes < TARGET_HEAP_MEGABYTES ? "PASS" : "OVER"));
        out.flush();
        return true;
    }

    /** The package, or null after reporting why it could not be read at all. */
    private OvfPackage read(OvfPackageReader reader, Path ova) {
        try {
            return reader.read(ova);
        } catch (OvfPackageException e) {
            err.println(name + " benchmark-ovf: the package reader refused the generated OVA: " + e.getMessage());
            return null;
        }
    }

    /** Part 2: one thread parsing and checking the same descriptor, after a warm-up so the JIT has compiled it. */
    private void descriptorRate(int count) {
        byte[] ovf = BenchmarkDescriptor.typical();
        OvfDescriptorReader reader = new OvfDescriptorReader();
        int warmUp = Math.min(count, 2_000);
        long errors = 0;
        for (int i = 0; i < warmUp; i++) {
            errors += parse(reader, ovf);
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            errors += parse(reader, ovf);
        }
        long nanos = Math.max(1, System.nanoTime() - start);
        double perSecond = count / (nanos / 1e9);
        out.println(String.format(Locale.ROOT, "descriptor validation rate: %.0f descriptors/s (%d of %d bytes in"
                        + " %.3f s, one thread%s) (target >= %d/s): %s", perSecond, count, ovf.length, nanos / 1e9,
                errors == 0 ? "" : ", " + errors + " error findings", TARGET_DESCRIPTORS_PER_SECOND,
                perSecond >= TARGET_DESCRIPTORS_PER_SECOND ? "PASS" : "BELOW"));
        out.flush();
    }

    /** The number of error findings, so the work cannot be optimised away and a broken descriptor shows. */
    private static long parse(OvfDescriptorReader reader, byte[] ovf) {
        try {
            DescriptorReading r = reader.read(ovf, BenchmarkOva.NAME + ".ovf");
            return r.findings().stream().filter(OvfFinding::isError).count();
        } catch (OvfPackageException e) {
            return 1;
        }
    }

    /** Reads the whole file once so both measurements start from the same warm page cache. */
    private static void warmUp(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) >= 0) {
                buf.clear();
            }
        }
    }

    private static double rate(long bytes, long nanos) {
        return bytes / MB / (Math.max(1, nanos) / 1e9);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
