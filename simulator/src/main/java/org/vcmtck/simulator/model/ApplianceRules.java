package org.vcmtck.simulator.model;

import java.util.HashSet;
import java.util.Set;

/** What an appliance must satisfy to be kept: a fresh id, existing systems, each system in one appliance only. */
final class ApplianceRules {
    private ApplianceRules() {
    }

    static void check(ModelState s, Appliance a) {
        if (s.appliances.containsKey(a.id())) {
            throw ModelException.invalid("appliances", "appliance id " + a.id() + " is already used");
        }
        if (a.systemIds().isEmpty()) {
            throw ModelException.invalid("appliances", "appliance " + a.id() + " has no systems");
        }
        Set<String> seen = new HashSet<>();
        for (String id : a.systemIds()) {
            if (!s.systems.containsKey(id)) {
                throw ModelException.invalid("appliances", "appliance " + a.id() + " names unknown system " + id);
            }
            if (!seen.add(id)) {
                throw ModelException.invalid("appliances", "appliance " + a.id() + " lists system " + id + " twice");
            }
            for (Appliance other : s.appliances.values()) {
                if (other.systemIds().contains(id)) {
                    throw ModelException.invalid("appliances", "system " + id + " already belongs to appliance "
                            + other.id());
                }
            }
        }
    }
}
