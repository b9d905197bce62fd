package org.vcmtck.features.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import picocli.CommandLine;

public class VcmtckCommandTest {

    private StringWriter out;
    private StringWriter err;

    @BeforeMethod
    public void freshOutput() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int execute(String... args) {
        CommandLine cli = VcmtckCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    public void helpNamesTheCheckCommandAndTheExitCodes() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("check").contains("3  the target cannot be reached");
    }

    @Test
    public void checkHelpDocumentsEveryOption() {
        assertThat(execute("check", "--help")).isZero();
        assertThat(out.toString()).contains("--target=FILE").contains("--tags=EXPR").contains("--out=DIR")
                .contains("vcmtck-report");
    }

    @Test
    public void unknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(execute("check", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    public void missingCommandIsAUsageError() {
        assertThat(execute()).isEqualTo(2);
        assertThat(err.toString()).contains("check");
    }
}
