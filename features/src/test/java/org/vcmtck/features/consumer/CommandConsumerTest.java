package org.vcmtck.features.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.ScriptFixtures.deleteTree;
import static org.vcmtck.features.fixtures.ScriptFixtures.requirePosixShell;
import static org.vcmtck.features.fixtures.ScriptFixtures.runningAfterAWhile;
import static org.vcmtck.features.fixtures.ScriptFixtures.script;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.assertions.ovf.consumer.DeployChoices;
import org.vcmtck.profiles.target.CommandTemplate;
import org.vcmtck.profiles.target.OvfConsumerCommand;

/** Drives small shell scripts written by the test as if they were a vendor's deploy tool. */
public class CommandConsumerTest {

    private static final Set<String> ALL = Set.of("package", "workdir", "key", "value", "id");

    private Path folder;
    private Path pkg;

    @BeforeClass
    public void needsPosixShell() {
        requirePosixShell("the fixtures are /bin/sh scripts");
    }

    @BeforeMethod
    public void createFolder() throws IOException {
        folder = Files.createTempDirectory("command-consumer");
        pkg = Files.writeString(folder.resolve("app.ova"), "not really a package");
    }

    @AfterMethod(alwaysRun = true)
    public void deleteFolder() throws IOException {
        deleteTree(folder);
    }

    private static CommandTemplate template(String... arguments) throws CommandTemplate.Problem {
        return CommandTemplate.parse(List.of(arguments), ALL);
    }

    private static OvfConsumerCommand command(Path deployScript, Path listScript, Duration timeout)
            throws CommandTemplate.Problem {
        return new OvfConsumerCommand(
                template(deployScript.toString(), "import", "{package}", "--workdir", "{workdir}"),
                Optional.of(template("--accept-eula")), Optional.of(template("--prop", "{key}={value}")),
                Optional.of(template("--config", "{id}")),
                listScript == null ? Optional.empty() : Optional.of(template(listScript.toString())), timeout);
    }

