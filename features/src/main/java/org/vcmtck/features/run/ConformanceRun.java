package org.vcmtck.features.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vcmtck.features.consumer.CommandConsumer;
import org.vcmtck.features.consumer.OvfConsumer;
import org.vcmtck.features.target.ActiveTarget;
import org.vcmtck.features.target.InteropRegistrations;
import org.vcmtck.features.target.CommandProducer;
import org.vcmtck.features.target.OvfPackages;
import org.vcmtck.features.target.OvfProducer;
import org.vcmtck.features.target.ProducerExport;
import org.vcmtck.features.target.Reachability;
import org.vcmtck.features.target.ReferenceLauncherConsumer;
import org.vcmtck.features.target.ReferenceLauncherProducer;
import org.vcmtck.features.target.ReferenceTarget;
import org.vcmtck.features.target.TargetSession;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Standard;
import org.vcmtck.profiles.registration.ProfileDiscovery;
import org.vcmtck.profiles.target.Claims;
import org.vcmtck.profiles.target.ReferenceOptions;
import org.vcmtck.profiles.target.Target;
import org.vcmtck.profiles.target.TargetFileException;
import org.vcmtck.profiles.target.TargetLoader;
import org.vcmtck.reports.ConformanceReport;
import org.vcmtck.reports.CucumberJsonReader;
import org.vcmtck.reports.Outcome;
import org.vcmtck.reports.ReportBuilder;
import org.vcmtck.reports.ReportInputException;
import org.vcmtck.reports.ReportWriter;
import org.vcmtck.reports.RequirementStatus;
import org.vcmtck.reports.RunInfo;
import org.vcmtck.reports.ScenarioOutcome;
import org.vcmtck.reports.SummaryPrinter;
import org.vcmtck.reports.integrity.ReportSigner;

/**
 * One conformance run: target file → (built-in reference started if asked) → reachability → scenarios →
 * report. Both {@code vcmtck check} and the build's own integration test go through here, so there is one
 * way to run the suite.
 */
public final class ConformanceRun {

    /** Scenarios that only make sense against the built-in reference (they drive its launcher). */
    static final String REFERENCE_ONLY = "@reference-only";

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final Catalogue catalogue;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Of the run in progress; notes on stdout are left out when quiet. */
    private Verbosity verbosity = Verbosity.NORMAL;

    /** Signs report.json when set (check --sign-key); the digest is written either way. */
    private Optional<ReportSigner> reportSigner = Optional.empty();

    public ConformanceRun(Catalogue catalogue, PrintWriter out, PrintWriter err) {
        this.catalogue = catalogue;
        this.out = out;
        this.err = err;
    }

    /** Signs the JSON report of the runs that follow with this key. */
    public ConformanceRun signingReportsWith(ReportSigner signer) {
        this.reportSigner = Optional.of(signer);
        return this;
    }

    /**
     * The options of one run.
     *
     * @param features feature files to run instead of the shipped suite (a folder or a file), for suite developers
     */
    public record Options(Optional<Path> targetFile, Optional<String> tags, Path outDir, Optional<Path> features,
                          FailOn failOn, Verbosity verbosity, boolean terminal) {

        /**
         * @param failOn    the weakest level whose failed requirement makes the run exit 1
         * @param verbosity how much is printed while running
         * @param terminal  whether stderr is a terminal (progress is then one line rewritten in place)
         */
        public Options {
            failOn = failOn == null ? FailOn.MAY : failOn;
            verbosity = verbosity == null ? Verbosity.NORMAL : verbosity;
        }

        public Options(Optional<Path> targetFile, Optional<String> tags, Path outDir, Optional<Path> features) {
            this(targetFile, tags, outDir, features, FailOn.MAY, Verbosity.NORMAL, false);
        }

        public Options(Optional<Path> targetFile, Optional<String> tags, Path outDir) {
            this(targetFile, tags, outDir, Optional.empty());
        }
    }

