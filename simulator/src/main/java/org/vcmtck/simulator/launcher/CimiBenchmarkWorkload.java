package org.vcmtck.simulator.launcher;

import java.net.URI;
import java.util.List;

/**
 * One kind of request the clients repeat: each request GETs one of {@code targets}, picked at random so the
 * server cannot answer from one hot entry. {@code rateTarget} is the requests/s the reference aims at, or 0 when
 * only latency has a target.
 */
record CimiBenchmarkWorkload(String name, List<URI> targets, int rateTarget) {
    CimiBenchmarkWorkload {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("workload '" + name + "' has no URL to request");
        }
        targets = List.copyOf(targets);
    }
}
