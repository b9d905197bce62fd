package org.vcmtck.simulator.model;

import java.util.List;

/** Small building blocks shared by the model tests. */
final class Fixtures {
    static final long GIB = 1L << 30;

    private Fixtures() {
    }

    /** 8 CPUs, 16 GiB, 100 GiB storage, one NIC, no over-commit. */
    static HostSpec smallHost(String name) {
        return new HostSpec(name, 8, 16 * GIB, List.of(new StorageVolume("vol0", 100 * GIB)),
                List.of(new PhysicalNic("eth0", "00:16:3e:00:00:01", 1_000_000_000L)));
    }

    /** 2 vCPUs, 2 GiB, a 10 GiB disk, one NIC. */
    static SystemSpec smallSystem(String name) {
        return new SystemSpec(name, List.of(AllocationSpec.processors(2), AllocationSpec.memory(2 * GIB),
                AllocationSpec.disk(10 * GIB, null, "/vol0/" + name + ".img"), AllocationSpec.nic()));
    }

    static ModelException refusal(Runnable operation) {
        try {
            operation.run();
        } catch (ModelException e) {
            return e;
        }
        throw new AssertionError("expected a ModelException");
    }
}
