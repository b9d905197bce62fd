package org.vcmtck.features.tags;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;

/**
 * Checks the feature files against the requirement catalogue: every tag must be known to it, every scenario
 * must cite at least one requirement, and a level tag must match a cited requirement's level. The build runs
 * it, so a typo in a tag fails the build instead of silently leaving a requirement untested.
 */
public final class FeatureTagAudit {

    private final Catalogue catalogue;

    public FeatureTagAudit(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One problem found in a feature file. */
    public record Finding(String file, String scenario, String message) {
        @Override
        public String toString() {
            return file + ": scenario \"" + scenario + "\": " + message;
        }
    }

    /** Every scenario (after outline expansion) of the feature files below a folder, with its tags. */
    public record TaggedScenario(String file, String name, List<String> tags) {
    }

    public List<Finding> audit(Path featuresRoot) {
        List<Finding> findings = new ArrayList<>();
        for (TaggedScenario scenario : scenarios(featuresRoot)) {
            findings.addAll(audit(scenario));
        }
        return findings;
    }

    List<Finding> audit(TaggedScenario scenario) {
        List<Finding> findings = new ArrayList<>();
        List<Requirement> cited = new ArrayList<>();
        for (String tag : scenario.tags()) {
            if (!catalogue.isKnownTag(tag)) {
                findings.add(new Finding(scenario.file(), scenario.name(),
                        "tag " + tag + " is not a requirement, standard, level or structural tag of the catalogue"));
            }
            catalogue.requirement(tag.substring(1)).ifPresent(cited::add);
        }
        cited.stream().filter(r -> r.level() == Level.INFO).forEach(r -> findings.add(new Finding(scenario.file(),
                scenario.name(), "cites " + r.tag() + ", an INFO item: background, not a checkable requirement")));
        if (cited.isEmpty()) {
            findings.add(new Finding(scenario.file(), scenario.name(), "cites no requirement id of the catalogue"));
        }
        for (Level level : Level.values()) {
            if (scenario.tags().contains(level.tag()) && !cited.isEmpty()
                    && cited.stream().noneMatch(r -> r.level() == level)) {
                findings.add(new Finding(scenario.file(), scenario.name(),
                        "is tagged " + level.tag() + " but cites no " + level + " requirement"));
            }
        }
        return findings;
    }

    /** Parses every {@code .feature} file below the folder; a Gherkin syntax error is reported as a finding. */
    public static List<TaggedScenario> scenarios(Path featuresRoot) {
        List<TaggedScenario> scenarios = new ArrayList<>();
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
                .includePickles(true).build();
        try (Stream<Path> files = Files.walk(featuresRoot)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                String name = featuresRoot.relativize(file).toString();
                try (Stream<Envelope> envelopes = parser.parse(file)) {
                    for (Envelope envelope : envelopes.toList()) {
                        Optional<Pickle> pickle = envelope.getPickle();
                        pickle.ifPresent(p -> scenarios.add(new TaggedScenario(name, p.getName(),
                                p.getTags().stream().map(PickleTag::getName).toList())));
                        envelope.getParseError().ifPresent(error -> {
                            throw new IllegalStateException(name + ": Gherkin syntax error: " + error.getMessage());
                        });
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scenarios;
    }
}
