package org.vcmtck.assertions.ovf.consumer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a deployer is told when the suite asks a consumer to deploy a package: whether the licenses of every
 * EulaSection are accepted, values for ProductSection properties by full identifier ({@code [class.]key[.instance]}),
 * and the DeploymentOptionSection configuration to use (null: let the consumer pick the default).
 */
public record DeployChoices(boolean acceptEula, Map<String, String> properties, String deploymentOption) {

    public DeployChoices {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties == null ? Map.of() : properties));
    }

    /** Licenses accepted, no property values, default configuration. */
    public static DeployChoices accepting() {
        return new DeployChoices(true, Map.of(), null);
    }

    /** Licenses not accepted, no property values, default configuration. */
    public static DeployChoices notAccepting() {
        return new DeployChoices(false, Map.of(), null);
    }

    public DeployChoices withProperty(String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put(key, value);
        return new DeployChoices(acceptEula, all, deploymentOption);
    }

    public DeployChoices withDeploymentOption(String id) {
        return new DeployChoices(acceptEula, properties, id);
    }
}
