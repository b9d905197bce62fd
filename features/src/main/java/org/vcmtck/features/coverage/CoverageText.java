package org.vcmtck.features.coverage;

import java.util.ArrayList;
import java.util.List;
import org.vcmtck.profiles.Level;

/** The console form of a coverage: one block per standard, counts per level, optionally the untested ids. */
public final class CoverageText {

    private CoverageText() {
    }

    public static List<String> lines(CatalogueCoverage coverage, boolean listUntested) {
        List<String> lines = new ArrayList<>();
        int[] totals = new int[2];
        for (StandardCoverage standard : coverage.standards()) {
            lines.add(standard.id() + "  " + standard.title());
            for (LevelCount count : standard.levels()) {
                String line = String.format("  %-6s %4d of %4d requirements have a scenario", count.level(),
                        count.tested(), count.requirements());
                if (count.level() == Level.INFO) {
                    line = String.format("  %-6s %4d background items (never checked)", count.level(),
                            count.requirements());
                } else {
                    totals[0] += count.tested();
                    totals[1] += count.requirements();
                }
                lines.add(line);
            }
            if (listUntested) {
                for (UntestedRequirement untested : standard.untested()) {
                    lines.add("    untested " + untested.level() + " " + untested.id()
                            + untested.reason().map(reason -> " — " + reason).orElse(""));
                }
            }
        }
        List<UntestedRequirement> gaps = coverage.unexplainedMustGaps();
        lines.add("coverage: " + totals[0] + " of " + totals[1] + " MUST/SHOULD/MAY requirements have a scenario; "
                + (gaps.isEmpty() ? "every MUST requirement has a scenario or a reason in the catalogue"
                        : gaps.size() + " MUST requirement" + (gaps.size() == 1 ? "" : "s")
                        + " without a scenario or a reason: "
                        + String.join(", ", gaps.stream().map(UntestedRequirement::id).toList())));
        return lines;
    }
}
