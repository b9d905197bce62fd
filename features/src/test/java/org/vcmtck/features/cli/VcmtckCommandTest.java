package org.vcmtck.features.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class VcmtckCommandTest {

    private CapturedCli cli;

    @BeforeMethod
    public void freshOutput() {
        cli = new CapturedCli();
    }

    @Test
    public void helpNamesTheCheckCommandAndTheExitCodes() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.out()).contains("check").contains("3  the target cannot be reached");
    }

    @Test
    public void checkHelpDocumentsEveryOption() {
        assertThat(cli.execute("check", "--help")).isZero();
        assertThat(cli.out()).contains("--target=FILE").contains("--tags=EXPR").contains("--out=DIR")
                .contains("vcmtck-report");
    }

    @Test
    public void unknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(cli.execute("check", "--no-such-option")).isEqualTo(2);
        assertThat(cli.err()).contains("--no-such-option");
    }

    @Test
    public void missingCommandIsAUsageError() {
        assertThat(cli.execute()).isEqualTo(2);
        assertThat(cli.err()).contains("check");
    }
}
