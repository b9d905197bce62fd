package org.vcmtck.simulator.ovf.export;

/** An export that could not be done; {@link #kind()} tells a caller's mistake from an I/O failure. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the export failed. */
    public enum Kind {
        /** No system has the requested name or id (or several share the name). */
        UNKNOWN_SYSTEM,
        /** Nothing to export. */
        EMPTY,
        /** Writing the package failed. */
        IO
    }

    private final Kind kind;

    public ExportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
