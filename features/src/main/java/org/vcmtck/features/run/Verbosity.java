package org.vcmtck.features.run;

/** How much a run prints while it runs ({@code check --quiet / --verbose}). */
public enum Verbosity {
    /** Only the final summary line, and errors. */
    QUIET,
    /** Progress on stderr, the per-standard summary and notes on stdout. */
    NORMAL,
    /** As normal, plus one line per scenario with its outcome. */
    VERBOSE
}
