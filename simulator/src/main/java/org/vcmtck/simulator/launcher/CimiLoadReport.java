package org.vcmtck.simulator.launcher;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@code load-cimi} run did and found: answers counted per operation and outcome (e.g.
 * {@code "start 409"}), the Machines created and deleted, and every broken invariant (empty when all hold).
 */
record CimiLoadReport(int clients, long elapsedMillis, Map<String, Long> outcomes, int created, int deleted,
                      int cleanedUp, List<String> violations) {

    CimiLoadReport {
        outcomes = Map.copyOf(outcomes);
        violations = List.copyOf(violations);
    }

    boolean holds() {
        return violations.isEmpty();
    }

    long requests() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The printed summary: totals, outcome counts sorted by name, then the verdict and each violation. */
    List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d clients, %.1f s: %d requests, %d machines created, %d deleted"
                        + " during the run, %d deleted in clean-up", clients, elapsedMillis / 1000.0, requests(),
                created, deleted, cleanedUp));
        outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add("  " + e.getKey() + ": " + e.getValue()));
        lines.add(holds() ? "invariants: HOLD" : "invariants: " + violations.size() + " VIOLATED");
        violations.forEach(v -> lines.add("  " + v));
        return lines;
    }
}