    /** Runs and returns the process exit code (see {@link ExitCodes}). */
    public int execute(Options options) {
        verbosity = options.verbosity();
        Target target;
        try {
            target = options.targetFile().isPresent()
                    ? TargetLoader.load(options.targetFile().get(), catalogue)
                    : Target.builtInReference(catalogue);
        } catch (TargetFileException e) {
            err.println("vcmtck: " + e.getMessage());
            return ExitCodes.BAD_TARGET;
        }
        if (options.features().isPresent() && !Files.exists(options.features().get())) {
            err.println("vcmtck: no feature files at " + options.features().get());
            return ExitCodes.BAD_TARGET;
        }
        Path workDir;
        try {
            Files.createDirectories(options.outDir());
            // a folder of this run's own: the output folder may hold the user's files, which must survive
            workDir = Files.createTempDirectory(options.outDir(), "scratch-");
        } catch (IOException e) {
            err.println("vcmtck: cannot create the output folder " + options.outDir() + ": " + e.getMessage());
            return ExitCodes.BAD_TARGET;
        }
        try {
            if (target.isBuiltInReference()) {
                return runAgainstReference(target, options, workDir);
            }
            // http(s) locations are fetched before the scenarios, so a location that holds nothing stops the run
            // as a mistake in the target file, like a missing local path
            OvfPackages.Resolution ovf = OvfPackages.resolve(target.endpoints().ovf(),
                    workDir.resolve(OvfPackages.DOWNLOADS));
            if (!ovf.missing().isEmpty()) {
                err.println("vcmtck: the target file names OVF package locations that hold nothing to check:");
                ovf.missing().forEach(line -> err.println("  " + line));
                return ExitCodes.BAD_TARGET;
            }
            ovf.notTestable().forEach(line -> err.println("vcmtck: note: not tested: " + line));
            return runAgainst(target, endpointsOf(target), ovf.packages(), ovfConsumer(target, workDir), Map.of(),
                    options, workDir);
        } finally {
            deleteScratch(workDir);
        }
    }

    private int runAgainstReference(Target target, Options options, Path workDir) {
        ReferenceOptions referenceOptions = target.reference().orElseThrow();
        try (ReferenceTarget reference = ReferenceTarget.start(referenceOptions)) {
            Map<String, String> simulatorOptions = new LinkedHashMap<>();
            simulatorOptions.put("launcher arguments", String.join(" ", reference.arguments()));
            info("vcmtck: built-in reference started (" + String.join(" ", reference.arguments()) + ")");
            List<Path> packages = ReferenceTarget.exportOvfPackages(referenceOptions, workDir.resolve("ovf-export"));
            info("vcmtck: built-in reference exported " + packages.size() + " OVF packages");
            // the reference's CIMI endpoint asks for the run's own user, so the authentication checks run too
            return runAgainst(reference.authenticated(target), reference.endpoints(), packages,
                    ovfConsumer(target, workDir), simulatorOptions, options, workDir);
        } catch (ReferenceTarget.StartFailure e) {
            err.println("vcmtck: the built-in reference failed: " + e.getMessage());
            return e.exitCode() == ExitCodes.BAD_TARGET ? ExitCodes.BAD_TARGET : ExitCodes.SUITE_ERROR;
        }
    }

