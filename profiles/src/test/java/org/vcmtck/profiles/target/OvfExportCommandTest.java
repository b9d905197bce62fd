package org.vcmtck.profiles.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

public class OvfExportCommandTest {

    private static CommandTemplate template(String... arguments) throws CommandTemplate.Problem {
        return CommandTemplate.parse(List.of(arguments), Set.of("outdir"));
    }

    @Test
    public void outdirIsExpandedToAnAbsolutePathKeptAsOneArgument() throws Exception {
        OvfExportCommand command = new OvfExportCommand(template("acme", "export", "--out", "{outdir}"), null);

        List<String> line = command.exportCommand(Path.of("out dir"));

        assertThat(line).hasSize(4);
        assertThat(line.get(3)).isEqualTo(Path.of("out dir").toAbsolutePath().toString());
        assertThat(command.timeout()).isEqualTo(OvfExportCommand.DEFAULT_TIMEOUT);
    }

    @Test
    public void aCommandWithoutOutdirIsRefused() throws Exception {
        CommandTemplate noOutdir = template("acme", "export");

        assertThatThrownBy(() -> new OvfExportCommand(noOutdir, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{outdir}")
                .hasMessageContaining("acme export");
    }

    @Test
    public void aTimeoutMustBePositive() throws Exception {
        CommandTemplate export = template("acme", "{outdir}");

        assertThatThrownBy(() -> new OvfExportCommand(export, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }
}
