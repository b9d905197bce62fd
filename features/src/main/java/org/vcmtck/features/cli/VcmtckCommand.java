package org.vcmtck.features.cli;

import org.vcmtck.features.run.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vcmtck}: the conformance kit's command line. */
@Command(
        name = "vcmtck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "VCM-TCK: conformance checks for DMTF OVF, CIMI and the CIM virtualization profiles.",
        subcommands = {CheckCommand.class, CoverageCommand.class, VerifyReportCommand.class,
            CommandLine.HelpCommand.class},
        footer = {
            "",
            "Exit codes of 'check':",
            "  0  every checked requirement passed; others not tested or not applicable",
            "  1  at least one requirement (or a scenario citing none) failed; with --fail-on must|should,",
            "     only a failed requirement of that level or stronger counts",
            "  2  bad usage, or a target file that cannot be used",
            "  3  the target cannot be reached",
            "  4  the kit itself failed; the run proves nothing",
            "",
            "Exit codes of 'verify-report':",
            "  0  the report is intact (its signature valid, when one was checked)",
            "  1  the report was altered: digest mismatch, bad signature, signature missing, layout changed",
            "  2  unusable input: not JSON, no integrity member, unreadable key or certificate"
        })
public final class VcmtckCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String... args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting the JVM. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new VcmtckCommand());
        // Usage errors exit 2 (picocli default); anything thrown by a command is a failure of the kit itself.
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCodes.BAD_TARGET : ExitCodes.SUITE_ERROR);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'vcmtck check'");
    }
}
