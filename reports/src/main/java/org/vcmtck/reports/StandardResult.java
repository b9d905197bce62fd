package org.vcmtck.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vcmtck.profiles.Level;
import org.vcmtck.profiles.Standard;

/**
 * The report section of one standard or profile.
 *
 * @param standard      the catalogue entry
 * @param verdict       the verdict on it
 * @param counts        requirements per status
 * @param countsByLevel requirements per status, for each level that has any (INFO never appears)
 * @param requirements  its requirements in catalogue order, INFO ones left out
 */
public record StandardResult(Standard standard, Verdict verdict, StatusCounts counts,
                             Map<Level, StatusCounts> countsByLevel, List<RequirementResult> requirements) {

    public StandardResult {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(counts, "counts");
        countsByLevel = countsByLevel.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(countsByLevel));
        requirements = List.copyOf(requirements);
    }

    public String id() {
        return standard.id();
    }
}
