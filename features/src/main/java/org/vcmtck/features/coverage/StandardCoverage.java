package org.vcmtck.features.coverage;

import java.util.List;
import java.util.Objects;

/**
 * The scenario coverage of one catalogue standard or profile.
 *
 * @param id       the standard id, e.g. {@code DSP1042}
 * @param title    its title
 * @param levels   MUST, SHOULD and MAY counts always, INFO only when the standard has INFO items
 * @param untested its MUST, SHOULD and MAY requirements without a scenario, in catalogue order (INFO items are
 *                 background and never checked, so they are only counted)
 */
public record StandardCoverage(String id, String title, List<LevelCount> levels, List<UntestedRequirement> untested) {

    public StandardCoverage {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        levels = List.copyOf(levels);
        untested = List.copyOf(untested);
    }

    public List<UntestedRequirement> unexplainedMustGaps() {
        return untested.stream().filter(UntestedRequirement::isUnexplainedMustGap).toList();
    }
}
