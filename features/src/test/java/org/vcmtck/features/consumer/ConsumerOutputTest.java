package org.vcmtck.features.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.testng.annotations.Test;

public class ConsumerOutputTest {

    private static final Path WORK = Path.of("/scratch/deploy-7");

    @Test
    public void protocolLinesAreReadAndOthersIgnored() {
        String stdout = """
                importing package... 50%
                deployed web-1 vs-0001
                deployed Web Server Two vs-0002
                environment web-1 web-1/ovf-env.iso
                environment db /isos/db env.iso
                guestinfo web-1 web-1/guestinfo.ovfEnv
                configuration large
                done
                """;

        ConsumerOutput output = ConsumerOutput.parse(stdout, WORK);

        assertThat(output.deployedSystems()).containsExactly("web-1", "Web Server Two");
        assertThat(output.deployedIds()).containsExactly("vs-0001", "vs-0002");
        assertThat(output.environments()).containsEntry("web-1", Path.of("/scratch/deploy-7/web-1/ovf-env.iso"))
                .containsEntry("db", Path.of("/isos/db env.iso")).hasSize(2);
        assertThat(output.guestInfo()).containsExactly(
                java.util.Map.entry("web-1", Path.of("/scratch/deploy-7/web-1/guestinfo.ovfEnv")));
        assertThat(output.configuration()).contains("large");
        assertThat(output.malformed()).isEmpty();
    }

    @Test
    public void linesMissingTheirFieldsAreKeptAsMalformed() {
        ConsumerOutput output = ConsumerOutput.parse("deployed lonely\nenvironment web-1\nconfiguration a b\n"
                + "configuration\n", WORK);

        assertThat(output.deployedSystems()).isEmpty();
        assertThat(output.environments()).isEmpty();
        assertThat(output.configuration()).isEmpty();
        assertThat(output.malformed()).containsExactly("deployed lonely", "environment web-1", "configuration a b",
                "configuration");
    }

    @Test
    public void wordsMustMatchExactlyAndSurroundingBlanksAreIgnored() {
        ConsumerOutput output = ConsumerOutput.parse("  deployed   a   id-1  \r\nredeployed b id-2\nDeployed c id-3\n"
                + "environments x y.iso\n", WORK);

        assertThat(output.deployedSystems()).containsExactly("a");
        assertThat(output.deployedIds()).containsExactly("id-1");
        assertThat(output.environments()).isEmpty();
    }

    @Test
    public void startedLinesKeepTheirOrderAndTheNameIsOptional() {
        ConsumerOutput output = ConsumerOutput.parse("deployed Web 1\nstarted corpus-db Database Server\n"
                + "started corpus-web\nstarted\nrestarted x\n", WORK);

        assertThat(output.started()).containsExactly("corpus-db", "corpus-web");
        assertThat(output.malformed()).containsExactly("started");
    }

    @Test
    public void outcomeCarriesTheStartedEntities() {
        DeployOutcome outcome = DeployOutcome.of(0, false, "deployed b 2\nstarted b web\nstarted a db\n", "", WORK,
                Duration.ofMillis(1));
        DeployOutcome quiet = DeployOutcome.of(0, false, "deployed b 2\n", "", WORK, Duration.ofMillis(1));

        assertThat(outcome.started()).containsExactly("b", "a");
        assertThat(quiet.started()).isEmpty();
    }

    @Test
    public void laterLineForTheSameEntityWins() {
        ConsumerOutput output = ConsumerOutput.parse("environment e first.iso\nenvironment e second.iso\n", WORK);

        assertThat(output.environments()).containsOnlyKeys("e");
        assertThat(output.environments().get("e")).isEqualTo(WORK.resolve("second.iso"));
    }

    @Test
    public void outcomeIsDeployedOnlyOnExitZeroWithoutTimeout() {
        DeployOutcome ok = DeployOutcome.of(0, false, "deployed a 1\nenvironment a a.iso\n", "", WORK,
                Duration.ofMillis(5));
        DeployOutcome refused = DeployOutcome.of(1, false, "deployed a 1\n", "refused: OVF-SEC-003", WORK,
                Duration.ofMillis(5));
        DeployOutcome stopped = DeployOutcome.of(0, true, "", "", WORK, Duration.ofSeconds(3));

        assertThat(ok.deployed()).isTrue();
        assertThat(ok.deployedSystems()).containsExactly("a");
        assertThat(ok.environments()).containsEntry("a", WORK.resolve("a.iso"));
        assertThat(ok.summary()).contains("deployed");
        assertThat(refused.deployed()).isFalse();
        assertThat(refused.summary()).contains("exit 1").contains("OVF-SEC-003");
        assertThat(stopped.deployed()).isFalse();
        assertThat(stopped.timedOut()).isTrue();
        assertThat(stopped.summary()).contains("timeout");
    }
}
