package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** The {@code consumer:} section of a target file. */
public class ConsumerSectionTest extends TargetFileTestSupport {

    public ConsumerSectionTest() {
        super("consumer-section", name -> null);
    }

    @Test
    public void fullSectionLoads() throws Exception {
        Target target = load(HEAD + """
                consumer:
                  deploy: [acme-cli, import, "{package}", --workdir, "{workdir}"]
                  acceptEula: [--accept-eula]
                  property: [--prop, "{key}={value}"]
                  deploymentOption: [--config, "{id}"]
                  list: [acme-cli, list-vms]
                  powerOn: [--power-on, --wait]
                  timeoutSeconds: 42
                """ + CLAIMS);

        OvfConsumerCommand consumer = target.consumer().orElseThrow();
        assertThat(consumer.deploy().arguments())
                .containsExactly("acme-cli", "import", "{package}", "--workdir", "{workdir}");
        assertThat(consumer.acceptEula().orElseThrow().arguments()).containsExactly("--accept-eula");
        assertThat(consumer.property().orElseThrow().arguments()).containsExactly("--prop", "{key}={value}");
        assertThat(consumer.deploymentOption().orElseThrow().arguments()).containsExactly("--config", "{id}");
        assertThat(consumer.listCommand()).contains(List.of("acme-cli", "list-vms"));
        assertThat(consumer.powerOn().orElseThrow().arguments()).containsExactly("--power-on", "--wait");
        assertThat(consumer.timeout()).isEqualTo(Duration.ofSeconds(42));
        // a consumer alone is something to check: no endpoints needed
        assertThat(target.isBuiltInReference()).isFalse();
        assertThat(target.endpoints().ovf()).isEmpty();
    }

