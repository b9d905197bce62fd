package org.vcmtck.features.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.features.tags.FeatureTagAudit.TaggedScenario;
import org.vcmtck.profiles.Applicability;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Requirement;
import org.vcmtck.profiles.Standard;

/**
 * Which catalogue requirements the feature files cite: per standard and level, how many requirements have at
 * least one scenario tagged with their id, and which have none. Computed from tags alone, so it needs no target.
 */
public record CatalogueCoverage(List<StandardCoverage> standards) {
    static final String UNCONFIRMED = "unconfirmed: the catalogue has no second source for it yet, and no check may"
            + " rest on it until one is found";


    public CatalogueCoverage {
        standards = List.copyOf(standards);
    }

    /** The coverage of every standard of the catalogue by the given scenarios. */
    public static CatalogueCoverage of(Catalogue catalogue, List<TaggedScenario> scenarios) {
        Set<String> cited = new HashSet<>();
        for (TaggedScenario scenario : scenarios) {
            for (String tag : scenario.tags()) {
                String id = tag.startsWith("@") ? tag.substring(1) : tag;
                if (catalogue.requirement(id).isPresent()) {
                    cited.add(id);
                }
            }
        }
        List<StandardCoverage> standards = new ArrayList<>();
        for (Standard standard : catalogue.standards()) {
            standards.add(coverageOf(standard, cited));
        }
        return new CatalogueCoverage(standards);
    }

    private static StandardCoverage coverageOf(Standard standard, Set<String> cited) {
        List<LevelCount> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Requirement> ofLevel = standard.requirements().stream().filter(r -> r.level() == level).toList();
            if (level == Level.INFO && ofLevel.isEmpty()) {
                continue;
            }
            int tested = (int) ofLevel.stream().filter(r -> cited.contains(r.id())).count();
            levels.add(new LevelCount(level, ofLevel.size(), tested));
        }
        List<UntestedRequirement> untested = standard.requirements().stream()
                .filter(r -> r.level() != Level.INFO && !cited.contains(r.id()))
                .map(CatalogueCoverage::untested)
                .toList();
        return new StandardCoverage(standard.id(), standard.title(), levels, untested);
    }

    private static UntestedRequirement untested(Requirement requirement) {
        Optional<Applicability> applies = requirement.applicability();
        Optional<String> reason = applies.map(a -> a.observable()
                ? "applies unless the target claims " + String.join(", ", a.unless()) + ": " + a.reason()
                : "not observable by the suite: " + a.reason());
        if (reason.isEmpty() && requirement.unconfirmed()) {
            reason = Optional.of(UNCONFIRMED);
        }
        // an unconfirmed statement may not carry a MUST check (house rule), so its missing scenario is deliberate
        boolean excused = applies.map(a -> !a.observable()).orElse(false) || requirement.unconfirmed();
        return new UntestedRequirement(requirement.id(), requirement.level(), requirement.statement(), reason,
                excused);
    }

    /** The same coverage restricted to the given standard ids (catalogue order kept). */
    public CatalogueCoverage only(Set<String> standardIds) {
        return new CatalogueCoverage(standards.stream().filter(s -> standardIds.contains(s.id())).toList());
    }

    public Optional<StandardCoverage> standard(String id) {
        return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** MUST requirements of any standard here that no scenario cites and the catalogue does not explain. */
    public List<UntestedRequirement> unexplainedMustGaps() {
        return standards.stream().flatMap(s -> s.unexplainedMustGaps().stream()).toList();
    }
}
