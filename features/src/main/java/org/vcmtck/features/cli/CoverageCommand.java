package org.vcmtck.features.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vcmtck.features.coverage.CatalogueCoverage;
import org.vcmtck.features.coverage.CoverageJson;
import org.vcmtck.features.coverage.CoverageText;
import org.vcmtck.features.coverage.ShippedFeatures;
import org.vcmtck.features.run.ExitCodes;
import org.vcmtck.features.tags.FeatureTagAudit;
import org.vcmtck.features.tags.FeatureTagAudit.TaggedScenario;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Standard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vcmtck coverage}: which catalogue requirements the shipped scenarios cite. */
@Command(
        name = "coverage",
        mixinStandardHelpOptions = true,
        description = "Shows, per standard and profile, how many MUST, SHOULD and MAY requirements of the catalogue"
                + " have at least one scenario tagged with their id. Reads the shipped feature files and the"
                + " catalogue only: no target, no network.",
        footer = {
            "",
            "Untested requirements are listed with the catalogue's reason when it gives one (a requirement the suite",
            "cannot observe, or one that applies only to some claims). INFO items are background and only counted.",
            "",
            "Exit codes: 0 every MUST requirement shown has a scenario or a reason in the catalogue; 1 some MUST",
            "requirement has neither (they are named); 2 bad usage (e.g. an unknown --standard); 4 the kit failed."
        })
final class CoverageCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID",
            description = "Show only this standard or profile, e.g. DSP1042 (repeatable). Default: all.")
    List<String> standards = new ArrayList<>();

    @Option(names = "--untested", description = "List the requirements without a scenario, with the catalogue's"
            + " reason when it gives one.")
    boolean untested;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}); json always lists the untested requirements.")
    Format format;

    @Option(names = "--features", paramLabel = "PATH",
            description = "Count these feature files (a folder) instead of the shipped suite; for suite developers.")
    Path features;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Catalogue catalogue = Catalogue.loadDefault();
        Set<String> selected = new LinkedHashSet<>();
        for (String requested : standards) {
            String id = requested.startsWith("@") ? requested.substring(1) : requested;
            Standard standard = catalogue.standards().stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                            "--standard: " + requested + " is not a standard or profile of the catalogue (known: "
                                    + String.join(", ", catalogue.standards().stream().map(Standard::id).toList())
                                    + ")"));
            selected.add(standard.id());
        }
        if (features != null && !Files.isDirectory(features)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--features: " + features + " is not a folder of feature files");
        }
        List<TaggedScenario> scenarios = features == null ? ShippedFeatures.scenarios()
                : FeatureTagAudit.scenarios(features);
        CatalogueCoverage coverage = CatalogueCoverage.of(catalogue, scenarios);
        if (!selected.isEmpty()) {
            coverage = coverage.only(selected);
        }
        if (format == Format.json) {
            out.println(CoverageJson.write(coverage));
        } else {
            CoverageText.lines(coverage, untested).forEach(out::println);
        }
        out.flush();
        return coverage.unexplainedMustGaps().isEmpty() ? ExitCodes.CONFORMANT_SO_FAR : ExitCodes.REQUIREMENT_FAILED;
    }
}
