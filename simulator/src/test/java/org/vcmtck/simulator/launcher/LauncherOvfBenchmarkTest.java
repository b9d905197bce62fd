package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import org.vcmtck.simulator.ovf.descriptor.DescriptorReading;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptorReader;
import org.vcmtck.simulator.ovf.pkg.DigestAlgorithm;
import org.vcmtck.simulator.ovf.pkg.OvfPackage;
import org.vcmtck.simulator.ovf.pkg.OvfPackageReader;
import org.vcmtck.simulator.ovf.pkg.PackageMember;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Functional tests of {@code benchmark-ovf}: it runs and prints its figures; the figures themselves are not judged. */
public class LauncherOvfBenchmarkTest extends LauncherTestSupport {
    private static final String FIGURE = " (PASS|BELOW|OVER)$";

    @Test
    public void printsTheThreeFiguresWithTheirTargetsAndExitsZero() throws IOException {
        Path work = dir.resolve("work");
        Result r = run("benchmark-ovf", "--size-mib", "4", "--descriptors", "20", "--work-dir", work.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("verify throughput ratio: ")).singleElement()
                .satisfies(l -> assertThat(l).contains("target >= 0.80").containsPattern(FIGURE));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("descriptor validation rate: ")).singleElement()
                .satisfies(l -> assertThat(l).contains("descriptors/s", "20 of", "target >= 2000/s")
                        .doesNotContain("error findings").containsPattern(FIGURE));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("peak heap while verifying: ")).singleElement()
                .satisfies(l -> assertThat(l).contains("MB above idle", "target under 64 MB")
                        .containsPattern(FIGURE));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("verify: OvfPackageReader ")
                .contains("MB/s", "no errors"));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("baseline: ").contains("MB/s"));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("package: " + work.resolve("benchmark.ova")));
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("the given work folder is kept, the OVA in it deleted").isEmpty();
        }
    }

    @Test
    public void acceptsAFractionalSizeInGib() {
        Result r = run("benchmark-ovf", "--size-gib", "0.002", "--descriptors", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        long bytes = Math.round(0.002 * (1L << 30));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("generating: " + bytes + " bytes"));
        assertThat(r.outLines()).filteredOn(l -> l.matches(".*" + FIGURE)).hasSize(3);
    }

    @Test
    public void fallsBackToJavaSha256WhenToldTo() {
        OvfBenchmarkCommand command = new OvfBenchmarkCommand();
        new CommandLine(command).parseArgs("--size-mib", "1", "--descriptors", "3", "--work-dir",
                dir.resolve("java").toString());
        StringWriter out = new StringWriter();
        int exit = OvfBenchmarkRun.run(command, Sha256Baseline.javaOnly(), new PrintWriter(out),
                new PrintWriter(new StringWriter()), "test");
        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList()).anySatisfy(l -> assertThat(l)
                .startsWith("baseline: Java SHA-256 over a FileInputStream (no sha256sum on the PATH)"));
    }

    @Test
    public void refusesBadOptionsWithExitTwo() {
        Result both = run("benchmark-ovf", "--size-gib", "1", "--size-mib", "8");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        Result zero = run("benchmark-ovf", "--size-gib", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--size-gib must be above 0");
        Result noDescriptors = run("benchmark-ovf", "--size-mib", "1", "--descriptors", "0");
        assertThat(noDescriptors.exit()).isEqualTo(2);
        assertThat(noDescriptors.err()).contains("--descriptors must be at least 1");
        assertThat(noDescriptors.out()).isEmpty();
    }

    @Test
    public void helpDocumentsEveryOption() {
        Result r = run("benchmark-ovf", "--help");
        assertThat(r.exit()).isZero();
        for (CommandLine.Model.OptionSpec o : new CommandLine(new OvfBenchmarkCommand()).getCommandSpec().options()) {
            assertThat(r.out()).contains(o.longestName());
            assertThat(o.description()).as(o.longestName()).isNotEmpty();
        }
        assertThat(r.out()).contains("sha256sum", "descriptors/s", "64 MB");
    }

    @Test
    public void topLevelHelpListsTheSubcommandAndStartRefusesIt() {
        assertThat(run("--help").out()).contains("benchmark-ovf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Launcher.start("benchmark-ovf"))
                .isInstanceOf(LaunchException.class).hasMessageContaining("benchmark-ovf");
    }

    @Test
    public void generatedOvaVerifiesAndItsDiskDigestIsTheImagesSha256() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ova"));
        long size = (3L << 20) + 12_345; // not a whole number of blocks
        BenchmarkOva.Generated g = BenchmarkOva.write(folder, size);
        OvfPackage p = new OvfPackageReader().read(g.path());
        assertThat(p.errors()).isEmpty();
        PackageMember disk = p.member(BenchmarkOva.DISK_NAME);
        assertThat(disk.size()).isEqualTo(size);
        assertThat(disk.digests().get(DigestAlgorithm.SHA256)).isEqualTo(g.diskSha256());
        assertThat(p.descriptor().disks()).singleElement()
                .satisfies(d -> assertThat(d.format()).isEqualTo(BenchmarkOva.RAW_FORMAT));
        assertThat(Sha256Baseline.detect().digest(g.path())).isEqualTo(Sha256Baseline.javaOnly().digest(g.path()));
    }

    @Test
    public void baselineDigestsLikeMessageDigest() throws Exception {
        Path f = dir.resolve("abc.bin");
        byte[] content = "a small file for the baseline".getBytes(StandardCharsets.UTF_8);
        Files.write(f, content);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(Sha256Baseline.javaOnly().digest(f)).isEqualTo(expected);
        assertThat(Sha256Baseline.detect().digest(f)).isEqualTo(expected);
    }

    @Test
    public void typicalDescriptorIsAboutTwentyKilobytesAndValid() throws Exception {
        byte[] ovf = BenchmarkDescriptor.typical();
        assertThat(ovf.length).isBetween(BenchmarkDescriptor.TARGET_BYTES, 2 * BenchmarkDescriptor.TARGET_BYTES);
        DescriptorReading r = new OvfDescriptorReader().read(ovf, "typical.ovf");
        assertThat(r.hasErrors()).as(r.findings().toString()).isFalse();
    }

    @Test
    public void heapSamplerSeesAnAllocationHeldWhileOpen() {
        long idle = HeapSampler.settledHeap();
        byte[] held;
        long peak;
        try (HeapSampler s = HeapSampler.start()) {
            held = new byte[32 << 20];
            s.close();
            peak = s.peakBytes();
        }
        assertThat(held).hasSize(32 << 20);
        assertThat(peak - idle).isGreaterThanOrEqualTo(16L << 20);
    }
}
