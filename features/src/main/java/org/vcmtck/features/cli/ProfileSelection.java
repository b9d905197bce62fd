package org.vcmtck.features.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vcmtck.profiles.Catalogue;
import org.vcmtck.profiles.Standard;
import picocli.CommandLine;

/** Turns {@code check --profile} values into a tag expression over the standards' Feature tags. */
final class ProfileSelection {

    private ProfileSelection() {
    }

    /**
     * {@code DSP1042}, {@code @dsp1042} → {@code @DSP1042}; several are OR-ed. Empty when none is given.
     *
     * @throws CommandLine.ParameterException naming --profile when a value is not a catalogue standard
     */
    static Optional<String> tagExpression(List<String> profiles, Catalogue catalogue, CommandLine cli) {
        Set<String> tags = new LinkedHashSet<>();
        for (String profile : profiles) {
            String id = profile.trim().startsWith("@") ? profile.trim().substring(1) : profile.trim();
            Standard standard = catalogue.standards().stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst()
                    .orElseThrow(() -> new CommandLine.ParameterException(cli, "--profile: '" + profile
                            + "' is not a standard or profile of the catalogue (known: " + String.join(", ",
                            catalogue.standards().stream().map(Standard::id).toList()) + ")"));
            tags.add(standard.tag());
        }
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(tags.size() == 1 ? tags.iterator().next() : "(" + String.join(" or ", tags) + ")");
    }

    /** The user's --tags AND the profile selection; either may be absent. */
    static Optional<String> combine(Optional<String> tags, Optional<String> profiles) {
        List<String> terms = new ArrayList<>();
        tags.map(String::trim).filter(t -> !t.isEmpty()).ifPresent(t -> terms.add(t));
        profiles.ifPresent(terms::add);
        if (terms.size() == 2) {
            return Optional.of("(" + terms.get(0) + ") and " + terms.get(1));
        }
        return terms.stream().findFirst();
    }
}
