package org.vcmtck.simulator.launcher;

import org.testng.annotations.Test;
import picocli.CommandLine;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code load-cimi}: 32 clients of mixed create/start/stop/delete for 30 s against an in-process reference, and
 * the invariants afterwards (nothing lost, duplicated or leaked; only 2xx and 409 answers). Timing is not judged.
 */
public class LauncherCimiLoadTest extends LauncherTestSupport {

    @Test
    public void thirtySecondsOfThirtyTwoClientsKeepEveryInvariant() throws Exception {
        try (RunningReference reference = CimiLoadRun.start(CimiLoadCommand.DEFAULT_HOSTS)) {
            int poolsBefore = reference.datacenter().pools().size();
            CimiLoadReport report = new CimiLoad(URI.create(reference.endpoints().get("cimi")),
                    reference.datacenter()).run(CimiLoadCommand.DEFAULT_CLIENTS,
                    Duration.ofSeconds(CimiLoadCommand.DEFAULT_SECONDS));

            assertThat(report.violations()).as(String.join("\n", report.lines())).isEmpty();
            assertThat(report.holds()).isTrue();
            // the load really exercised the lifecycle: machines were made, started, stopped and deleted
            assertThat(report.created()).isPositive();
            assertThat(report.outcomes()).containsKeys("create 201");
            assertThat(report.outcomes().keySet()).anyMatch(k -> k.matches("start 20[02]"))
                    .anyMatch(k -> k.matches("stop 20[02]")).anyMatch(k -> k.matches("delete 20[024]"));
            // every machine created was deleted, during the run or in clean-up
            assertThat(report.deleted() + report.cleanedUp()).isEqualTo(report.created());
            assertThat(reference.datacenter().systems()).isEmpty();
            assertThat(reference.datacenter().pools()).hasSize(poolsBefore);
        }
    }

    @Test
    public void shortCommandRunPrintsTheSummaryAndExitsZero() {
        Result r = run("load-cimi", "--clients", "4", "--seconds", "2", "--hosts", "1");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).startsWith("reference: 1 hosts, cloud entry point"
                + " http://127.0.0.1:"));
        assertThat(r.outLines()).anySatisfy(l -> assertThat(l).matches("4 clients, \\d+\\.\\d s: \\d+ requests, \\d+"
                + " machines created, \\d+ deleted during the run, \\d+ deleted in clean-up"));
        assertThat(r.outLines()).contains("invariants: HOLD");
    }

    @Test
    public void refusesBadOptionsWithExitTwoAndDocumentsEveryOption() {
        Result clients = run("load-cimi", "--clients", "0");
        assertThat(clients.exit()).isEqualTo(2);
        assertThat(clients.err()).contains("--clients must be between 1 and");
        assertThat(run("load-cimi", "--seconds", "601").exit()).isEqualTo(2);
        Result help = run("load-cimi", "--help");
        assertThat(help.exit()).isZero();
        for (CommandLine.Model.OptionSpec o : new CommandLine(new CimiLoadCommand()).getCommandSpec().options()) {
            assertThat(help.out()).contains(o.longestName());
            assertThat(o.description()).as(o.longestName()).isNotEmpty();
        }
        assertThat(help.out()).contains("409", "exactly once", "loopback");
        assertThat(run("--help").out()).contains("load-cimi");
    }

    @Test
    public void reportFailsWhenAnyViolationIsRecorded() {
        CimiLoadReport ok = new CimiLoadReport(2, 1000, java.util.Map.of("create 201", 3L), 3, 1, 2,
                java.util.List.of());
        CimiLoadReport broken = new CimiLoadReport(2, 1000, java.util.Map.of("create 201", 3L), 3, 1, 2,
                java.util.List.of("machine x is listed 2 times"));
        assertThat(ok.holds()).isTrue();
        assertThat(ok.requests()).isEqualTo(3);
        assertThat(broken.holds()).isFalse();
        assertThat(broken.lines()).contains("invariants: 1 VIOLATED", "  machine x is listed 2 times");
    }
}
