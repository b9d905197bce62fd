package org.vcmtck.simulator.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Runs a parsed {@link CimiBenchmarkCommand}: starts a reference, discovers its URLs, and prints one figure line
 * per workload ({@code machine GET: ...} and {@code machine collection page of N: ...}) ending in PASS or BELOW.
 * Figures depend on the machine, so they are printed for a person to judge, never asserted by tests.
 */
final class CimiBenchmarkRun {
    static final int TARGET_GETS_PER_SECOND = 5_000;
    static final double TARGET_P99_MILLIS = 20;
    static final int MAX_WARM_UP_SECONDS = 3;
    /** Generated systems per host, as in --benchmark's 10,000 systems on 100 hosts. */
    private static final int SYSTEMS_PER_HOST = 100;

    private CimiBenchmarkRun() {
    }

    /** Returns the exit code; messages go to {@code err} prefixed with {@code name}. */
    static int run(CimiBenchmarkCommand command, PrintWriter out, PrintWriter err, String name) {
        CimiBenchmarkCommand.Settings settings;
        try {
            settings = command.settings();
        } catch (IllegalArgumentException e) {
            err.println(name + " benchmark-cimi: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        int hosts = Math.max(1, (settings.vms() + SYSTEMS_PER_HOST - 1) / SYSTEMS_PER_HOST);
        try (RunningReference reference = Launcher.start("--hosts", String.valueOf(hosts), "--vms",
                String.valueOf(settings.vms()), "--bind", "127.0.0.1", "--port", "0")) {
            String cep = reference.endpoints().get("cimi");
            if (cep == null) {
                err.println(name + " benchmark-cimi: the reference has no CIMI front end on its class path");
                return LaunchException.FAILURE;
            }
            out.println("reference: " + reference.datacenter().systems().size() + " systems on " + hosts
                    + " hosts, cloud entry point " + cep);
            out.flush();
            measure(URI.create(cep), settings, out);
            return 0;
        } catch (LaunchException e) {
            err.println(name + " benchmark-cimi: the reference did not start: " + e.getMessage());
            return LaunchException.FAILURE;
        } catch (IOException | IllegalArgumentException e) {
            err.println(name + " benchmark-cimi: " + e.getMessage());
            return LaunchException.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(name + " benchmark-cimi: interrupted");
            return LaunchException.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static void measure(URI cep, CimiBenchmarkCommand.Settings settings, PrintWriter out)
            throws IOException, InterruptedException {
        CimiBenchmarkDiscovery discovery = new CimiBenchmarkDiscovery();
        URI collection = discovery.machineCollection(cep);
        List<URI> machines = discovery.machines(collection, settings.page());
        List<CimiBenchmarkWorkload> workloads = List.of(
                new CimiBenchmarkWorkload("machine GET", machines, TARGET_GETS_PER_SECOND),
                new CimiBenchmarkWorkload("machine collection page of " + settings.page(),
                        CimiBenchmarkDiscovery.pages(collection, settings.vms(), settings.page()), 0));
        Duration warmUp = Duration.ofSeconds(Math.min(MAX_WARM_UP_SECONDS, settings.seconds()));
        Duration measured = Duration.ofSeconds(settings.seconds());
        out.println(String.format(Locale.ROOT, "clients: %d (HTTP/1.1 keep-alive, one connection per thread), %d s per"
                        + " workload after %d s warm-up, %d distinct machines, %d collection pages",
                settings.clients(), measured.toSeconds(), warmUp.toSeconds(), machines.size(),
                workloads.get(1).targets().size()));
        out.flush();
        try (CimiBenchmarkClients clients = new CimiBenchmarkClients(settings.clients(), cep)) {
            for (CimiBenchmarkWorkload workload : workloads) {
                clients.run(workload, warmUp);
                CimiBenchmarkResult result = clients.run(workload, measured);
                out.println(result.line(workload, TARGET_P99_MILLIS));
                if (result.firstError() != null) {
                    out.println("  first error: " + result.firstError());
                }
                out.flush();
            }
        }
    }
}
