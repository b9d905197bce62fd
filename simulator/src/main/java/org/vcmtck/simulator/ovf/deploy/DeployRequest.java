package org.vcmtck.simulator.ovf.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deployer's choices. {@code host}: a host id or name, null = the first host with room for the package;
 * {@code deploymentOption}: a DeploymentOptionSection Configuration id, null = the default one (else the first);
 * {@code properties}: values for user-configurable ProductSection properties by full identifier
 * ({@code [class.]key[.instance]}); {@code acceptEulas}: the licenses of every EulaSection are accepted.
 */
public record DeployRequest(String host, String deploymentOption, Map<String, String> properties,
                            boolean acceptEulas) {
    public DeployRequest {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties == null ? Map.of() : properties));
    }

    /** First host with room, default configuration, descriptor property values, licenses not accepted. */
    public static DeployRequest defaults() {
        return new DeployRequest(null, null, Map.of(), false);
    }

    public DeployRequest onHost(String newHost) {
        return new DeployRequest(newHost, deploymentOption, properties, acceptEulas);
    }

    public DeployRequest withDeploymentOption(String option) {
        return new DeployRequest(host, option, properties, acceptEulas);
    }

    public DeployRequest withProperty(String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put(key, value);
        return new DeployRequest(host, deploymentOption, all, acceptEulas);
    }

    public DeployRequest acceptingEulas() {
        return new DeployRequest(host, deploymentOption, properties, true);
    }
}
