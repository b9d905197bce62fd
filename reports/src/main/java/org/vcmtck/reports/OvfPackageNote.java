package org.vcmtck.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One OVF package the run examined, with its DSP2017 portability classification. The classification is
 * informative (catalogue requirement {@value #REQUIREMENT_ID}, level INFO): reports show it beside the verdict
 * and never count it towards one.
 *
 * @param location         where the package was found (path or URI), never blank
 * @param form             how it was packaged as the run saw it (e.g. {@code ova}, {@code directory}); "" when unknown
 * @param portabilityLevel 1, 2 or 3; null when the package could not be classified (e.g. no readable descriptor)
 * @param reasons          what led to the level, most limiting first; when the level is null, why there is none
 */
public record OvfPackageNote(String location, String form, Integer portabilityLevel, List<String> reasons) {

    /** The catalogue requirement the classification reports on. */
    public static final String REQUIREMENT_ID = "OVF-EXT-008";

    public OvfPackageNote {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("OVF package note: location must not be blank");
        }
        form = form == null ? "" : form;
        if (portabilityLevel != null && (portabilityLevel < 1 || portabilityLevel > 3)) {
            throw new IllegalArgumentException("OVF package note for " + location
                    + ": portabilityLevel must be 1, 2, 3 or null, not " + portabilityLevel);
        }
        List<String> copied = new ArrayList<>();
        if (reasons != null) {
            for (int i = 0; i < reasons.size(); i++) {
                String reason = reasons.get(i);
                if (reason == null || reason.isBlank()) {
                    throw new IllegalArgumentException("OVF package note for " + location + ": reasons[" + i
                            + "] is blank");
                }
                copied.add(reason);
            }
        }
        if (portabilityLevel == null && copied.isEmpty()) {
            // an unclassified package without a reason would read as a silent gap in the report
            throw new IllegalArgumentException("OVF package note for " + location
                    + ": a package without a portability level needs a reason saying why");
        }
        reasons = Collections.unmodifiableList(copied);
    }

    /** A note for a package that was classified. */
    public static OvfPackageNote classified(String location, String form, int level, List<String> reasons) {
        return new OvfPackageNote(location, form, level, reasons);
    }

    /** A note for a package that could not be classified, saying why. */
    public static OvfPackageNote unclassified(String location, String form, String why) {
        return new OvfPackageNote(location, form, null, List.of(why));
    }

    public boolean isClassified() {
        return portabilityLevel != null;
    }

    /** What a DSP2017 portability level means, in the words the reports print. */
    public static String levelMeaning(int level) {
        return switch (level) {
            case 1 -> "tied to one product, CPU architecture or hardware choice";
            case 2 -> "runs on one family of virtual hardware";
            case 3 -> "portable across families of virtual hardware";
            default -> throw new IllegalArgumentException("portability levels are 1, 2 and 3, not " + level);
        };
    }
}
