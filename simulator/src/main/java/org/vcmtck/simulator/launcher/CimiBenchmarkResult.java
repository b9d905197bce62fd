package org.vcmtck.simulator.launcher;

import java.util.Locale;

/**
 * What one workload measured: successful requests (their latencies in {@code latencies}), failed ones (a status
 * other than 200, or an I/O error), and the wall time the clients ran.
 */
record CimiBenchmarkResult(long requests, long errors, CimiBenchmarkHistogram latencies, long elapsedNanos,
                           String firstError) {

    double requestsPerSecond() {
        return requests / (Math.max(1, elapsedNanos) / 1e9);
    }

    double p50Millis() {
        return latencies.percentileMicros(50) / 1000.0;
    }

    double p99Millis() {
        return latencies.percentileMicros(99) / 1000.0;
    }

    /** True when every target of the workload is met; a run without a single success meets none. */
    boolean meets(CimiBenchmarkWorkload workload, double p99TargetMillis) {
        return requests > 0 && p99Millis() < p99TargetMillis
                && (workload.rateTarget() == 0 || requestsPerSecond() >= workload.rateTarget());
    }

    /** The figure line: workload, counts, rate, percentiles, targets and verdict. */
    String line(CimiBenchmarkWorkload workload, double p99TargetMillis) {
        String targets = (workload.rateTarget() == 0 ? "" : ">= " + workload.rateTarget() + " req/s, ")
                + "p99 < " + String.format(Locale.ROOT, "%.0f", p99TargetMillis) + " ms";
        return String.format(Locale.ROOT, "%s: %d requests, %d errors, %.0f req/s, p50 %.2f ms, p99 %.2f ms"
                        + " (target %s): %s", workload.name(), requests, errors, requestsPerSecond(), p50Millis(),
                p99Millis(), targets, meets(workload, p99TargetMillis) ? "PASS" : "BELOW");
    }
}
