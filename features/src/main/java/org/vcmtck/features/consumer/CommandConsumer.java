package org.vcmtck.features.consumer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.vcmtck.features.process.ExternalCommand;
import org.vcmtck.features.process.ExternalCommand.Finished;
import org.vcmtck.profiles.target.OvfConsumerCommand;

/**
 * Deploys through the target file's {@code consumer:} commands, run directly (no shell), in the deploy's work
 * directory, with standard input closed, each under the target's timeout. A command that runs too long is
 * stopped with every process it started.
 */
public final class CommandConsumer implements OvfConsumer {

    /** Per stream: enough for any sensible transcript, small enough that a runaway tool cannot hurt. */
    public static final int DEFAULT_OUTPUT_LIMIT = ExternalCommand.DEFAULT_OUTPUT_LIMIT;

    private final OvfConsumerCommand command;
    private final int outputLimit;

    public CommandConsumer(OvfConsumerCommand command) {
        this(command, DEFAULT_OUTPUT_LIMIT);
    }

    /** @param outputLimit bytes of standard output and of standard error kept per command */
    public CommandConsumer(OvfConsumerCommand command, int outputLimit) {
        if (outputLimit < 1) {
            throw new IllegalArgumentException("outputLimit must be positive, was " + outputLimit);
        }
        this.command = command;
        this.outputLimit = outputLimit;
    }

    @Override
    public DeployOutcome deploy(Path pkg, DeployChoices choices, Path workDir) {
        List<String> arguments;
        try {
            arguments = command.deployCommand(pkg, workDir, choices.acceptEula(), choices.properties(),
                    choices.deploymentOption(), choices.powerOn());
        } catch (IllegalArgumentException e) {
            throw new ConsumerFailure(e.getMessage(), e);
        }
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new ConsumerFailure("cannot create the deploy work directory " + workDir + ": " + e.getMessage(), e);
        }
        Finished run = run(arguments, workDir);
        return DeployOutcome.of(run.exitCode(), run.timedOut(), run.stdout(), run.stderr(), workDir, run.took());
    }

    @Override
    public Optional<List<String>> systems() {
        Optional<List<String>> list = command.listCommand();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Finished run = run(list.get(), null);
        if (run.timedOut() || run.exitCode() != 0) {
            throw new ConsumerFailure("the consumer's listing command '" + String.join(" ", list.get()) + "' "
                    + (run.timedOut() ? "was stopped after " + command.timeout().toSeconds() + " s"
                    : "failed with exit code " + run.exitCode()) + ": " + run.stderr().strip());
        }
        return Optional.of(run.stdout().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    @Override
    public String describe() {
        return "the target's consumer command '" + command.deploy() + "'";
    }

    private Finished run(List<String> arguments, Path directory) {
        try {
            return ExternalCommand.run(arguments, directory, command.timeout(), outputLimit);
        } catch (ExternalCommand.NotStarted e) {
            throw new ConsumerFailure("cannot start the consumer command '" + String.join(" ", arguments) + "': "
                    + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsumerFailure("interrupted while waiting for '" + String.join(" ", arguments) + "'", e);
        }
    }
}
