package org.vcmtck.simulator.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;

/** Runs a parsed {@link CimiLoadCommand}: starts a reference, drives the load, prints the report. */
final class CimiLoadRun {
    private CimiLoadRun() {
    }

    /** Returns the exit code: 0 when every invariant holds. */
    static int run(CimiLoadCommand command, PrintWriter out, PrintWriter err, String name) {
        CimiLoadCommand.Settings settings;
        try {
            settings = command.settings();
        } catch (IllegalArgumentException e) {
            err.println(name + " load-cimi: " + e.getMessage());
            return LaunchException.BAD_INPUT;
        }
        try (RunningReference reference = start(settings.hosts())) {
            String cep = reference.endpoints().get("cimi");
            if (cep == null) {
                err.println(name + " load-cimi: the reference has no CIMI front end on its class path");
                return LaunchException.FAILURE;
            }
            out.println("reference: " + settings.hosts() + " hosts, cloud entry point " + cep);
            out.flush();
            CimiLoadReport report = new CimiLoad(URI.create(cep), reference.datacenter())
                    .run(settings.clients(), Duration.ofSeconds(settings.seconds()));
            report.lines().forEach(out::println);
            return report.holds() ? 0 : LaunchException.FAILURE;
        } catch (LaunchException e) {
            err.println(name + " load-cimi: the reference did not start: " + e.getMessage());
            return LaunchException.FAILURE;
        } catch (IOException e) {
            err.println(name + " load-cimi: " + e.getMessage());
            return LaunchException.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(name + " load-cimi: interrupted");
            return LaunchException.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A loopback reference with hosts and no machines, its clock running so jobs finish. */
    static RunningReference start(int hosts) throws LaunchException {
        return Launcher.start("--hosts", String.valueOf(hosts), "--vms", "0", "--bind", "127.0.0.1", "--port", "0",
                "--job-ticks", String.valueOf(CimiLoad.JOB_TICKS), "--tick-millis",
                String.valueOf(CimiLoad.TICK_MILLIS));
    }
}
