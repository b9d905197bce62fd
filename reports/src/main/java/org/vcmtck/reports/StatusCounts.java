package org.vcmtck.reports;

import java.util.Collection;

/** How many requirements ended in each status. */
public record StatusCounts(int passed, int failed, int notTested, int notApplicable) {

    public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0);

    public static StatusCounts of(Collection<RequirementStatus> statuses) {
        StatusCounts counts = ZERO;
        for (RequirementStatus status : statuses) {
            counts = counts.plus(status);
        }
        return counts;
    }

    public StatusCounts plus(RequirementStatus status) {
        return switch (status) {
            case PASSED -> new StatusCounts(passed + 1, failed, notTested, notApplicable);
            case FAILED -> new StatusCounts(passed, failed + 1, notTested, notApplicable);
            case NOT_TESTED -> new StatusCounts(passed, failed, notTested + 1, notApplicable);
            case NOT_APPLICABLE -> new StatusCounts(passed, failed, notTested, notApplicable + 1);
        };
    }

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(passed + other.passed, failed + other.failed, notTested + other.notTested,
                notApplicable + other.notApplicable);
    }

    public int count(RequirementStatus status) {
        return switch (status) {
            case PASSED -> passed;
            case FAILED -> failed;
            case NOT_TESTED -> notTested;
            case NOT_APPLICABLE -> notApplicable;
        };
    }

    public int total() {
        return passed + failed + notTested + notApplicable;
    }
}