    @Test
    public void minimalSectionHasDefaults() throws Exception {
        Target target = load(HEAD + "consumer:\n  deploy: [deployer, \"{package}\"]\n" + CLAIMS);

        OvfConsumerCommand consumer = target.consumer().orElseThrow();
        assertThat(consumer.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(consumer.acceptEula()).isEmpty();
        assertThat(consumer.property()).isEmpty();
        assertThat(consumer.deploymentOption()).isEmpty();
        assertThat(consumer.list()).isEmpty();
        assertThat(consumer.powerOn()).isEmpty();
    }

    @Test
    public void oneArgumentOptionMayBeWrittenWithoutBrackets() throws Exception {
        Target target = load(HEAD + "consumer:\n  deploy: [d, \"{package}\"]\n  acceptEula: --yes\n" + CLAIMS);

        assertThat(target.consumer().orElseThrow().acceptEula().orElseThrow().arguments()).containsExactly("--yes");
    }

    @Test
    public void relativeProgramPathIsTakenFromTheTargetFileFolder() throws Exception {
        Target target = load(HEAD + "consumer:\n  deploy: [bin/deployer, \"{package}\"]\n"
                + "  list: [./lister]\n" + CLAIMS);

        OvfConsumerCommand consumer = target.consumer().orElseThrow();
        Path base = folder.toAbsolutePath();
        assertThat(consumer.deploy().arguments().get(0)).isEqualTo(base.resolve("bin/deployer").toString());
        assertThat(consumer.listCommand().orElseThrow().get(0)).isEqualTo(base.resolve("lister").toString());
    }

    @Test
    public void targetWithoutConsumerSectionHasNone() throws Exception {
        Target target = load(HEAD + "endpoints:\n  ovf: pkg.ova\n" + CLAIMS);

        assertThat(target.consumer()).isEmpty();
    }

    @Test
    public void referenceTargetMayNameAConsumerToo() throws Exception {
        Target target = load(HEAD + "reference:\nconsumer:\n  deploy: [d, \"{package}\"]\n");

        assertThat(target.isBuiltInReference()).isTrue();
        assertThat(target.consumer()).isPresent();
    }

    @Test
    public void documentedExampleHasAConsumer() throws Exception {
        Path example = documentedExample();
        Target target = TargetLoader.load(example, catalogue, Map.of("CIMI_PASSWORD", "x")::get);

        OvfConsumerCommand consumer = target.consumer().orElseThrow();
        assertThat(consumer.deploy().uses(OvfConsumerCommand.PACKAGE)).isTrue();
        assertThat(consumer.property()).isPresent();
        assertThat(consumer.deploymentOption()).isPresent();
    }

    @DataProvider
    public Object[][] badSections() {
        return new Object[][] {
                {"consumer:\n", "consumer", "needs at least 'deploy:'"},
                {"consumer: [a, b]\n", "consumer", "must be a mapping"},
                {"consumer:\n  list: [l]\n", "consumer.deploy", "is required in the consumer section"},
                {"consumer:\n  deploy: []\n", "consumer.deploy", "must list the program"},
                {"consumer:\n  deploy: \"acme import {package}\"\n", "consumer.deploy", "no shell"},
                {"consumer:\n  deploy: [acme, import]\n", "consumer.deploy", "{package}"},
                {"consumer:\n  deploy: [acme, \"{pkg}\"]\n", "consumer.deploy[1]", "unknown placeholder '{pkg}'"},
                {"consumer:\n  deploy: [acme, \"{package}\", \"{id}\"]\n", "consumer.deploy[2]", "'{id}'"},
                {"consumer:\n  deploy: [\"{package}\"]\n", "consumer.deploy[0]", "program to run"},
                {"consumer:\n  deploy: [acme, \"{package\"]\n", "consumer.deploy[1]", "without a closing"},
                {"consumer:\n  deploy: [acme, 7, \"{package}\"]\n", "consumer.deploy[1]", "must be text"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  deployOpt: [x]\n", "consumer.deployOpt", "unknown key"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  acceptEula: []\n", "consumer.acceptEula",
                        "at least one argument"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  acceptEula: [\"{key}\"]\n", "consumer.acceptEula[0]",
                        "unknown placeholder"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  property: [--prop, \"{key}\"]\n", "consumer.property",
                        "must use {value}"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  deploymentOption: [--config]\n",
                        "consumer.deploymentOption", "must use {id}"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  list: [l, \"{workdir}\"]\n", "consumer.list[1]",
                        "allowed here: none"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  powerOn: [--start, \"{workdir}\"]\n",
                        "consumer.powerOn[1]", "allowed here: none"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  powerOn: []\n", "consumer.powerOn",
                        "at least one argument"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  timeoutSeconds: 0\n", "consumer.timeoutSeconds",
                        "at least 1"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  timeoutSeconds: -5\n", "consumer.timeoutSeconds",
                        "must not be negative"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  timeoutSeconds: soon\n", "consumer.timeoutSeconds",
                        "whole number"},
                {"consumer:\n  deploy: [a, \"{package}\"]\n  timeoutSeconds: 100000\n", "consumer.timeoutSeconds",
                        "at most 86400"},
        };
    }

    @Test(dataProvider = "badSections")
    public void badFieldIsRefusedWithFileLineAndField(String section, String field, String problem)
            throws IOException {
        TargetFileException e = failure(HEAD + section + CLAIMS);

        assertThat(e.field()).isEqualTo(field);
        assertThat(e.getMessage()).contains(problem);
        assertThat(e.line()).as("line of " + field).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(4);
    }

    @Test
    public void consumerWithoutOvfClaimIsRefused() throws IOException {
        TargetFileException e = failure(HEAD + "consumer:\n  deploy: [a, \"{package}\"]\n"
                + "claims:\n  standards: [DSP0263]\n");

        assertThat(e.field()).isEqualTo("consumer");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("DSP0243").contains("claims.standards");
    }

    @Test
    public void targetWithNothingToCheckNamesTheConsumerAsAnOption() throws IOException {
        TargetFileException e = failure(HEAD + CLAIMS);

        assertThat(e.getMessage()).contains("'consumer:'");
    }
}
