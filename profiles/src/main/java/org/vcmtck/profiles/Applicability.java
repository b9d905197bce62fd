package org.vcmtck.profiles;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Why a requirement may get no verdict without that being a gap of the run: either no check the suite can make
 * from outside an implementation observes it (a UI's behaviour, a rationale), or it does not apply to a target
 * that claims one of the {@code unless} features (e.g. a rule for 1.x-only consumers and a target claiming OVF 2).
 * A report shows it as not applicable, with the reason, only when no scenario gave it a verdict: a check that did
 * run always wins.
 *
 * @param observable false when nothing a command-line checker sees can show the requirement met or broken
 * @param unless     optional features whose claim makes the requirement not apply to the target
 * @param reason     one line said to the reader of the report; never blank
 */
public record Applicability(boolean observable, List<String> unless, String reason) {

    public Applicability {
        unless = unless == null ? List.of() : List.copyOf(unless);
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an applicability note needs a reason");
        }
        if (observable && unless.isEmpty()) {
            throw new IllegalArgumentException("an applicability note must say observable: false or name features"
                    + " under unless");
        }
    }

    /** Whether a target claiming the features {@code claimed} accepts cannot get a verdict on it. */
    public boolean notApplicableTo(Predicate<String> claimed) {
        return !observable || unless.stream().anyMatch(claimed);
    }

    /** The report's note: why there is no verdict. */
    public String note(Predicate<String> claimed) {
        if (!observable) {
            return "not observable by the suite: " + reason;
        }
        return "not applicable to a target claiming " + String.join(", ", unless.stream().filter(claimed).toList())
                + ": " + reason;
    }
}
