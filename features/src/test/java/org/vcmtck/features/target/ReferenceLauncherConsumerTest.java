package org.vcmtck.features.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.vcmtck.features.consumer.DeployOutcome;
import org.vcmtck.profiles.target.ReferenceOptions;

/** The built-in reference deploying, through its launcher, a package it exported itself. */
public class ReferenceLauncherConsumerTest {

    private static final ReferenceOptions OPTIONS = new ReferenceOptions(3, 1, 2, 0, null, List.of());

    private Path folder;
    private Path ova;

    @BeforeClass
    public void exportAPackage() throws IOException {
        folder = Files.createTempDirectory("reference-consumer");
        List<String> args = new ArrayList<>(List.of("export", "--all", "--format", "ova", "--ovf-version", "2.0",
                "--out", folder.resolve("export").toString()));
        args.addAll(ReferenceTarget.modelArguments(OPTIONS));
        ReferenceLauncherCli.Result export = ReferenceLauncherCli.run(args);
        assertThat(export.exitCode()).as(export.transcript()).isZero();
        ova = export.outLines().stream().filter(line -> line.startsWith("package ")).map(line -> Path.of(
                line.substring("package ".length()))).findFirst().orElseThrow();
    }

    @AfterClass(alwaysRun = true)
    public void deleteFolder() throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    public void deployAddsTheSystemsToTheListingAndARefusalChangesNothing() throws IOException {
        ReferenceLauncherConsumer consumer = new ReferenceLauncherConsumer(OPTIONS, folder.resolve("scratch-1"));
        List<String> before = consumer.systems().orElseThrow();

        DeployOutcome outcome = consumer.deploy(ova, DeployChoices.accepting(), folder.resolve("work-1"));

        assertThat(outcome.deployed()).as(outcome.summary()).isTrue();
        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.deployedSystems()).hasSize(2);
        List<String> after = consumer.systems().orElseThrow();
        assertThat(before).hasSize(2).allMatch(line -> line.startsWith("system "));
        assertThat(after).hasSize(4).containsAll(before);

        Path broken = Files.writeString(folder.resolve("broken.ova"), "this is not a tar archive");
        Path refusedWork = folder.resolve("work-2");
        DeployOutcome refused = consumer.deploy(broken, DeployChoices.accepting(), refusedWork);

        assertThat(refused.deployed()).isFalse();
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).isNotBlank();
        assertThat(consumer.systems().orElseThrow()).isEqualTo(after);
        try (var left = Files.list(refusedWork)) {
            assertThat(left).as("a refused deploy leaves its work directory empty").isEmpty();
        }
    }

    @Test
    public void choicesBecomeLauncherOptions() {
        ReferenceLauncherConsumer consumer = new ReferenceLauncherConsumer(OPTIONS, folder.resolve("scratch-2"));
        DeployChoices choices = DeployChoices.accepting().withProperty("app.ip", "10.0.0.1")
                .withProperty("app.name", "a b").withDeploymentOption("large");

        List<String> args = consumer.deployArguments(Path.of("/p/a.ova"), choices, Path.of("/w"));

        assertThat(args).startsWith("deploy", "/p/a.ova", "--state",
                folder.resolve("scratch-2").toAbsolutePath().resolve("consumer-state.json").toString(),
                "--deploy-dir", "/w", "--accept-eula", "--property", "app.ip=10.0.0.1", "--property",
                "app.name=a b", "--deployment-option", "large");
        assertThat(args).containsSequence("--seed", "3");
        assertThat(args).doesNotContain("--job-ticks");
    }

    @Test
    public void withoutChoicesNoOptionIsAdded() {
        List<String> args = new ReferenceLauncherConsumer(OPTIONS, folder.resolve("scratch-3"))
                .deployArguments(Path.of("/p/a.ova"), DeployChoices.notAccepting(), Path.of("/w"));

        assertThat(args).doesNotContain("--accept-eula", "--property", "--deployment-option", "--power-on");
        assertThat(consumerDescription()).contains("built-in reference");
    }

    @Test
    public void powerOnBecomesTheLauncherOptionAndStartsAreReported() {
        ReferenceLauncherConsumer consumer = new ReferenceLauncherConsumer(OPTIONS, folder.resolve("scratch-4"));
        DeployChoices choices = DeployChoices.accepting().withPowerOn();

        assertThat(consumer.deployArguments(Path.of("/p/a.ova"), choices, Path.of("/w"))).contains("--power-on");
        DeployOutcome outcome = consumer.deploy(ova, choices, folder.resolve("work-4"));

        assertThat(outcome.deployed()).as(outcome.summary()).isTrue();
        // the exported systems sit in no collection, so every one of them is started
        assertThat(outcome.started()).hasSameSizeAs(outcome.deployedSystems()).hasSize(2);
    }

    private String consumerDescription() {
        return new ReferenceLauncherConsumer(OPTIONS, folder.resolve("scratch-3")).describe();
    }
}
