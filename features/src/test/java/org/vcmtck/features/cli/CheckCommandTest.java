package org.vcmtck.features.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;
import org.vcmtck.features.run.FailOn;
import org.vcmtck.profiles.Catalogue;
import picocli.CommandLine;

/** Option parsing of {@code check}; nothing here starts a run (every case stops at a usage error or parses only). */
public class CheckCommandTest {

    private CapturedCli cli;

    @BeforeMethod
    public void freshOutput() {
        cli = new CapturedCli();
    }

    private static CheckCommand parse(String... args) {
        CheckCommand command = new CheckCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    public void failOnDefaultsToMayAndAcceptsEachLevelInAnyCase() {
        assertThat(parse().failOn).isEqualTo(FailOn.MAY);
        assertThat(parse("--fail-on", "must").failOn).isEqualTo(FailOn.MUST);
        assertThat(parse("--fail-on", "SHOULD").failOn).isEqualTo(FailOn.SHOULD);
        assertThat(parse("--fail-on=may").failOn).isEqualTo(FailOn.MAY);
    }

    @Test
    public void badFailOnValueExitsTwoNamingTheOption() {
        assertThat(cli.execute("check", "--fail-on", "sometimes")).isEqualTo(2);
        assertThat(cli.err()).contains("--fail-on").contains("sometimes");
    }

    @Test
    public void profilesRepeatAndQuietVerboseParse() {
        CheckCommand command = parse("--profile", "DSP1042", "--profile", "DSP0263", "-q");
        assertThat(command.profiles).containsExactly("DSP1042", "DSP0263");
        assertThat(command.quiet).isTrue();
        assertThat(parse("--verbose").verbose).isTrue();
    }

    @Test
    public void unknownProfileExitsTwoNamingTheOption() {
        assertThat(cli.execute("check", "--profile", "DSP4242")).isEqualTo(2);
        assertThat(cli.err()).contains("--profile").contains("DSP4242");
    }

    @Test
    public void quietAndVerboseTogetherAreAUsageError() {
        assertThat(cli.execute("check", "--quiet", "--verbose")).isEqualTo(2);
        assertThat(cli.err()).contains("--quiet").contains("--verbose");
    }

    @Test
    public void profileSelectionBecomesFeatureTagsAndCombinesWithTagsByAnd() {
        Catalogue catalogue = Catalogue.loadDefault();
        CommandLine cli = new CommandLine(new CheckCommand());
        assertThat(ProfileSelection.tagExpression(List.of(), catalogue, cli)).isEmpty();
        assertThat(ProfileSelection.tagExpression(List.of("dsp1042"), catalogue, cli)).contains("@DSP1042");
        Optional<String> two = ProfileSelection.tagExpression(List.of("DSP1042", "@DSP1057"), catalogue, cli);
        assertThat(two).contains("(@DSP1042 or @DSP1057)");
        assertThat(ProfileSelection.combine(Optional.of("@must"), two)).contains("(@must) and (@DSP1042 or @DSP1057)");
        assertThat(ProfileSelection.combine(Optional.empty(), two)).isEqualTo(two);
        assertThat(ProfileSelection.combine(Optional.of("@must"), Optional.empty())).contains("@must");
        assertThatThrownBy(() -> ProfileSelection.tagExpression(List.of("NOPE"), catalogue, cli))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--profile");
    }

    @Test
    public void helpDocumentsTheNewOptionsAndExitCodes() {
        assertThat(cli.execute("check", "--help")).isZero();
        assertThat(cli.out()).contains("--profile=ID").contains("--fail-on=LEVEL").contains("--quiet")
                .contains("--verbose").contains("Exit codes");
    }
}
