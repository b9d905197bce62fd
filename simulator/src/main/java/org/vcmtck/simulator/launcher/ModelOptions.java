package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options deciding which datacenter a command works on, shared (as a picocli mixin) by the serving command,
 * {@code export} and {@code deploy}, so all three build the same datacenter from the same words. Numeric options
 * not given stay null, so "not given" (use the inventory's or the mode's default) differs from an explicit value.
 */
final class ModelOptions {

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Datacenter to start from: a hand-written inventory YAML (see examples/datacenter.yaml in"
                    + " the jar) or a complete snapshot written by --export-inventory or --state."
                    + " Cannot be combined with --hosts/--vms.")
    Path inventory;

    @Option(names = "--hosts", paramLabel = "N",
            description = "Hosts of the generated datacenter (default: " + LaunchOptions.DEFAULT_HOSTS + ").")
    Integer hosts;

    @Option(names = "--vms", paramLabel = "M",
            description = "Virtual systems of the generated datacenter, spread over the hosts, about half running"
                    + " (default: " + LaunchOptions.DEFAULT_VMS + ").")
    Integer vms;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed deciding ids, UUIDs, MACs and generated sizes (default: 1, or the inventory's"
                    + " 'seed'). The same seed gives the same datacenter.")
    Long seed;

    @Option(names = "--state", paramLabel = "FILE",
            description = "State file of the reference (a complete snapshot as JSON, which --inventory also"
                    + " reads). If it exists the datacenter is restored from it and it wins over --inventory and"
                    + " the generator options; when it is written is said in the command's description.")
    Path state;
}
