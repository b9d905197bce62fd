package org.vcmtck.features.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class ProgressDisplayTest {

    private StringWriter progress;
    private StringWriter scenarios;

    @BeforeMethod
    public void freshStreams() {
        progress = new StringWriter();
        scenarios = new StringWriter();
    }

    private ProgressDisplay display(boolean terminal, boolean verbose) {
        return new ProgressDisplay(new PrintWriter(progress), new PrintWriter(scenarios), terminal, verbose);
    }

    private static void runTwoFeatures(ProgressDisplay display) {
        display.scenarioStarted("classpath:features/cim/a.feature");
        display.scenarioFinished("classpath:features/cim/a.feature", "first", "PASSED");
        display.scenarioStarted("classpath:features/cim/a.feature");
        display.scenarioFinished("classpath:features/cim/a.feature", "second", "FAILED");
        display.scenarioStarted("file:///tmp/mine/b.feature");
        display.scenarioFinished("file:///tmp/mine/b.feature", "third", "SKIPPED");
        display.runFinished();
    }

    @Test
    public void plainOutputHasOneLinePerFeatureAndAClosingCount() {
        ProgressDisplay display = display(false, false);
        runTwoFeatures(display);

        assertThat(progress.toString()).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
                "vcmtck: scenario 1: cim/a.feature", "vcmtck: scenario 3: /tmp/mine/b.feature",
                "vcmtck: 3 scenarios run, 1 failed", ""));
        assertThat(scenarios.toString()).isEmpty();
        assertThat(display.finishedScenarios()).isEqualTo(3);
    }

    @Test
    public void terminalOutputRewritesOneLineAndClearsItAtTheEnd() {
        runTwoFeatures(display(true, false));

        String text = progress.toString();
        assertThat(text).contains("\rvcmtck: scenario 2 · cim/a.feature")
                .contains("\rvcmtck: scenario 3 (1 failed) · /tmp/mine/b.feature");
        // the only line break is the closing count's, after the progress line was wiped
        assertThat(text.split(System.lineSeparator(), -1)).hasSize(2);
        assertThat(text).endsWith("\rvcmtck: 3 scenarios run, 1 failed" + System.lineSeparator());
    }

    @Test
    public void verboseAddsOneLinePerScenarioWithItsOutcome() {
        runTwoFeatures(display(false, true));

        assertThat(scenarios.toString().lines().toList()).containsExactly("PASSED    cim/a.feature: first",
                "FAILED    cim/a.feature: second", "SKIPPED   /tmp/mine/b.feature: third");
    }
}
