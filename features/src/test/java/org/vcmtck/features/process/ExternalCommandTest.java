package org.vcmtck.features.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.testng.SkipException;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** The runner shared by the consumer and producer adapters; their own tests cover timeouts and capping. */
public class ExternalCommandTest {

    @BeforeClass
    public void needsPosixShell() {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            throw new SkipException("the commands are run through /bin/sh");
        }
    }

    @Test
    public void argumentsArriveIntactAndBothStreamsAndTheExitCodeAreKept() throws Exception {
        ExternalCommand.Finished finished = ExternalCommand.run(List.of("/bin/sh", "-c",
                "printf '%s|' \"$@\"; echo oops >&2; exit 7", "sh", "two words", "$HOME", "'q'"), null,
                Duration.ofSeconds(30), 1000);

        assertThat(finished.stdout()).isEqualTo("two words|$HOME|'q'|");
        assertThat(finished.stderr()).isEqualTo("oops\n");
        assertThat(finished.exitCode()).isEqualTo(7);
        assertThat(finished.succeeded()).isFalse();
        assertThat(finished.timedOut()).isFalse();
    }

    @Test
    public void runsInTheGivenDirectory() throws Exception {
        Path folder = Files.createTempDirectory("external-command");
        try {
            ExternalCommand.Finished finished = ExternalCommand.run(List.of("/bin/sh", "-c", "pwd -P"), folder,
                    Duration.ofSeconds(30), 1000);

            assertThat(finished.succeeded()).isTrue();
            assertThat(finished.stdout().strip()).isEqualTo(folder.toRealPath().toString());
        } finally {
            Files.delete(folder);
        }
    }

    @Test
    public void aMissingProgramIsNotStartedAndNamed() {
        assertThatThrownBy(() -> ExternalCommand.run(List.of("/no/such/program", "x"), null, Duration.ofSeconds(5),
                1000)).isInstanceOf(ExternalCommand.NotStarted.class).hasMessageContaining("/no/such/program x")
                .satisfies(e -> assertThat(((ExternalCommand.NotStarted) e).command())
                        .containsExactly("/no/such/program", "x"));
    }

    @Test
    public void outputLimitMustBePositive() {
        assertThatThrownBy(() -> ExternalCommand.run(List.of("/bin/true"), null, Duration.ofSeconds(5), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outputLimit");
    }
}
