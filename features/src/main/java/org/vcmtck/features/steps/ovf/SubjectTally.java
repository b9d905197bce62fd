package org.vcmtck.features.steps.ovf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.vcmtck.assertions.ovf.RawOvfPackage;

/**
 * How many subjects of one check each package under test holds. A check whose subject no package holds has
 * nothing to judge, and reporting it as passed would claim conformance nobody tested; packages without the
 * subject are left out of the check rather than counted as passing it.
 */
final class SubjectTally {

    private final String label;
    private final int packageCount;
    private final Map<RawOvfPackage, Integer> counts;

    private SubjectTally(String label, int packageCount, Map<RawOvfPackage, Integer> counts) {
        this.label = label;
        this.packageCount = packageCount;
        this.counts = counts;
    }

    static SubjectTally of(String label, List<RawOvfPackage> packages, ToIntFunction<RawOvfPackage> counter) {
        Map<RawOvfPackage, Integer> counts = new LinkedHashMap<>();
        for (RawOvfPackage pkg : packages) {
            int count = counter.applyAsInt(pkg);
            if (count > 0) {
                counts.put(pkg, count);
            }
        }
        return new SubjectTally(label, packages.size(), counts);
    }

    /** The packages holding at least one subject, in the order given. */
    List<RawOvfPackage> applicable() {
        return new ArrayList<>(counts.keySet());
    }

    boolean nothingToCheck() {
        return counts.isEmpty();
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** e.g. "no ProductSection/Property in any of the 4 packages". */
    String absence() {
        return "no " + label + (packageCount == 1 ? " in the one package" : " in any of the " + packageCount
                + " packages");
    }

    /** e.g. "examined 12 × Item in 3 of 4 packages (a.ova: 4, b: 8)". */
    String examined() {
        List<String> perPackage = new ArrayList<>();
        counts.forEach((pkg, count) -> perPackage.add(pkg.displayName() + ": " + count));
        return "examined " + total() + " × " + label + " in " + counts.size() + " of " + packageCount
                + (packageCount == 1 ? " package" : " packages") + " (" + String.join(", ", perPackage) + ")";
    }
}
