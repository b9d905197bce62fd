package org.vcmtck.simulator.wbem.providers.virt;

import java.util.Map;
import java.util.Optional;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.Host;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.wbem.cim.CimValue;

/** Finds the model objects CIM names point at (CIM names are case-insensitive, parameter names too). */
final class Lookups {
    private Lookups() {
    }

    /** The virtual system whose CIM_ComputerSystem.Name (its UUID) is {@code name}. */
    static Optional<VirtualSystem> systemByName(Datacenter dc, String name) {
        return dc.systems().stream().filter(vs -> vs.uuid().equalsIgnoreCase(name)).findFirst();
    }

    static Optional<VirtualSystem> systemById(Datacenter dc, String id) {
        return dc.systems().stream().filter(vs -> vs.id().equals(id)).findFirst();
    }

    static Optional<Host> hostByName(Datacenter dc, String name) {
        return dc.hosts().stream().filter(h -> h.id().equals(name)).findFirst();
    }

    static CimValue arg(Map<String, CimValue> in, String name) {
        for (Map.Entry<String, CimValue> e : in.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
