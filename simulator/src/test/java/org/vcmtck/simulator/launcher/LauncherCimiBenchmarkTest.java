package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import picocli.CommandLine;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Functional tests of {@code benchmark-cimi}: it runs and prints its figure lines; the figures are not judged. */
public class LauncherCimiBenchmarkTest extends LauncherTestSupport {
    private static final String NUMBERS = "\\d+ requests, \\d+ errors, \\d+ req/s, p50 \\d+\\.\\d\\d ms,"
            + " p99 \\d+\\.\\d\\d ms";

    @Test
    public void quickRunPrintsBothWorkloadsWithTargetsAndExitsZero() {
        Result r = run("benchmark-cimi", "--vms", "50", "--clients", "2", "--seconds", "1", "--page", "20");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("machine GET: ")).singleElement()
                .satisfies(l -> assertThat(l).matches("machine GET: " + NUMBERS
                        + " \\(target >= 5000 req/s, p99 < 20 ms\\): (PASS|BELOW)"));
        assertThat(r.outLines()).filteredOn(l -> l.startsWith("machine collection page of 20: ")).singleElement()
                .satisfies(l -> assertThat(l).matches("machine collection page of 20: " + NUMBERS
                        + " \\(target p99 < 20 ms\\): (PASS|BELOW)"));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("reference: 50 systems on 1 hosts,"
                + " cloud entry point http://127.0.0.1:").endsWith("/cloudEntryPoint"));
        // 50 machines in pages of 20: three pages, and every machine discovered
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("clients: 2 ")
                .contains("1 s per workload after 1 s warm-up", "50 distinct machines", "3 collection pages"));
        assertThat(r.out()).doesNotContain("first error");
    }

    @Test
    public void refusesBadOptionsWithExitTwo() {
        Result clients = run("benchmark-cimi", "--clients", "0");
        assertThat(clients.exit()).isEqualTo(2);
        assertThat(clients.err()).contains("--clients must be between 1 and");
        assertThat(clients.out()).isEmpty();
        Result seconds = run("benchmark-cimi", "--seconds", "-3");
        assertThat(seconds.exit()).isEqualTo(2);
        assertThat(seconds.err()).contains("--seconds", "was -3");
        Result notANumber = run("benchmark-cimi", "--page", "many");
        assertThat(notANumber.exit()).isEqualTo(2);
    }

    @Test
    public void helpDocumentsEveryOption() {
        Result r = run("benchmark-cimi", "--help");
        assertThat(r.exit()).isZero();
        for (CommandLine.Model.OptionSpec o : new CommandLine(new CimiBenchmarkCommand()).getCommandSpec().options()) {
            assertThat(r.out()).contains(o.longestName());
            assertThat(o.description()).as(o.longestName()).isNotEmpty();
        }
        assertThat(r.out()).contains("5000 requests/s", "20.0 ms", "$first/$last");
        assertThat(run("--help").out()).contains("benchmark-cimi");
    }

    @Test
    public void pagesCoverTheCollectionWithAShortLastPage() {
        URI collection = URI.create("http://127.0.0.1:1/cimi/machines");
        List<URI> pages = CimiBenchmarkDiscovery.pages(collection, 250, 100);
        assertThat(pages).extracting(URI::toString).containsExactly(
                "http://127.0.0.1:1/cimi/machines?$first=1&$last=100",
                "http://127.0.0.1:1/cimi/machines?$first=101&$last=200",
                "http://127.0.0.1:1/cimi/machines?$first=201&$last=250");
        assertThat(pages.get(0).getQuery()).isEqualTo("$first=1&$last=100");
    }
}
