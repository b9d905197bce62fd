package org.vcmtck.simulator.wbem.providers.virt;

import java.util.List;

import org.vcmtck.simulator.model.Datacenter;
import org.vcmtck.simulator.model.HostSpec;
import org.vcmtck.simulator.model.PhysicalNic;
import org.vcmtck.simulator.model.StorageVolume;
import org.vcmtck.simulator.wbem.repository.CimRepository;
import org.vcmtck.simulator.wbem.server.ReferenceRepository;
import org.vcmtck.simulator.wbem.server.WbemNamespaces;

/** The host and repository the virtualization provider tests start from, so each profile's test reads alike. */
public final class TestHosts {
    public static final long GIB = 1L << 30;

    private TestHosts() {
    }

    /** A host with 8 processors, 32 GiB of memory, one 500 GiB volume and one 1 Gb/s NIC. */
    public static HostSpec standard(String name) {
        return new HostSpec(name, 8, 32 * GIB, List.of(new StorageVolume("vol", 500 * GIB)),
                List.of(new PhysicalNic("eth0", "02:00:00:00:00:01", 1_000_000_000L)));
    }

    /** The reference's repository over {@code dc}, with every provider installed. */
    public static CimRepository repository(Datacenter dc) {
        return new ReferenceRepository(WbemNamespaces.DEFAULT, dc).repository();
    }
}
