package org.vcmtck.simulator.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

/** Functional tests of {@code benchmark-wbem}: it runs tiny and prints its figure lines; figures are not judged. */
public class LauncherWbemBenchmarkTest extends LauncherTestSupport {
    private static final String HEAP = ", \\d+ ms, peak heap \\d+ MB \\(target <= 1000 ms, <= 200 MB\\): (PASS|BELOW)";

    @Test
    public void tinyRunPrintsTheThreeWorkloads() {
        Result r = run("benchmark-wbem", "--instances", "45", "--clients", "2", "--seconds", "1", "--page", "20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("enumerate-instances: ")).singleElement()
                .satisfies(l -> assertThat(l).matches("enumerate-instances: 45 instances in one response" + HEAP));
        // 45 instances, 20 per request: the open and two pulls
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("pull-enumeration: ")).singleElement()
                .satisfies(l -> assertThat(l).matches("pull-enumeration: 45 instances in 3 requests of up to 20"
                        + HEAP));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("get-instance: ")).singleElement()
                .satisfies(l -> assertThat(l).matches("get-instance: [1-9]\\d* requests, 0 errors, \\d+ requests/s,"
                        + " p50 \\d+\\.\\d\\d ms, p99 \\d+\\.\\d\\d ms with 2 clients over 1 s"));
    }

    @Test
    public void refusesBadOptionsWithExitTwo() {
        Result r = run("benchmark-wbem", "--page", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--page must be between 1 and");
        assertThat(run("benchmark-wbem", "--instances", "lots").exit()).isEqualTo(2);
    }
}
