package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy}: deploys an OVF package into the datacenter the launcher would start (same model options), then
 * exits; with {@code --state} the result is saved. Option values are checked in {@link DeployRun}, so that every
 * usage error exits 2 with one message.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Deploys an OVF package (folder, .ovf, .ova, an http(s) URL, or '-' for an OVA on standard input) into the"
                        + " reference's datacenter and exits.",
                "Either every virtual system of the package is defined or none is; with --state, the datacenter"
                        + " is saved to the state file after a successful deploy only. Prints one line"
                        + " 'deployed <name> <id>' per system defined. Exit codes: 0 ok; 1 package refused (the"
                        + " reason on standard error names the OVF requirement id) or unexpected failure;"
                        + " 2 bad usage, unknown host, bad inventory/state file.",
                "Also prints 'configuration <id>' when a DeploymentOptionSection configuration is in effect. With"
                        + " --deploy-dir, each system whose VirtualHardwareSection lists the 'iso' transport gets"
                        + " DIR/<system>/ovf-env.xml and DIR/<system>/ovf-env.iso (its OVF environment, DSP8027) and"
                        + " a line 'environment <ovf:id> <absolute iso path>'; transport 'com.vmware.guestInfo'"
                        + " gives DIR/<system>/guestinfo.ovfEnv and a line 'guestinfo <ovf:id> <path>'. A refused"
                        + " package writes nothing there.",
                "With --power-on, the deployed systems are then started: each collection's StartupSection entries"
                        + " with startAction powerOn by ascending ovf:order (document order among equals; entries"
                        + " with startAction none stay off), then every system no StartupSection names, in document"
                        + " order; one line 'started <ovf:id> <name>' per start requested, in that order. A start the"
                        + " model refuses is a warning naming OVF-SEC-006; the deploy stays done."})
final class DeployCommand {
    @Parameters(index = "0", paramLabel = "PACKAGE",
            description = "The package: a folder holding one .ovf, an .ovf file, an .ova file, an http(s) URL of"
                    + " an .ova or .ovf (read in one pass, files of an .ovf relative to its URL), or '-' to read an"
                    + " OVA from standard input.")
    String packagePath;

    @Option(names = "--accept-eula",
            description = "Accepts the licenses of every EulaSection; without it a package with a EulaSection is"
                    + " refused (OVF-SEC-003).")
    boolean acceptEula;

    @Option(names = "--property", paramLabel = "KEY=VALUE",
            description = "Value of a user-configurable ProductSection property, by its full identifier"
                    + " [class.]key[.instance] (repeatable). Unknown keys, non-configurable properties and values"
                    + " invalid for the property's type or qualifiers are refused.")
    List<String> properties = new ArrayList<>();

    @Option(names = "--deployment-option", paramLabel = "ID",
            description = "DeploymentOptionSection Configuration to deploy (default: the one marked default, else"
                    + " the first).")
    String deploymentOption;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Host (name or id) the systems are defined on (default: the first host with room for"
                    + " the whole package).")
    String host;

    @Option(names = "--trust-anchor", paramLabel = "PEM",
            description = "Certificate(s) in PEM the signer's chain must lead to (repeatable). With at least one,"
                    + " a signed package whose chain is untrusted, expired or broken is refused (OVF-CERT-004);"
                    + " without, chain problems are warnings. Unsigned packages are not affected.")
    List<Path> trustAnchors = new ArrayList<>();

    @Option(names = "--deploy-dir", paramLabel = "DIR",
            description = "Work directory for what the deploy creates: the OVF environment (ovf-env.xml, ISO"
                    + " image, guestinfo.ovfEnv) of each system, in DIR/<system-name>/. Created if missing; written"
                    + " only after a successful deploy. Without it nothing is written except --state.")
    Path deployDir;

    @Option(names = "--power-on",
            description = "After the deploy (and its OVF environment), start the systems in StartupSection order"
                    + " (OVF-SEC-006) and print 'started <ovf:id> <name>' per start requested.")
    boolean powerOn;

    @Mixin
    ModelOptions model = new ModelOptions();

    /** The --property values by key, in the order given; IllegalArgumentException for a value without '='. */
    Map<String, String> propertyValues() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : properties) {
            int eq = p.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--property must be KEY=VALUE, was '" + p + "'");
            }
            String key = p.substring(0, eq).trim();
            if (out.put(key, p.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("--property " + key + " is given twice");
            }
        }
        return out;
    }

    boolean fromUrl() {
        return packagePath != null && packagePath.matches("(?i)^https?://.*");
    }

    boolean fromStandardInput() {
        return "-".equals(packagePath);
    }

    /** The serving command's options carrying the same model choices, so the datacenter is built identically. */
    LaunchOptions modelOptions() {
        LaunchOptions o = new LaunchOptions();
        o.model = model;
        return o;
    }
}
