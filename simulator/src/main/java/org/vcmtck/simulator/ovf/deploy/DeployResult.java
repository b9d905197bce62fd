package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.OvfFinding;

import java.util.List;

/**
 * A successful deploy: the systems defined (document order), warnings (the reader's and the deployer's, e.g.
 * ignored optional sections), the start order the StartupSections ask for, the configuration in effect (null
 * when the package has no DeploymentOptionSection) and the host every system was defined on.
 */
public record DeployResult(List<DeployedSystem> systems, List<OvfFinding> warnings, List<StartupStep> startupOrder,
                           String configuration, String hostId) {
    public DeployResult {
        systems = List.copyOf(systems);
        warnings = List.copyOf(warnings);
        startupOrder = List.copyOf(startupOrder);
    }
}
