package org.vcmtck.simulator.frontend;

import org.vcmtck.simulator.model.Datacenter;

import java.io.IOException;
import java.util.Map;

/**
 * A protocol view of the model (CIMI, WBEM, OVF...). The launcher starts each front end once the datacenter is
 * ready and stops it before the datacenter is saved for the last time.
 */
public interface FrontEnd {
    /** "cimi", "wbem", "ovf"...: the key of this front end in the endpoints file. */
    String kind();

    /**
     * Starts serving the datacenter; returns endpoint key → URL (usually one entry keyed {@link #kind()};
     * more keys such as "wbem.namespace" when clients need them). Must not block.
     */
    Map<String, String> start(Datacenter dc, FrontEndOptions opts) throws IOException;

    /** Stops serving; must be safe to call when start failed or after a previous stop. */
    void stop();
}