    @Test
    public void deployPassesEachArgumentIntactRunsInTheWorkDirAndReadsTheProtocolLines() throws Exception {
        Path deploy = script(folder, "deploy.sh", """
                for a in "$@"; do printf '%s\\n' "$a"; done > "$PWD/../args.txt"
                mkdir -p web && printf 'iso' > web/ovf-env.iso
                echo "copying disks"
                echo "deployed web-1 vm-17"
                echo "environment web-1 web/ovf-env.iso"
                echo "configuration small"
                echo "a warning" >&2
                """);
        Path work = folder.resolve("work-1");
        DeployChoices choices = DeployChoices.accepting().withProperty("app.motd", "hello \"world\" $HOME")
                .withDeploymentOption("small");

        DeployOutcome outcome = new CommandConsumer(command(deploy, null, Duration.ofSeconds(60)))
                .deploy(pkg, choices, work);

        assertThat(outcome.deployed()).as(outcome.summary()).isTrue();
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.timedOut()).isFalse();
        assertThat(Files.readAllLines(folder.resolve("args.txt"))).containsExactly("import",
                pkg.toAbsolutePath().toString(), "--workdir", work.toAbsolutePath().toString(), "--accept-eula",
                "--prop", "app.motd=hello \"world\" $HOME", "--config", "small");
        assertThat(outcome.deployedSystems()).containsExactly("web-1");
        Path iso = work.toAbsolutePath().resolve("web/ovf-env.iso");
        assertThat(outcome.environments()).containsEntry("web-1", iso);
        assertThat(iso).hasContent("iso");
        assertThat(outcome.configuration()).contains("small");
        assertThat(outcome.stderr()).contains("a warning");
        assertThat(outcome.stdout()).contains("copying disks");
    }

    @Test
    public void nonZeroExitIsARefusalWithItsReason() throws Exception {
        Path deploy = script(folder, "refuse.sh", "echo 'refused: OVF-SEC-003 license not accepted' >&2\nexit 3\n");

        DeployOutcome outcome = new CommandConsumer(command(deploy, null, Duration.ofSeconds(60)))
                .deploy(pkg, DeployChoices.notAccepting(), folder.resolve("work"));

        assertThat(outcome.deployed()).isFalse();
        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.stderr()).contains("OVF-SEC-003");
        assertThat(outcome.deployedSystems()).isEmpty();
    }

    @Test
    public void standardInputIsClosedSoAToolReadingItDoesNotWait() throws Exception {
        Path deploy = script(folder, "ask.sh", "read answer\necho \"got '$answer'\"\nexit 0\n");

        DeployOutcome outcome = new CommandConsumer(command(deploy, null, Duration.ofSeconds(120)))
                .deploy(pkg, DeployChoices.notAccepting(), folder.resolve("work"));

        assertThat(outcome.timedOut()).isFalse();
        assertThat(outcome.stdout()).contains("got ''");
    }

    @Test
    public void commandRunningPastTheTimeoutIsStoppedWithTheProcessesItStarted() throws Exception {
        Path pidFile = folder.resolve("child.pid");
        Path deploy = script(folder, "hang.sh", "sleep 300 &\necho $! > '" + pidFile + "'\necho started\nwait\n");

        DeployOutcome outcome = new CommandConsumer(command(deploy, null, Duration.ofSeconds(1)))
                .deploy(pkg, DeployChoices.notAccepting(), folder.resolve("work"));

        assertThat(outcome.timedOut()).isTrue();
        assertThat(outcome.deployed()).isFalse();
        assertThat(outcome.took()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(runningAfterAWhile(child)).as("the script's child 'sleep' process " + child).isFalse();
    }

    @Test
    public void chattyOutputIsCutAtTheLimitAndStillDrained() throws Exception {
        Path deploy = script(folder, "chatty.sh", """
                i=0
                while [ $i -lt 2000 ]; do
                  echo "progress line $i of a tool that talks far too much .............................."
                  i=$((i+1))
                done
                echo "deployed last vm-1"
                """);

        DeployOutcome outcome = new CommandConsumer(command(deploy, null, Duration.ofSeconds(120)), 1000)
                .deploy(pkg, DeployChoices.notAccepting(), folder.resolve("work"));

        assertThat(outcome.deployed()).isTrue();
        assertThat(outcome.stdout()).contains("output cut at 1000 bytes");
        assertThat(outcome.stdout().length()).isLessThan(1200);
    }

    @Test
    public void missingProgramIsAFailureNotARefusal() throws Exception {
        CommandConsumer consumer = new CommandConsumer(command(folder.resolve("no-such-tool"), null,
                Duration.ofSeconds(5)));

        assertThatThrownBy(() -> consumer.deploy(pkg, DeployChoices.notAccepting(), folder.resolve("work")))
                .isInstanceOf(ConsumerFailure.class).hasMessageContaining("no-such-tool");
    }

    @Test
    public void choiceTheTargetFileCannotExpressIsAFailure() throws Exception {
        Path deploy = script(folder, "ok.sh", "exit 0\n");
        OvfConsumerCommand bare = new OvfConsumerCommand(template(deploy.toString(), "{package}"), null, null,
                null, null, Duration.ofSeconds(5));

        assertThatThrownBy(() -> new CommandConsumer(bare)
                .deploy(pkg, DeployChoices.notAccepting().withProperty("k", "v"), folder.resolve("work")))
                .isInstanceOf(ConsumerFailure.class).hasMessageContaining("'property'");
    }

    @Test
    public void powerOnAppendsItsTemplateAndStartedLinesAreRead() throws Exception {
        Path deploy = script(folder, "start.sh", """
                for a in "$@"; do printf '%s\\n' "$a"; done > "$PWD/../start-args.txt"
                echo "deployed db vm-1"
                echo "started corpus-db db"
                """);
        OvfConsumerCommand withPowerOn = new OvfConsumerCommand(template(deploy.toString(), "{package}"), null, null,
                null, null, Optional.of(template("--power-on", "--wait")), Duration.ofSeconds(60));

        DeployOutcome outcome = new CommandConsumer(withPowerOn)
                .deploy(pkg, DeployChoices.notAccepting().withPowerOn(), folder.resolve("work"));

        assertThat(outcome.deployed()).as(outcome.summary()).isTrue();
        assertThat(Files.readAllLines(folder.resolve("start-args.txt")))
                .containsExactly(pkg.toAbsolutePath().toString(), "--power-on", "--wait");
        assertThat(outcome.started()).containsExactly("corpus-db");
    }

    @Test
    public void powerOnWithoutTemplateIsAFailureCausedByTheMissingTemplate() throws Exception {
        Path deploy = script(folder, "ok.sh", "exit 0\n");

        assertThatThrownBy(() -> new CommandConsumer(command(deploy, null, Duration.ofSeconds(5)))
                .deploy(pkg, DeployChoices.accepting().withPowerOn(), folder.resolve("work")))
                .isInstanceOf(ConsumerFailure.class).hasMessageContaining("'powerOn'")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void systemsListsNonBlankLinesOrIsEmptyWithoutAListCommand() throws Exception {
        Path deploy = script(folder, "ok.sh", "exit 0\n");
        Path list = script(folder, "list.sh", "echo 'vm-1 web'\necho\necho '  vm-2 db  '\n");

        assertThat(new CommandConsumer(command(deploy, list, Duration.ofSeconds(60))).systems())
                .contains(List.of("vm-1 web", "vm-2 db"));
        assertThat(new CommandConsumer(command(deploy, null, Duration.ofSeconds(60))).systems()).isEmpty();
    }

    @Test
    public void failingListIsAFailure() throws Exception {
        Path deploy = script(folder, "ok.sh", "exit 0\n");
        Path list = script(folder, "list.sh", "echo 'not logged in' >&2\nexit 4\n");
        CommandConsumer consumer = new CommandConsumer(command(deploy, list, Duration.ofSeconds(60)));

        assertThatThrownBy(consumer::systems).isInstanceOf(ConsumerFailure.class)
                .hasMessageContaining("exit code 4").hasMessageContaining("not logged in");
    }

    @Test
    public void describeNamesTheDeployCommand() throws Exception {
        Path deploy = script(folder, "ok.sh", "exit 0\n");

        assertThat(new CommandConsumer(command(deploy, null, Duration.ofSeconds(5))).describe())
                .contains(deploy.toString()).contains("{package}");
    }
}
