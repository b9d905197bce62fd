package org.vcmtck.simulator.wbem.providers.virt.migration;

import java.util.List;

/**
 * The four DSP1081 methods with their ValueMap numbers in the capabilities' *MethodsSupported arrays (MIG-005),
 * and how each names the destination: a host name string or a CIM_System reference.
 */
enum MigrationMethod {
    MIGRATE_TO_HOST("MigrateVirtualSystemToHost", 2, true, false),
    MIGRATE_TO_SYSTEM("MigrateVirtualSystemToSystem", 3, false, false),
    CHECK_TO_HOST("CheckVirtualSystemIsMigratableToHost", 4, true, true),
    CHECK_TO_SYSTEM("CheckVirtualSystemIsMigratableToSystem", 5, false, true);

    private final String cimName;
    private final int capabilityCode;
    private final boolean byHostName;
    private final boolean checkOnly;

    MigrationMethod(String cimName, int capabilityCode, boolean byHostName, boolean checkOnly) {
        this.cimName = cimName;
        this.capabilityCode = capabilityCode;
        this.byHostName = byHostName;
        this.checkOnly = checkOnly;
    }

    static java.util.Optional<MigrationMethod> named(String name) {
        return List.of(values()).stream().filter(m -> m.cimName.equalsIgnoreCase(name)).findFirst();
    }

    int capabilityCode() {
        return capabilityCode;
    }

    /** True when the destination is the DestinationHost string, false for the DestinationSystem reference. */
    boolean byHostName() {
        return byHostName;
    }

    /** True for the Check* methods, which answer IsMigratable and change nothing (MIG-006). */
    boolean checkOnly() {
        return checkOnly;
    }
}
