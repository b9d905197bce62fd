package org.vcmtck.simulator.ovf.descriptor;

/** A DeploymentOptionSection {@code Configuration}. */
public record DeploymentConfiguration(String id, boolean isDefault, String label, String description) {
}
