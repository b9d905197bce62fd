package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.ovf.OvfFinding;
import org.vcmtck.simulator.ovf.descriptor.OvfDescriptor;
import org.vcmtck.simulator.ovf.xml.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PlacementGroupSection + PlacementSection (OVF-V2-003). Every system goes to the deploy host unless a group
 * says otherwise: {@code affinity} keeps its members together (on that host); {@code availability} and
 * {@code anti-affinity} put each member on a different host. When the datacenter has too few hosts, a required
 * group refuses the deploy and an optional one is reported and ignored. Unknown policies likewise.
 */
final class Placement {
    private Placement() {
    }

    /** Host per plan index for the plans that must not go to {@code baseHostId}; the others are absent. */
    static Map<Integer, String> hosts(OvfDescriptor descriptor, EntityPlan root, String baseHostId, List<Host> hosts,
                                      List<OvfFinding> warnings) throws OvfDeployException {
        Map<String, XmlElement> groups = new LinkedHashMap<>();
        for (XmlElement g : descriptor.sections("PlacementGroupSection")) {
            groups.put(g.attribute(g.namespace(), "id"), g);
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        collectMembers(root, groups, members, warnings);
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<String, List<Integer>> m : members.entrySet()) {
            XmlElement group = groups.get(m.getKey());
            String ns = group.namespace();
            boolean required = !ScaleOut.isFalse(group.attribute(ns, "required"));
            String policy = String.valueOf(group.attribute(ns, "policy")).trim();
            switch (policy) {
                case "affinity" -> {
                    // every system already goes to the one deploy host
                }
                case "availability", "anti-affinity" -> spread(m.getKey(), m.getValue(), baseHostId, hosts, required,
                        warnings, out);
                default -> {
                    String what = "placement group '" + m.getKey() + "' has policy '" + policy
                            + "', which the reference does not know (affinity, availability, anti-affinity)";
                    if (required) {
                        throw OvfDeployException.refused("OVF-V2-003", "", what);
                    }
                    warnings.add(OvfFinding.warning("OVF-V2-003", "", what + "; optional, ignored"));
                }
            }
        }
        return out;
    }

    private static void spread(String group, List<Integer> planIndexes, String baseHostId, List<Host> hosts,
                               boolean required, List<OvfFinding> warnings, Map<Integer, String> out)
            throws OvfDeployException {
        if (planIndexes.size() > hosts.size()) {
            String what = "placement group '" + group + "' puts " + planIndexes.size()
                    + " systems on different hosts; the datacenter has " + hosts.size();
            if (required) {
                throw OvfDeployException.refused("OVF-V2-003", "", what);
            }
            warnings.add(OvfFinding.warning("OVF-V2-003", "", what + "; optional, so they share hosts"));
            return;
        }
        List<String> order = new ArrayList<>();
        order.add(baseHostId);
        hosts.stream().map(Host::id).filter(id -> !id.equals(baseHostId)).forEach(order::add);
        for (int i = 0; i < planIndexes.size(); i++) {
            if (!order.get(i).equals(baseHostId)) {
                out.put(planIndexes.get(i), order.get(i));
            }
        }
    }

    private static void collectMembers(EntityPlan e, Map<String, XmlElement> groups, Map<String, List<Integer>> out,
                                       List<OvfFinding> warnings) throws OvfDeployException {
        for (XmlElement p : e.entity().sections("PlacementSection")) {
            String group = p.attribute(p.namespace(), "group");
            if (!groups.containsKey(group)) {
                String what = "entity '" + e.entity().id() + "': PlacementSection names group '" + group
                        + "', which no PlacementGroupSection declares";
                if (!ScaleOut.isFalse(p.attribute(p.namespace(), "required"))) {
                    throw OvfDeployException.refused("OVF-V2-003", "", what);
                }
                warnings.add(OvfFinding.warning("OVF-V2-003", "", what + "; optional, ignored"));
                continue;
            }
            out.computeIfAbsent(group, k -> new ArrayList<>()).addAll(e.allPlanIndexes());
        }
        for (EntityPlan c : e.children()) {
            collectMembers(c, groups, out, warnings);
        }
    }
}
