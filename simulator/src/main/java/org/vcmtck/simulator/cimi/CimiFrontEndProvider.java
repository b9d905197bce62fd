package org.vcmtck.simulator.cimi;

import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndProvider;

/** Registers the CIMI front end with the launcher (META-INF/services). */
public final class CimiFrontEndProvider implements FrontEndProvider {
    @Override
    public String kind() {
        return CimiFrontEnd.KIND;
    }

    @Override
    public FrontEnd create() {
        return new CimiFrontEnd();
    }
}
