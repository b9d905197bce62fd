package org.vcmtck.features.consumer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;

/**
 * An implementation that deploys OVF packages, as the OVF consumer scenarios drive it: the target file's
 * {@code consumer:} commands, or the built-in reference's {@code deploy} command.
 */
public interface OvfConsumer {

    /**
     * Deploys one package.
     *
     * @param pkg     an {@code .ova} file, or the {@code .ovf} file of a folder package
     * @param choices licenses, property values, configuration to deploy with, and whether to start the systems
     *                afterwards (reported as {@code started} lines)
     * @param workDir a directory the consumer may write what it creates to (created when missing); it must stay
     *                empty when the package is refused
     * @throws ConsumerFailure when the consumer cannot be run at all, or cannot be told the choices; a refusal is
     *                         an outcome, not a failure
     */
    DeployOutcome deploy(Path pkg, DeployChoices choices, Path workDir);

    /**
     * One line per virtual system that exists, to compare before and after a refused deploy; empty when the
     * consumer has no listing command.
     *
     * @throws ConsumerFailure when the listing command fails
     */
    Optional<List<String>> systems();

    /** What is run, for messages and the report. */
    String describe();
}
