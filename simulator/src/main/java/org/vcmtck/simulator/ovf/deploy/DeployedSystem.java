package org.vcmtck.simulator.ovf.deploy;

/** A VirtualSystem of the package ({@code entityId} = its ovf:id) and the model system it became. */
public record DeployedSystem(String entityId, String systemId, String name) {
}
