package org.vcmtck.simulator.model;

import java.util.List;

/** A virtual system to define: everything in it is allocated, or nothing is. */
public record SystemSpec(String name, String systemType, SystemSettings settings, List<AllocationSpec> allocations) {
    public static final String DEFAULT_SYSTEM_TYPE = "vcmtck-vm-1.0";

    public SystemSpec {
        Checks.nonBlank("name", name);
        systemType = Checks.nonBlank("systemType", Checks.orDefault(systemType, DEFAULT_SYSTEM_TYPE));
        settings = settings == null ? SystemSettings.DEFAULT : settings;
        allocations = Checks.list("allocations", allocations);
    }

    public SystemSpec(String name, List<AllocationSpec> allocations) {
        this(name, null, null, allocations);
    }
}
