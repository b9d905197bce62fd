package org.vcmtck.features.run;

/** Process exit codes of {@code vcmtck check}, stable so CI systems can act on them. */
public final class ExitCodes {
    /** Every checked requirement passed (some may be not tested or not applicable). */
    public static final int CONFORMANT_SO_FAR = 0;
    /** At least one requirement failed. */
    public static final int REQUIREMENT_FAILED = 1;
    /** Bad usage, or a target file (or the reference's inventory) that cannot be used. */
    public static final int BAD_TARGET = 2;
    /** An endpoint of the target could not be reached. */
    public static final int TARGET_UNREACHABLE = 3;
    /** The kit itself failed (build, glue or report error): the run proves nothing either way. */
    public static final int SUITE_ERROR = 4;

    private ExitCodes() {
    }
}
