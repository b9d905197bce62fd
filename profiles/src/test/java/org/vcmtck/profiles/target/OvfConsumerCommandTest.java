package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.testng.annotations.Test;

public class OvfConsumerCommandTest {

    private static CommandTemplate template(String... arguments) throws CommandTemplate.Problem {
        return CommandTemplate.parse(List.of(arguments), Set.of("package", "workdir", "key", "value", "id"));
    }

    private static OvfConsumerCommand full() throws CommandTemplate.Problem {
        return new OvfConsumerCommand(template("acme", "import", "{package}", "--workdir", "{workdir}"),
                Optional.of(template("--accept-eula")), Optional.of(template("--prop", "{key}={value}")),
                Optional.of(template("--config={id}")), Optional.of(template("acme", "list")),
                Optional.of(template("--power-on")), Duration.ofSeconds(9));
    }

    @Test
    public void deployCommandAppendsOneOptionPerChoiceInOrder() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("app.ip", "10.0.0.1");
        properties.put("app.name", "web one");
        Path pkg = Path.of("/packages/a.ova");
        Path work = Path.of("/scratch/deploy-1");

        List<String> command = full().deployCommand(pkg, work, true, properties, "large");

        assertThat(command).containsExactly("acme", "import", "/packages/a.ova", "--workdir", "/scratch/deploy-1",
                "--accept-eula", "--prop", "app.ip=10.0.0.1", "--prop", "app.name=web one", "--config=large");
    }

    @Test
    public void noChoicesGiveTheBareDeployCommand() throws Exception {
        List<String> command = full().deployCommand(Path.of("/p.ovf"), Path.of("/w"), false, Map.of(), null);

        assertThat(command).containsExactly("acme", "import", "/p.ovf", "--workdir", "/w");
    }

    @Test
    public void relativePathsAreMadeAbsolute() throws Exception {
        List<String> command = full().deployCommand(Path.of("rel.ova"), Path.of("w"), false, Map.of(), null);

        assertThat(Path.of(command.get(2))).isAbsolute().endsWithRaw(Path.of("rel.ova"));
        assertThat(Path.of(command.get(4))).isAbsolute().endsWithRaw(Path.of("w"));
    }

    @Test
    public void aChoiceWithoutTemplateIsRefusedNamingTheField() throws Exception {
        OvfConsumerCommand bare = new OvfConsumerCommand(template("acme", "{package}"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), null);

        assertThat(bare.timeout()).isEqualTo(OvfConsumerCommand.DEFAULT_TIMEOUT);
        assertThat(bare.listCommand()).isEmpty();
        assertThatThrownBy(() -> bare.deployCommand(Path.of("/p"), Path.of("/w"), true, Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'acceptEula'");
        assertThatThrownBy(() -> bare.deployCommand(Path.of("/p"), Path.of("/w"), false, Map.of("k", "v"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'property'");
        assertThatThrownBy(() -> bare.deployCommand(Path.of("/p"), Path.of("/w"), false, Map.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'deploymentOption'");
    }

    @Test
    public void powerOnIsAppendedLastWhenAskedFor() throws Exception {
        List<String> command = full().deployCommand(Path.of("/p.ovf"), Path.of("/w"), true, Map.of(), "small", true);

        assertThat(command).containsExactly("acme", "import", "/p.ovf", "--workdir", "/w", "--accept-eula",
                "--config=small", "--power-on");
        assertThat(full().deployCommand(Path.of("/p.ovf"), Path.of("/w"), false, Map.of(), null, false))
                .doesNotContain("--power-on");
    }

    @Test
    public void powerOnWithoutTemplateIsRefusedNamingTheField() throws Exception {
        OvfConsumerCommand bare = new OvfConsumerCommand(template("acme", "{package}"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), null);

        assertThat(bare.powerOn()).isEmpty();
        assertThatThrownBy(() -> bare.deployCommand(Path.of("/p"), Path.of("/w"), false, Map.of(), null, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'powerOn'");
    }

    @Test
    public void listCommandIsTheListTemplate() throws Exception {
        assertThat(full().listCommand()).contains(List.of("acme", "list"));
    }

    @Test
    public void nonPositiveTimeoutIsRefused() throws Exception {
        CommandTemplate deploy = template("acme", "{package}");
        assertThatThrownBy(() -> new OvfConsumerCommand(deploy, null, null, null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
