package org.vcmtck.simulator.launcher;

/**
 * The reference could not start. {@link #exitCode()} is what the command line exits with:
 * {@value #BAD_INPUT} for bad usage or a bad inventory/state file (the message names file, line and field),
 * {@value #FAILURE} for anything unexpected (a port in use, an unwritable file...).
 */
public final class LaunchException extends Exception {
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 1;
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public LaunchException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    public LaunchException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
