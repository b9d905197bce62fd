package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;

import java.util.Map;

/** A started reference simulator: its datacenter and the endpoints its front ends serve. Closing is idempotent. */
public interface RunningReference extends AutoCloseable {
    /** Endpoint key → URL, e.g. "cimi" → "http://127.0.0.1:41234/cimi"; empty while no front end exists. */
    Map<String, String> endpoints();

    Datacenter datacenter();

    /** Stops the front ends, then saves the state file (if any) for the last time. */
    @Override
    void close();
}