    private int runAgainst(Target target, Map<String, String> endpoints, List<Path> ovfPackages,
            Optional<OvfConsumer> ovfConsumer, Map<String, String> simulatorOptions, Options options, Path workDir) {
        List<String> unreachable = new Reachability(CONNECT_TIMEOUT_MILLIS).unreachable(endpoints);
        if (!unreachable.isEmpty()) {
            err.println("vcmtck: the target cannot be reached:");
            unreachable.forEach(line -> err.println("  " + line));
            return ExitCodes.TARGET_UNREACHABLE;
        }
        endpoints.forEach((kind, url) -> info("vcmtck: endpoint " + kind + " " + url));
        ovfConsumer.ifPresent(consumer -> info("vcmtck: OVF consumer: " + consumer.describe()));
        Optional<List<Path>> exported = exportedPackages(target, workDir);
        if (exported.isEmpty()) {
            return ExitCodes.BAD_TARGET;
        }
        List<Path> packages = new ArrayList<>(ovfPackages);
        packages.addAll(exported.get());

        // what the target registers in its interop namespace decides which CIM profiles apply (DSP1033)
        Claims declaredClaims = target.claims();
        ProfileDiscovery discovery = InteropRegistrations.discover(catalogue, endpoints,
                Optional.ofNullable(target.credentials().get("wbem")));
        announce(discovery);
        target = target.withClaims(discovery.effectiveClaims(declaredClaims));

        String tags = effectiveTags(options.tags(), target.isBuiltInReference(), unclaimedStandards(target));
        Instant started = Instant.now();
        Path json;
        try (AutoCloseable session = ActiveTarget.open(new TargetSession(target, endpoints, workDir, packages,
                ovfConsumer, ovfProducer(target, ovfConsumer)))) {
            Optional<ProgressDisplay> progress = verbosity == Verbosity.QUIET ? Optional.empty()
                    : Optional.of(new ProgressDisplay(err, out, options.terminal(), verbosity == Verbosity.VERBOSE));
            json = ScenarioEngine.run(tags, options.features(), options.outDir(), progress);
        } catch (Exception e) {
            err.println("vcmtck: the suite could not run: " + e);
            return ExitCodes.SUITE_ERROR;
        }
        Instant finished = Instant.now();
        if (!Files.isRegularFile(json)) {
            err.println("vcmtck: the scenarios produced no results (" + json + " is missing)");
            return ExitCodes.SUITE_ERROR;
        }

        List<ScenarioOutcome> scenarios;
        try {
            scenarios = CucumberJsonReader.read(json);
        } catch (ReportInputException e) {
            err.println("vcmtck: the scenario results cannot be read: " + e.getMessage());
            return ExitCodes.SUITE_ERROR;
        }
        RunInfo run = new RunInfo(target.name(), target.description(), target.isBuiltInReference(), target.claims(),
                SuiteVersion.version(), SuiteVersion.gitCommit(), tags,
                target.reference().map(ReferenceOptions::seed).orElse(null), simulatorOptions, started, finished,
                discovery, declaredClaims);
        ConformanceReport report = ReportBuilder.build(catalogue, run, scenarios)
                .withOvfPackages(PortabilityNotes.of(packages));
        ReportWriter.writeAll(report, options.outDir(), reportSigner);
        List<String> summary = SummaryPrinter.lines(report);
        (verbosity == Verbosity.QUIET ? summary.subList(summary.size() - 1, summary.size()) : summary)
                .forEach(out::println);
        info("vcmtck: report written to " + options.outDir().resolve("report.html"));
        out.flush();
        boolean untracedFailure = report.untracedScenarios().stream().anyMatch(s -> s.status() == Outcome.FAILED);
        if (untracedFailure) {
            err.println("vcmtck: a scenario citing no requirement failed; see 'untraced scenarios' in the report");
        }
        return failsRun(report, untracedFailure, options.failOn()) ? ExitCodes.REQUIREMENT_FAILED
                : ExitCodes.CONFORMANT_SO_FAR;
    }

    /**
     * Whether the run exits 1: a failed requirement of a level {@code failOn} counts, or, at the default threshold
     * only, a failed scenario citing no requirement (it has no level to weigh).
     */
    static boolean failsRun(ConformanceReport report, boolean untracedFailure, FailOn failOn) {
        boolean failedRequirement = report.standards().stream().flatMap(s -> s.requirements().stream())
                .anyMatch(r -> r.status() == RequirementStatus.FAILED && failOn.failsOn(r.requirement().level()));
        return failedRequirement || (untracedFailure && failOn == FailOn.MAY);
    }

    /** A note on stdout, left out with --quiet. */
    private void info(String line) {
        if (verbosity != Verbosity.QUIET) {
            out.println(line);
        }
    }

    private void announce(ProfileDiscovery discovery) {
        if (discovery.performed()) {
            info("vcmtck: profiles registered in " + discovery.interopNamespace() + ": "
                    + (discovery.advertised().isEmpty() ? "none" : discovery.advertised().stream()
                    .map(Object::toString).collect(java.util.stream.Collectors.joining(", "))));
        } else if (!discovery.problem().isEmpty()) {
            err.println("vcmtck: note: the registered profiles could not be read (" + discovery.problem()
                    + "); the claims apply as declared");
        }
    }

    /**
     * What OVF packages are deployed into: the target file's consumer commands when it has a consumer section
     * (also for the reference, so a tool can be checked next to it), else the built-in reference's own deploy
     * command. Its state lives in the run's private scratch folder, removed with it.
     */
    static Optional<OvfConsumer> ovfConsumer(Target target, Path workDir) {
        if (target.consumer().isPresent()) {
            return Optional.of(new CommandConsumer(target.consumer().get()));
        }
        return target.reference().map(options -> new ReferenceLauncherConsumer(options, workDir.resolve("consumer")));
    }

