package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * {@code benchmark-ovf}: measures the OVF engine and prints the figures against the reference's targets. Option
 * values are checked in {@link OvfBenchmarkRun}, so that every usage error exits 2 with one message.
 */
@Command(name = "benchmark-ovf", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Measures the OVF engine and prints each figure with its target and PASS, or BELOW/OVER when the"
                        + " target is missed:",
                "  1. OVA verification throughput: a generated OVA (descriptor, SHA256 manifest, one raw disk"
                        + " image of the chosen size) verified by the package reader, against sha256sum of the"
                        + " same file (or Java's SHA-256 over a file stream when sha256sum is not installed);"
                        + " target ratio >= " + OvfBenchmarkRun.TARGET_RATIO + ". Best of two runs each, after"
                        + " a warm-up read, so both see a warm page cache.",
                "  2. Descriptor validation rate: a ~20 KB exported descriptor parsed and checked on one thread;"
                        + " target >= " + OvfBenchmarkRun.TARGET_DESCRIPTORS_PER_SECOND + " descriptors/s.",
                "  3. Peak heap while verifying the OVA, above the idle heap; target under "
                        + OvfBenchmarkRun.TARGET_HEAP_MEGABYTES + " MB.",
                "Targets are reported, not enforced. Exit codes: 0 measured (whatever the figures); 1 the"
                        + " generated package failed verification, or unexpected failure; 2 bad usage."})
final class OvfBenchmarkCommand {
    static final double DEFAULT_SIZE_GIB = 2;
    static final int DEFAULT_DESCRIPTORS = 20_000;

    @Option(names = "--size-gib", paramLabel = "N",
            description = "Size of the OVA's disk image in GiB, fractions allowed (default: "
                    + "2). Needs about this much free space in the work folder.")
    Double sizeGib;

    @Option(names = "--size-mib", paramLabel = "N",
            description = "Size of the disk image in MiB instead of --size-gib, for quick runs.")
    Long sizeMib;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Folder the OVA is written into (created if missing); the OVA is deleted afterwards."
                    + " Default: a new temporary folder, deleted afterwards.")
    Path workDir;

    @Option(names = "--descriptors", paramLabel = "N",
            description = "How many times the descriptor is parsed and checked for the validation rate"
                    + " (default: " + DEFAULT_DESCRIPTORS + ").")
    Integer descriptors;

    /** The disk image size in bytes; refuses both sizes at once and non-positive sizes. */
    long diskBytes() {
        if (sizeGib != null && sizeMib != null) {
            throw new IllegalArgumentException("give --size-gib or --size-mib, not both");
        }
        if (sizeMib != null) {
            if (sizeMib < 1) {
                throw new IllegalArgumentException("--size-mib must be at least 1, was " + sizeMib);
            }
            return Math.multiplyExact(sizeMib, 1L << 20);
        }
        double gib = sizeGib == null ? DEFAULT_SIZE_GIB : sizeGib;
        if (!(gib > 0) || gib > 1024) {
            throw new IllegalArgumentException("--size-gib must be above 0 and at most 1024, was " + gib);
        }
        return Math.max(1, Math.round(gib * (1L << 30)));
    }

    int descriptorCount() {
        int n = descriptors == null ? DEFAULT_DESCRIPTORS : descriptors;
        if (n < 1) {
            throw new IllegalArgumentException("--descriptors must be at least 1, was " + n);
        }
        return n;
    }
}
