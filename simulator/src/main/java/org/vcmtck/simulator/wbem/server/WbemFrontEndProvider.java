package org.vcmtck.simulator.wbem.server;

import org.vcmtck.simulator.frontend.FrontEnd;
import org.vcmtck.simulator.frontend.FrontEndProvider;

/**
 * Registers the WBEM front end with the launcher (META-INF/services). The repository is
 * {@link ReferenceRepository}: the project's MOF and its providers.
 */
public final class WbemFrontEndProvider implements FrontEndProvider {
    @Override
    public String kind() {
        return WbemFrontEnd.KIND;
    }

    @Override
    public FrontEnd create() {
        return new WbemFrontEnd((dc, namespaces, host) -> new OperationDispatcher(new RepositoryData(
                new ReferenceRepository(namespaces, dc).repository()), host));
    }
}
