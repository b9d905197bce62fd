package org.vcmtck.features.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vcmtck.features.run.ConformanceRun;
import org.vcmtck.features.run.ExitCodes;
import org.vcmtck.features.run.FailOn;
import org.vcmtck.features.run.Verbosity;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.reports.integrity.KeyFileException;
import org.vcmtck.reports.integrity.SigningKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vcmtck check}: runs the suite against a target and writes the conformance report. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Runs the conformance scenarios against a target and writes the conformance report (HTML,"
                + " JSON, JUnit XML) and Allure results into --out. Without --target, the built-in reference is"
                + " started in this process on loopback.",
        footer = {
            "",
            "Scenarios of standards the target does not claim, and scenarios tagged @reference-only (for any",
            "target but the built-in reference), are always left out; --tags narrows the selection further.",
            "",
            "--profile and --tags combine: a scenario runs when it belongs to one of the --profile standards AND",
            "matches --tags.",
            "",
            "Output: the per-standard summary and notes on stdout; progress (scenario counter, current feature)",
            "on stderr, one line rewritten in place on a terminal, one line per feature otherwise. --quiet prints",
            "only the final summary line and errors; --verbose adds one line per scenario with its outcome.",
            "",
            "Exit codes: 0 every checked requirement passed (some may be not tested or not applicable), or only",
            "requirements weaker than --fail-on failed; 1 a requirement of the --fail-on level or stronger failed",
            "(with the default 'may': any requirement, or a scenario citing none); 2 bad usage (e.g. a bad",
            "--fail-on or --profile value) or target file; 3 the target cannot be reached; 4 the kit itself failed."
        })
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--target", paramLabel = "FILE",
            description = "Target file (YAML) naming the endpoints, credentials and claims, and for OVF the packages"
                    + " to check (endpoints.ovf: paths, folders, http(s) URLs), the export command (producer:) and the"
                    + " deploy command (consumer:). Default: the built-in reference.")
    Path target;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression selecting scenarios, e.g. '@DSP0243 and @must'. Default: every"
                    + " scenario that applies to the target.")
    String tags;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "vcmtck-report",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--features", paramLabel = "PATH",
            description = "Run these feature files (a folder or one file) instead of the shipped suite; for suite"
                    + " developers. Their tags must still be catalogue ids for the report to count them.")
    Path features;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Run only the scenarios of this standard or profile, e.g. DSP1042 or DSP0263 (repeatable;"
                    + " the Feature tag @ID). Combined with --tags by AND.")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "may", converter = FailOnConverter.class,
            description = "must, should or may: the weakest requirement level whose failure makes the run exit 1"
                    + " (default: ${DEFAULT-VALUE}, any failed requirement). With 'must', failed SHOULD and MAY"
                    + " requirements are reported but exit 0.")
    FailOn failOn;

    @Option(names = "--sign-key", paramLabel = "FILE",
            description = "Sign report.json with this private key (PKCS#8 PEM, RSA >= 2048 bits or EC P-256/384/521)"
                    + " as a detached JWS over its canonical form; check it with 'vcmtck verify-report'.")
    Path signKey;

    @Option(names = "--sign-cert", paramLabel = "FILE",
            description = "X.509 certificate (PEM) of --sign-key, embedded in the signature so readers see the"
                    + " signer.")
    Path signCert;

    @Option(names = {"-q", "--quiet"}, description = "Print only the final summary line and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print each scenario with its outcome.")
    boolean verbose;

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (quiet && verbose) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quiet and --verbose exclude each other");
        }
        Catalogue catalogue = Catalogue.loadDefault();
        Optional<String> selection = ProfileSelection.combine(Optional.ofNullable(tags),
                ProfileSelection.tagExpression(profiles, catalogue, spec.commandLine()));
        Verbosity verbosity = quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
        ConformanceRun run = new ConformanceRun(catalogue, stdout, stderr);
        if (signCert != null && signKey == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sign-cert needs --sign-key");
        }
        if (signKey != null) {
            try {
                run.signingReportsWith(SigningKeys.load(signKey, Optional.ofNullable(signCert)));
            } catch (KeyFileException e) {
                stderr.println("vcmtck: cannot sign the report: " + e.getMessage());
                stderr.flush();
                return ExitCodes.BAD_TARGET;
            }
        }
        int exit = run.execute(new ConformanceRun.Options(Optional.ofNullable(target), selection, out,
                Optional.ofNullable(features), failOn, verbosity, System.console() != null));
        stdout.flush();
        stderr.flush();
        return exit;
    }
}
