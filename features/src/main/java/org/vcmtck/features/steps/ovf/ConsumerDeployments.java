package org.vcmtck.features.steps.ovf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.vcmtck.assertions.ovf.corpus.CorpusPackage;
import org.vcmtck.features.consumer.DeployOutcome;
import org.vcmtck.features.consumer.OvfConsumer;

/**
 * Deploys of corpus packages in one run, each done once: several scenarios look at the same deploy (one checks
 * that it succeeded, others the environment it delivered), and deploying again would only fill the target.
 */
final class ConsumerDeployments {

    /**
     * One deploy and what surrounded it.
     *
     * @param workDir the folder the consumer was given, empty before the deploy
     * @param before  the consumer's systems just before (empty when it has no listing command)
     * @param after   the consumer's systems just after
     */
    record Deployment(CorpusPackage pkg, DeployChoices choices, Path workDir, DeployOutcome outcome,
                      Optional<List<String>> before, Optional<List<String>> after) {
    }

    private static final Map<String, Deployment> DONE = new HashMap<>();

    private ConsumerDeployments() {
    }

    static synchronized Deployment deploy(OvfConsumer consumer, Path runWorkDir, CorpusPackage pkg,
                                          DeployChoices choices) {
        String key = runWorkDir + "|" + pkg.name() + "|" + choices;
        Deployment done = DONE.get(key);
        if (done != null) {
            return done;
        }
        Path workDir;
        try {
            Files.createDirectories(runWorkDir.resolve("ovf-deploys"));
            workDir = Files.createTempDirectory(runWorkDir.resolve("ovf-deploys"), pkg.name() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a work folder for the deploy of " + pkg.name(), e);
        }
        Optional<List<String>> before = consumer.systems();
        DeployOutcome outcome = consumer.deploy(pkg.path(), choices, workDir);
        Optional<List<String>> after = consumer.systems();
        Deployment deployment = new Deployment(pkg, choices, workDir, outcome, before, after);
        DONE.put(key, deployment);
        return deployment;
    }
}
