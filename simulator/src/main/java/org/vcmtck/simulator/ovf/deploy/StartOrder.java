package org.vcmtck.simulator.ovf.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which the systems of a deploy are powered on (OVF-SEC-006): each collection's StartupSection
 * entries with startAction powerOn, by ascending ovf:order (document order among equals, as
 * {@link DeployResult#startupOrder()} already lists them), then every system no StartupSection names, in document
 * order. Entries with startAction none leave their systems off.
 */
public final class StartOrder {

    private StartOrder() {
    }

    /** The systems to start, in the order to start them; every copy of a scaled-out entity at its entry's place. */
    public static List<DeployedSystem> of(DeployResult result) {
        List<DeployedSystem> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (StartupStep step : result.startupOrder()) {
            // an entity named by a StartupSection is placed by it even when it is not started
            if (!named.add(step.entityId()) || !step.startsEntity()) {
                continue;
            }
            for (DeployedSystem s : result.systems()) {
                if (s.entityId().equals(step.entityId())) {
                    out.add(s);
                }
            }
        }
        for (DeployedSystem s : result.systems()) {
            if (!named.contains(s.entityId())) {
                out.add(s);
            }
        }
        return out;
    }
}
