package org.vcmtck.features.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcmtck.features.fixtures.ScriptFixtures.deleteTree;
import static org.vcmtck.features.fixtures.ScriptFixtures.requirePosixShell;
import static org.vcmtck.features.fixtures.ScriptFixtures.runningAfterAWhile;
import static org.vcmtck.features.fixtures.ScriptFixtures.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.profiles.target.CommandTemplate;
import org.vcmtck.profiles.target.OvfExportCommand;

/** Runs small shell scripts written by the test as if they were a vendor's export tool. */
public class ProducerExportTest {

    private Path folder;
    private Path scratch;

    @BeforeClass
    public void needsPosixShell() {
        requirePosixShell("the fixtures are /bin/sh scripts");
    }

    @BeforeMethod
    public void createFolder() throws IOException {
        folder = Files.createTempDirectory("producer-export");
        scratch = folder.resolve("scratch");
    }

    @AfterMethod(alwaysRun = true)
    public void deleteFolder() throws IOException {
        deleteTree(folder);
    }

    private static OvfExportCommand export(Duration timeout, String... arguments) throws CommandTemplate.Problem {
        return new OvfExportCommand(CommandTemplate.parse(List.of(arguments), Set.of(OvfExportCommand.OUTDIR)),
                timeout);
    }

    @Test
    public void packagesWrittenIntoAnEmptyOutdirAreFound() throws Exception {
        Path tool = script(folder, "export.sh", """
                ls -A "$2" > seen-before.txt
                printf 'tar bytes' > "$2/web.ova"
                mkdir "$2/db"
                printf '<Envelope/>' > "$2/db/db.ovf"
                printf 'disk' > "$2/db/db-disk1.vmdk"
                echo 'export log' > "$2/export.log"
                """);

        ProducerExport.Outcome outcome = ProducerExport.run(export(Duration.ofSeconds(60), tool.toString(), "--out",
                "{outdir}"), scratch);

        assertThat(outcome).isInstanceOf(ProducerExport.Exported.class);
        ProducerExport.Exported exported = (ProducerExport.Exported) outcome;
        assertThat(exported.outDir()).startsWith(scratch);
        assertThat(exported.packages()).containsExactly(exported.outDir().resolve("db/db.ovf"),
                exported.outDir().resolve("web.ova"));
        // the tool ran in the folder around {outdir} and found {outdir} empty
        Path seen = exported.outDir().getParent().resolve("seen-before.txt");
        assertThat(seen).isRegularFile();
        assertThat(Files.readString(seen)).isEmpty();
    }

    @Test
    public void nonZeroExitIsAFailureNamingCommandExitCodeAndStandardError() throws Exception {
        Path tool = script(folder, "broken.sh", "echo 'licence server unreachable' >&2\nexit 5\n");

        ProducerExport.Outcome outcome = ProducerExport.run(export(Duration.ofSeconds(60), tool.toString(),
                "{outdir}"), scratch);

        assertThat(outcome).isInstanceOf(ProducerExport.Failed.class);
        ProducerExport.Failed failed = (ProducerExport.Failed) outcome;
        assertThat(failed.exitCode()).isEqualTo(5);
        assertThat(failed.timedOut()).isFalse();
        assertThat(failed.command().get(0)).isEqualTo(tool.toString());
        assertThat(failed.reason()).contains(tool.toString()).contains("exit code 5")
                .contains("licence server unreachable");
    }

    @Test
    public void successWithoutAnyPackageIsAFailure() throws Exception {
        Path tool = script(folder, "lazy.sh", "echo 'nothing to export' > \"$1/README.txt\"\n");

        ProducerExport.Outcome outcome = ProducerExport.run(export(Duration.ofSeconds(60), tool.toString(),
                "{outdir}"), scratch);

        assertThat(outcome).isInstanceOf(ProducerExport.Failed.class);
        ProducerExport.Failed failed = (ProducerExport.Failed) outcome;
        assertThat(failed.exitCode()).isZero();
        assertThat(failed.reason()).contains("exited 0 but left nothing to check").contains("no .ova, .ovf");
    }

    @Test
    public void commandRunningPastTheTimeoutIsStoppedWithTheProcessesItStarted() throws Exception {
        Path pidFile = folder.resolve("child.pid");
        Path tool = script(folder, "hang.sh", "sleep 300 &\necho $! > '" + pidFile + "'\nwait\n");

        ProducerExport.Outcome outcome = ProducerExport.run(export(Duration.ofSeconds(1), tool.toString(),
                "{outdir}"), scratch);

        assertThat(outcome).isInstanceOf(ProducerExport.Failed.class);
        ProducerExport.Failed failed = (ProducerExport.Failed) outcome;
        assertThat(failed.timedOut()).isTrue();
        assertThat(failed.reason()).contains("stopped after 1 s").contains("producer.timeoutSeconds");
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertThat(runningAfterAWhile(child)).as("the script's child 'sleep' process " + child).isFalse();
    }

    @Test
    public void longStandardErrorIsCappedAndOnlyItsEndQuoted() throws Exception {
        Path tool = script(folder, "noisy.sh", """
                i=0
                while [ $i -lt 500 ]; do
                  echo "warning $i: a tool that complains far too much ........................................" >&2
                  i=$((i+1))
                done
                echo "FINAL: gave up" >&2
                exit 1
                """);

        ProducerExport.Outcome outcome = ProducerExport.run(export(Duration.ofSeconds(60), tool.toString(),
                "{outdir}"), scratch, 20_000);

        ProducerExport.Failed failed = (ProducerExport.Failed) outcome;
        assertThat(failed.stderr()).contains("output cut at 20000 bytes").doesNotContain("FINAL");
        assertThat(failed.reason()).contains("standard error (end)").contains("output cut at 20000 bytes")
                .doesNotContain("warning 0:");
        assertThat(failed.reason().length()).isLessThan(ProducerExport.QUOTED_STDERR_CHARS + 500);
    }

    @Test
    public void missingProgramIsNotStarted() throws Exception {
        Path missing = folder.resolve("no-such-exporter");

        ProducerExport.Outcome outcome = ProducerExport.run(export(Duration.ofSeconds(5), missing.toString(),
                "{outdir}"), scratch);

        assertThat(outcome).isInstanceOf(ProducerExport.NotStarted.class);
        assertThat(((ProducerExport.NotStarted) outcome).reason()).contains("cannot start")
                .contains("no-such-exporter");
    }
}
