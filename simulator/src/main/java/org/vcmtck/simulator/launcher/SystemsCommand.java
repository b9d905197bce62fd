package org.vcmtck.simulator.launcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code systems}: lists the virtual systems of the datacenter the launcher would start (same model options),
 * so a consumer-side check can compare the listing before and after a deploy (a refused deploy must leave it
 * unchanged).
 */
@Command(name = "systems", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Lists the virtual systems of the reference's datacenter, one line 'system <name> <id>' each, in"
                        + " the datacenter's order, and exits. Nothing is written.",
                "Exit codes: 0 ok; 1 unexpected failure; 2 bad usage, bad inventory/state file."})
final class SystemsCommand {
    @Mixin
    ModelOptions model = new ModelOptions();

    /** The serving command's options carrying the same model choices, so the datacenter is built identically. */
    LaunchOptions modelOptions() {
        LaunchOptions o = new LaunchOptions();
        o.model = model;
        return o;
    }
}
