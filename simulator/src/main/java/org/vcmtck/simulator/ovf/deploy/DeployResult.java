package org.vcmtck.simulator.ovf.deploy;

import org.vcmtck.simulator.ovf.OvfFinding;

import java.util.List;

/**
 * A successful deploy: the systems defined (document order; a scale-out prototype once per copy), warnings (the
 * reader's and the deployer's, e.g. ignored optional sections), the start order the StartupSections ask for, the
 * configuration in effect (null when the package has no DeploymentOptionSection), the host the first system was
 * defined on (placement groups may spread the others) and the id of the model's appliance record that keeps the
 * package metadata for re-export.
 */
public record DeployResult(List<DeployedSystem> systems, List<OvfFinding> warnings, List<StartupStep> startupOrder,
                           String configuration, String hostId, String applianceId) {
    public DeployResult {
        systems = List.copyOf(systems);
        warnings = List.copyOf(warnings);
        startupOrder = List.copyOf(startupOrder);
    }

    public DeployResult(List<DeployedSystem> systems, List<OvfFinding> warnings, List<StartupStep> startupOrder,
                        String configuration, String hostId) {
        this(systems, warnings, startupOrder, configuration, hostId, null);
    }
}
