package org.vcmtck.profiles.target;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the suite deploys an OVF package into an implementation: the {@code consumer:} section of a target file.
 * The deploy command gets the package and a work directory; option templates are appended for the choices made
 * (licenses accepted, one per property value, a deployment option). Commands run without a shell.
 *
 * @param deploy           the deploy command; uses {@code {package}}, may use {@code {workdir}}
 * @param acceptEula       appended when the licenses are to be accepted
 * @param property         appended once per property value; uses {@code {key}} and {@code {value}}
 * @param deploymentOption appended when a configuration is chosen; uses {@code {id}}
 * @param list             prints one line per virtual system that exists; no placeholders
 * @param powerOn          appended when the deployed systems are to be started afterwards (the consumer then prints
 *                         {@code started <entityId> [<name>]} per start, in order); no placeholders
 * @param timeout          how long one command may run before it is stopped
 */
public record OvfConsumerCommand(CommandTemplate deploy, Optional<CommandTemplate> acceptEula,
                                 Optional<CommandTemplate> property, Optional<CommandTemplate> deploymentOption,
                                 Optional<CommandTemplate> list, Optional<CommandTemplate> powerOn,
                                 Duration timeout) {

    public static final String PACKAGE = "package";
    public static final String WORKDIR = "workdir";
    public static final String KEY = "key";
    public static final String VALUE = "value";
    public static final String ID = "id";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    /** Placeholders allowed in deploy and acceptEula (the choices' own ones only make sense in their templates). */
    static final Set<String> DEPLOY_PLACEHOLDERS = Set.of(PACKAGE, WORKDIR);
    static final Set<String> PROPERTY_PLACEHOLDERS = Set.of(PACKAGE, WORKDIR, KEY, VALUE);
    static final Set<String> DEPLOYMENT_OPTION_PLACEHOLDERS = Set.of(PACKAGE, WORKDIR, ID);

    public OvfConsumerCommand {
        Objects.requireNonNull(deploy, "deploy");
        acceptEula = acceptEula == null ? Optional.empty() : acceptEula;
        property = property == null ? Optional.empty() : property;
        deploymentOption = deploymentOption == null ? Optional.empty() : deploymentOption;
        list = list == null ? Optional.empty() : list;
        powerOn = powerOn == null ? Optional.empty() : powerOn;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** A section without a power-on template, as before power-on could be asked for. */
    public OvfConsumerCommand(CommandTemplate deploy, Optional<CommandTemplate> acceptEula,
                              Optional<CommandTemplate> property, Optional<CommandTemplate> deploymentOption,
                              Optional<CommandTemplate> list, Duration timeout) {
        this(deploy, acceptEula, property, deploymentOption, list, Optional.empty(), timeout);
    }

    /** The full deploy command line for one deploy without power-on; see the six-argument form. */
    public List<String> deployCommand(Path pkg, Path workDir, boolean acceptEula, Map<String, String> properties,
            String deploymentOption) {
        return deployCommand(pkg, workDir, acceptEula, properties, deploymentOption, false);
    }

    /**
     * The full deploy command line for one deploy.
     *
     * @param pkg              the package (made absolute)
     * @param workDir          the directory the consumer may write to (made absolute)
     * @param acceptEula       whether licenses are accepted
     * @param properties       property values by full identifier, in the order to pass them
     * @param deploymentOption the configuration to deploy, null for the consumer's default
     * @param powerOn          whether the consumer is to start the deployed systems afterwards
     * @throws IllegalArgumentException when a choice is asked for that this section has no template for
     */
    public List<String> deployCommand(Path pkg, Path workDir, boolean acceptEula, Map<String, String> properties,
            String deploymentOption, boolean powerOn) {
        Map<String, String> common = Map.of(PACKAGE, pkg.toAbsolutePath().toString(),
                WORKDIR, workDir.toAbsolutePath().toString());
        List<String> command = new ArrayList<>(deploy.expand(common));
        if (acceptEula) {
            command.addAll(required(this.acceptEula, "acceptEula", "accept the licenses").expand(common));
        }
        for (Map.Entry<String, String> entry : properties.entrySet()) {
            CommandTemplate template = required(property, "property", "pass property values");
            command.addAll(template.expand(with(common, KEY, entry.getKey(), VALUE, entry.getValue())));
        }
        if (deploymentOption != null) {
            CommandTemplate template = required(this.deploymentOption, "deploymentOption",
                    "choose a deployment option");
            command.addAll(template.expand(with(common, ID, deploymentOption, null, null)));
        }
        if (powerOn) {
            command.addAll(required(this.powerOn, "powerOn", "start the deployed systems").expand(Map.of()));
        }
        return command;
    }

    /** The listing command, when the section names one. */
    public Optional<List<String>> listCommand() {
        return list.map(template -> template.expand(Map.of()));
    }

    private static CommandTemplate required(Optional<CommandTemplate> template, String field, String purpose) {
        return template.orElseThrow(() -> new IllegalArgumentException("the target file's consumer section has no '"
                + field + "' template, so the suite cannot tell the consumer to " + purpose));
    }

    private static Map<String, String> with(Map<String, String> common, String k1, String v1, String k2, String v2) {
        Map<String, String> values = new HashMap<>(common);
        values.put(k1, v1);
        if (k2 != null) {
            values.put(k2, v2);
        }
        return values;
    }
}
