package org.vcmtck.simulator.launcher;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.InventoryGenerator;
import org.vcmtck.simulator.model.VirtualSystem;
import org.vcmtck.simulator.ovf.OvfVersion;
import org.vcmtck.simulator.ovf.export.OvfExporter;

import java.util.List;

/**
 * The descriptor the validation-rate benchmark parses: the exporter's VirtualSystemCollection of a generated
 * datacenter, with as many systems as it takes to reach about 20 KB, the size of a typical multi-system
 * appliance descriptor.
 */
final class BenchmarkDescriptor {
    static final int TARGET_BYTES = 20 * 1024;
    private static final long SEED = 7;
    private static final int MAX_SYSTEMS = 200;

    private BenchmarkDescriptor() {
    }

    /** The first descriptor of at least {@link #TARGET_BYTES}, growing the datacenter one system at a time. */
    static byte[] typical() {
        Datacenter dc = InventoryGenerator.generate(2, MAX_SYSTEMS, SEED);
        OvfExporter exporter = new OvfExporter(dc);
        List<VirtualSystem> all = dc.systems();
        byte[] ovf = new byte[0];
        for (int n = 1; n <= all.size() && ovf.length < TARGET_BYTES; n++) {
            ovf = exporter.members(all.subList(0, n), OvfExporter.ALL_SYSTEMS_NAME, OvfVersion.V2_0,
                    OvfExporter.ALL_SYSTEMS_NAME).get(OvfExporter.ALL_SYSTEMS_NAME + ".ovf");
        }
        return ovf;
    }
}