    /**
     * What exports the target's systems again after a scenario deployed into them: the target file's export
     * command, else, for the built-in reference deploying through its own command, its export command over the
     * same datacenter. Empty otherwise (round-trip scenarios are then not tested).
     */
    static Optional<OvfProducer> ovfProducer(Target target, Optional<OvfConsumer> consumer) {
        if (target.producer().isPresent()) {
            return Optional.of(new CommandProducer(target.producer().get()));
        }
        return consumer.filter(ReferenceLauncherConsumer.class::isInstance).map(ReferenceLauncherConsumer.class::cast)
                .map(ReferenceLauncherProducer::new);
    }

    /**
     * Runs the target's export command, when it has a producer section. A command that cannot be started is a
     * mistake in the target file (empty result: the run stops with exit 2); one that runs but fails is the
     * implementation's problem, reported here, and the run goes on without its packages, so the producer
     * requirements are not tested unless other packages are named.
     *
     * @return the exported packages (none without a producer section or after a failed export), or empty when the
     *         command cannot be started
     */
    private Optional<List<Path>> exportedPackages(Target target, Path workDir) {
        if (target.producer().isEmpty()) {
            return Optional.of(List.of());
        }
        ProducerExport.Outcome outcome = ProducerExport.run(target.producer().get(), workDir);
        if (outcome instanceof ProducerExport.Exported exported) {
            info("vcmtck: the target's export command wrote " + exported.packages().size()
                    + " OVF package" + (exported.packages().size() == 1 ? "" : "s") + " (in "
                    + exported.took().toSeconds() + " s)");
            return Optional.of(exported.packages());
        }
        if (outcome instanceof ProducerExport.NotStarted notStarted) {
            err.println("vcmtck: " + notStarted.reason() + " (check producer.export in the target file)");
            return Optional.empty();
        }
        ProducerExport.Failed failed = (ProducerExport.Failed) outcome;
        err.println("vcmtck: " + failed.reason());
        err.println("vcmtck: the run goes on without exported packages: the OVF producer requirements are checked "
                + "only on the packages endpoints.ovf names, and are not tested if it names none");
        return Optional.of(List.of());
    }

    /** Scenario scratch files are not evidence (what matters is attached to the report), so they go. */
    private void deleteScratch(Path workDir) {
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            err.println("vcmtck: note: could not remove the scratch folder " + workDir + ": " + e.getMessage());
        }
    }

    /**
     * The tag expression actually run: the user's selection, minus reference-only scenarios for any other target
     * (they would drive the wrong launcher) and minus scenarios of standards the target does not claim (their
     * requirements are reported as not applicable, so running them would only produce noise).
     */
    static String effectiveTags(Optional<String> requested, boolean builtInReference, List<String> unclaimedStandards) {
        List<String> terms = new ArrayList<>();
        requested.map(String::trim).filter(s -> !s.isEmpty()).ifPresent(user -> terms.add("(" + user + ")"));
        if (!builtInReference) {
            terms.add("not " + REFERENCE_ONLY);
        }
        unclaimedStandards.forEach(standard -> terms.add("not @" + standard));
        if (terms.size() == 1 && terms.get(0).startsWith("(")) {
            return terms.get(0).substring(1, terms.get(0).length() - 1);
        }
        return String.join(" and ", terms);
    }

    private List<String> unclaimedStandards(Target target) {
        return catalogue.standards().stream().map(Standard::id)
                .filter(id -> !target.claims().claimsStandard(id)).toList();
    }

    private static Map<String, String> endpointsOf(Target target) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        target.endpoints().cimi().ifPresent(uri -> endpoints.put("cimi", uri.toString()));
        target.endpoints().wbem().ifPresent(uri -> {
            endpoints.put("wbem", uri.toString());
            // the same keys the built-in reference announces, so the WBEM steps read one map for every target
            endpoints.put("interopNamespace", target.endpoints().interopNamespace());
            endpoints.put("virtualizationNamespace", target.endpoints().virtualizationNamespace());
        });
        return endpoints;
    }
}
