package org.vcmtck.assertions.cimi;

import org.assertj.core.api.AbstractAssert;

/** Checks of one Job representation (CIMI-JOB-001..003). */
public final class CimiJobAssert extends AbstractAssert<CimiJobAssert, CimiDocument> {

    CimiJobAssert(CimiDocument actual) {
        super(actual, CimiJobAssert.class);
    }

    private void fail(String requirement, String what) {
        failWithMessage("%s", "[" + requirement + "] " + actual.describe() + ": " + what);
    }

    /** The state is one of the Job state model's (CIMI-JOB-002). */
    public CimiJobAssert hasStateOfTheJobModel(String requirement) {
        isNotNull();
        String state = actual.text("state").orElse(null);
        if (state == null) {
            fail(requirement, "the job has no state");
        } else if (!CimiVocabulary.JOB_STATES.contains(state)) {
            fail(requirement, "state '" + state + "' is not one of " + CimiVocabulary.JOB_STATES.stream().sorted()
                    .toList());
        }
        return this;
    }

    /** An id, the operation it performs and the resource it acts on, as a reference (CIMI-JOB-001). */
    public CimiJobAssert namesItsActionAndTarget(String requirement) {
        isNotNull();
        if (actual.text("id").filter(id -> !id.isBlank()).isEmpty()) {
            fail(requirement, "the job has no id");
        }
        if (actual.text("action").filter(a -> !a.isBlank()).isEmpty()) {
            fail(requirement, "the job names no action");
        }
        if (actual.href("targetResource").filter(h -> !h.isBlank()).isEmpty()) {
            fail(requirement, "the job has no targetResource reference with an href");
        }
        return this;
    }

    /** progress, when given, is an integer from 0 to 100, and 100 once the job succeeded (CIMI-JOB-003). */
    public CimiJobAssert hasProgressInRange(String requirement) {
        isNotNull();
        if (!actual.has("progress")) {
            return this;
        }
        if (!actual.isInteger("progress")) {
            fail(requirement, "progress '" + actual.text("progress").orElse("") + "' is not an integer");
            return this;
        }
        int progress = Integer.parseInt(actual.text("progress").orElseThrow());
        if (progress < 0 || progress > 100) {
            fail(requirement, "progress " + progress + " is outside 0..100");
        }
        if ("SUCCESS".equals(actual.text("state").orElse("")) && progress != 100) {
            fail(requirement, "the job succeeded with progress " + progress + ", not 100");
        }
        return this;
    }

    /**
     * A job that ended FAILED says why: a non-zero integer returnCode and a non-blank statusMessage (CIMI-JOB-006).
     * A job in any other state passes untouched, so the check can be applied to every job a run observes.
     */
    public CimiJobAssert reportsItsFailure(String requirement) {
        isNotNull();
        if (!"FAILED".equals(actual.text("state").orElse(""))) {
            return this;
        }
        if (!actual.isInteger("returnCode")) {
            fail(requirement, "the job FAILED but its returnCode is " + actual.text("returnCode").map(c -> "'" + c
                    + "', not an integer").orElse("missing"));
        } else if (new java.math.BigInteger(actual.text("returnCode").orElseThrow().trim()).signum() == 0) {
            fail(requirement, "the job FAILED with returnCode 0, which says success");
        }
        if (actual.text("statusMessage").filter(m -> !m.isBlank()).isEmpty()) {
            fail(requirement, "the job FAILED without a statusMessage saying why");
        }
        return this;
    }
}
