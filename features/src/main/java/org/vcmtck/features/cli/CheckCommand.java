package org.vcmtck.features.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vcmtck.features.run.ConformanceRun;
import org.vcmtck.profiles.Catalogue;
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
            "Exit codes: 0 every checked requirement passed (some may be not tested or not applicable);",
            "1 a requirement (or a scenario citing none) failed; 2 bad usage or target file; 3 the target",
            "cannot be reached; 4 the kit itself failed."
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

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ConformanceRun run = new ConformanceRun(Catalogue.loadDefault(), stdout, stderr);
        int exit = run.execute(new ConformanceRun.Options(Optional.ofNullable(target), Optional.ofNullable(tags), out,
                Optional.ofNullable(features)));
        stdout.flush();
        stderr.flush();
        return exit;
    }
}
