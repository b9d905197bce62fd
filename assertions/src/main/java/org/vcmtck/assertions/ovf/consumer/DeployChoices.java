package org.vcmtck.assertions.ovf.consumer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a deployer is told when the suite asks a consumer to deploy a package: whether the licenses of every
 * EulaSection are accepted, values for ProductSection properties by full identifier ({@code [class.]key[.instance]}),
 * the DeploymentOptionSection configuration to use (null: let the consumer pick the default), and whether the
 * deployed systems are to be started afterwards (in StartupSection order, OVF-SEC-006).
 */
public record DeployChoices(boolean acceptEula, Map<String, String> properties, String deploymentOption,
                            boolean powerOn) {

    public DeployChoices {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties == null ? Map.of() : properties));
    }

    /** Choices without power-on, as before power-on could be asked for. */
    public DeployChoices(boolean acceptEula, Map<String, String> properties, String deploymentOption) {
        this(acceptEula, properties, deploymentOption, false);
    }

    /** Licenses accepted, no property values, default configuration, no power-on. */
    public static DeployChoices accepting() {
        return new DeployChoices(true, Map.of(), null, false);
    }

    /** Licenses not accepted, no property values, default configuration, no power-on. */
    public static DeployChoices notAccepting() {
        return new DeployChoices(false, Map.of(), null, false);
    }

    public DeployChoices withProperty(String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.put(key, value);
        return new DeployChoices(acceptEula, all, deploymentOption, powerOn);
    }

    public DeployChoices withDeploymentOption(String id) {
        return new DeployChoices(acceptEula, properties, id, powerOn);
    }

    /** The same choices, and the deployed systems started afterwards. */
    public DeployChoices withPowerOn() {
        return new DeployChoices(acceptEula, properties, deploymentOption, true);
    }
}
