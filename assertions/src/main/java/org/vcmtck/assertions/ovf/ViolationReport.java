package org.vcmtck.assertions.ovf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Formats violations into one failure message that names the requirement(s), the package and each place. */
public final class ViolationReport {

    private ViolationReport() {
    }

    /** The failure message for the violations of {@code subject} (a package, a delivery): ids, then each place. */
    public static String message(String subject, List<Violation> violations) {
        Set<String> ids = new LinkedHashSet<>();
        violations.forEach(v -> ids.add(v.requirementId()));
        StringBuilder text = new StringBuilder();
        text.append(String.join(", ", ids)).append(" violated by ").append(subject).append(" (")
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations").append("):");
        for (Violation violation : violations) {
            text.append("\n  - ").append(violation);
        }
        return text.toString();
    }
}
