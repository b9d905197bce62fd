package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.wbem.cimxml.CimXmlRequest;

import java.util.Locale;
import java.util.Set;

/**
 * What a read-only user may not do (DSP0200 security: an authenticated user without the permission gets
 * CIM_ERR_ACCESS_DENIED inside a 200 answer). Intrinsic writes are listed by name; every extrinsic method counts as
 * a write because methods such as DefineSystem or RequestStateChange change the managed systems.
 */
final class AccessRules {
    private static final Set<String> INTRINSIC_WRITES = Set.of("createinstance", "modifyinstance",
            "deleteinstance", "setproperty", "createclass", "modifyclass", "deleteclass", "setqualifier",
            "deletequalifier");

    private AccessRules() {
    }

    static boolean changesState(CimXmlRequest request) {
        return !request.intrinsic() || INTRINSIC_WRITES.contains(request.name().toLowerCase(Locale.ROOT));
    }
}
