package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.ModelException;
import org.vcmtck.simulator.model.VirtualSwitch;
import org.vcmtck.simulator.model.VirtualSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies system plans to a datacenter on one host: a virtual switch per logical network (the host's switch of
 * that name, else a new one), then each system defined and its NICs connected. On a model refusal it undoes what
 * it did, as far as the model lets it (destroying a system is a job; with job ticks the undo completes when the
 * jobs do), and rethrows.
 */
final class PlanApplier {
    /** Ports of a switch the deployer creates for a logical network. */
    static final int SWITCH_PORTS = 1024;

    private final Datacenter dc;
    private final String hostId;
    /** Host per plan index, where placement asks for a host other than {@code hostId}. */
    private final Map<Integer, String> hostOfPlan;
    private final List<String> createdSwitches = new ArrayList<>();
    private final List<VirtualSystem> defined = new ArrayList<>();

    PlanApplier(Datacenter dc, String hostId) {
        this(dc, hostId, Map.of());
    }

    PlanApplier(Datacenter dc, String hostId, Map<Integer, String> hostOfPlan) {
        this.dc = dc;
        this.hostId = hostId;
        this.hostOfPlan = Map.copyOf(hostOfPlan);
    }

    List<VirtualSystem> apply(List<SystemPlan> plans) {
        try {
            for (int i = 0; i < plans.size(); i++) {
                SystemPlan plan = plans.get(i);
                String host = hostOfPlan.getOrDefault(i, hostId);
                VirtualSystem vs = dc.defineSystem(host, plan.spec());
                defined.add(vs);
                for (SystemPlan.NicLink nic : plan.nics()) {
                    String switchId = switchFor(host, nic.network());
                    dc.connectNic(vs.id(), vs.allocations().get(nic.allocationIndex()).id(), switchId, 0);
                }
            }
            return List.copyOf(defined);
        } catch (ModelException e) {
            undo();
            throw e;
        }
    }

    private String switchFor(String host, String network) {
        for (VirtualSwitch s : dc.switches()) {
            if (s.hostId().equals(host) && s.name().equals(network)) {
                return s.id();
            }
        }
        VirtualSwitch created = dc.createSwitch(host, network, SWITCH_PORTS);
        createdSwitches.add(created.id());
        return created.id();
    }

    private void undo() {
        for (int i = defined.size() - 1; i >= 0; i--) {
            VirtualSystem vs = defined.get(i);
            try {
                for (var a : dc.system(vs.id()).allocations()) {
                    if (a.connected()) {
                        dc.disconnectNic(vs.id(), a.id());
                    }
                }
                dc.destroySystem(vs.id());
            } catch (ModelException ignored) {
                // best effort: the refusal being reported matters more than a failed undo step
            }
        }
        for (String id : createdSwitches) {
            try {
                dc.deleteSwitch(id);
            } catch (ModelException ignored) {
                // still in use while a destroy job runs; the switch stays, empty
            }
        }
    }
}
